// Consumer-check helpers that drive a page in headless Chromium the way a user would: a
// virtual authenticator, Register, "this device", and what the reference RP then stored.
/* global document, HTMLButtonElement */ // in page.evaluate callbacks
import puppeteer from 'puppeteer-core';
import { AUTHENTICATOR_DEFAULTS } from '../../test/support/webauthn-plugin.mjs';
import { CHROME_FLAGS, findChrome } from '../chrome-path.mjs';
import { assert } from '../lib/run.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */

/** Headless Chromium, found as the browser tests find it. */
export function launchBrowser() {
  const executablePath = findChrome();
  assert(executablePath, 'No Chrome/Chromium found: run `node scripts/ensure-browser.mjs`.');
  return puppeteer.launch({ executablePath, args: CHROME_FLAGS, headless: true });
}

/**
 * A new page with a virtual user-verifying platform authenticator, at `url`, once the page says
 * it is ready (signed in). `done()` fails on uncaught page errors and failed requests, and
 * unless the authenticator holds exactly one credential.
 * @param {Browser} browser @param {string} url
 */
export async function openWithAuthenticator(browser, url) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => {
    // The widget aborts adapter calls it no longer needs; a script that fails to load is a fault.
    const aborted = r.failure()?.errorText === 'net::ERR_ABORTED' && r.url().includes('/api/');
    if (!aborted) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => void requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
    }
  });
  const cdp = await page.createCDPSession();
  // Without enable({ enableUI: false }) create() never settles.
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: AUTHENTICATOR_DEFAULTS,
  });
  await page.goto(url);
  // WebAuthn needs a focused page.
  await page.bringToFront();
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  return {
    page,
    requests,
    async done() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert(credentials.length === 1, `the authenticator holds ${credentials.length} credentials`);
      assert(problems.length === 0, problems.join('\n'));
      await page.close();
    },
  };
}

/**
 * Presses Register, then "this device", the way a user would, and waits for the registered name
 * the page writes from its `passkey-registered` listener.
 * @param {Page} page @param {string} [where]
 */
export async function registerThisDevice(page, where = 'body[data-registered]') {
  /** @param {string} what @param {() => Promise<unknown>} action */
  const attempt = async (what, action) => {
    try {
      await action();
    } catch (err) {
      const state = await page.evaluate(() => ({
        step: document.querySelector('passkey-register')?.step,
        error: document
          .querySelector('passkey-register')
          ?.shadowRoot?.querySelector('[part=error]')
          ?.textContent?.trim(),
        choices: [
          ...(document
            .querySelector('passkey-register')
            ?.shadowRoot?.querySelectorAll('button[data-kind]') ?? []),
        ].map(
          (b) => `${b.getAttribute('data-kind')}${b.hasAttribute('disabled') ? ' (disabled)' : ''}`,
        ),
        body: { ...document.body.dataset },
      }));
      throw new Error(`${what}: ${String(err)}; page state ${JSON.stringify(state)}`);
    }
  };
  /**
   * A real mouse click (a user gesture) once the button is there and enabled. Polled: the
   * selector waits of puppeteer watch the document's mutations, not those in shadow roots.
   */
  const press = async (/** @type {string} */ selector) => {
    const found = await page.waitForFunction(
      (sel) => {
        const b = document.querySelector('passkey-register')?.shadowRoot?.querySelector(sel);
        return b instanceof HTMLButtonElement && !b.disabled ? b : null;
      },
      { timeout: 15_000, polling: 50 },
      selector,
    );
    const button = found.asElement();
    if (!button) throw new Error(`no ${selector}`);
    await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (button).click();
  };
  await attempt('press Register', () => press('button[type=submit]'));
  await attempt('choose this device', () => press('button[data-kind="this-device"]'));
  await attempt('wait for passkey-registered', () =>
    page.waitForSelector(where, { timeout: 15_000 }),
  );
  return page.$eval(where, (e) => /** @type {HTMLElement} */ (e).dataset.registered);
}

/**
 * The reference RP lists the passkey for the page's session.
 * @param {Page} page @param {string | undefined} name
 */
export async function expectStored(page, name) {
  const names = await page.evaluate(async () => {
    const res = await fetch('/api/passkeys/credentials');
    const body = /** @type {{ credentials: { name: string }[] }} */ (await res.json());
    return body.credentials.map((c) => c.name);
  });
  assert(
    names.length === 1 && names[0] === name,
    `the RP stored ${JSON.stringify(names)}, not ["${name}"]`,
  );
}
