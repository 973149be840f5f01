// Functions the Node-side plugins run inside a page (puppeteer serializes them), so a second page
// or a frame is driven like the test page: controls found by role and accessible name.

/* global document -- these functions run in the page */

/**
 * Runs in the page: the button in <passkey-register>'s shadow root whose accessible name
 * (aria-label, else its text, spaces collapsed) is `name`, or begins with it when `prefix` is set
 * (a choice button is named by its label and then its description).
 * @param {string} name @param {boolean} [prefix]
 * @returns {HTMLElement}
 */
export function buttonNamed(name, prefix = false) {
  const root = document.querySelector('passkey-register')?.shadowRoot;
  const buttons = [...(root?.querySelectorAll('button, [role=button]') ?? [])].filter((b) => {
    const accessible = (b.getAttribute('aria-label') ?? b.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return prefix ? accessible.startsWith(name) : accessible === name;
  });
  if (buttons.length !== 1)
    throw new Error(`${buttons.length} buttons named “${name}” in <passkey-register>`);
  return /** @type {HTMLElement} */ (buttons[0]);
}
