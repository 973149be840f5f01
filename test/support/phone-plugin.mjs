// A second "device" for handoff tests: a page in its own browser context (no shared cookies),
// with its own virtual platform authenticator, driven from the server side.
// Browser side: executeServerCommand('phone', { action, ... }).
import { buttonNamed } from './in-page.mjs';
import { AUTHENTICATOR_DEFAULTS } from './webauthn-plugin.mjs';

/* global document -- the functions passed to page.evaluate run in the phone page */

/** @type {{ context: import('puppeteer-core').BrowserContext, page: import('puppeteer-core').Page } | undefined} */
let phone;

export function phonePlugin() {
  return {
    name: 'phone',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'phone') return undefined;
      const desktop = session.browser.getPage(session.id);
      if (payload.action !== 'open' && payload.action !== 'close' && !phone)
        throw new Error('No phone page open');
      const page = /** @type {import('puppeteer-core').Page} */ (phone?.page);
      switch (payload.action) {
        case 'open': {
          await close(desktop);
          const context = await desktop.browser().createBrowserContext();
          const newPage = await context.newPage();
          phone = { context, page: newPage };
          const cdp = await newPage.createCDPSession();
          await cdp.send('WebAuthn.enable', { enableUI: false });
          await cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: { ...AUTHENTICATOR_DEFAULTS, transport: 'internal' },
          });
          await newPage.goto(payload.url);
          // WebAuthn needs the focused page.
          await newPage.bringToFront();
          return true;
        }
        case 'step': {
          const handle = await page.waitForFunction(
            (step) => {
              const el = document.querySelector('passkey-register');
              return el && el.step === step ? true : null;
            },
            { timeout: 10_000, polling: 20 },
            payload.step,
          );
          await handle.dispose();
          return true;
        }
        case 'text':
          return page.evaluate(
            () => document.querySelector('passkey-register')?.shadowRoot?.textContent ?? '',
          );
        case 'click':
          // { name }: the button with this accessible name, clicked as the DOM does.
          await (await page.evaluateHandle(buttonNamed, payload.name)).evaluate((b) => b.click());
          return true;
        case 'close':
          await close(desktop);
          return true;
        default:
          throw new Error(`Unknown phone action: ${payload.action}`);
      }
    },
  };
}

/** @param {import('puppeteer-core').Page} desktop */
async function close(desktop) {
  if (!phone) return;
  const { context } = phone;
  phone = undefined;
  await context.close();
  await desktop.bringToFront();
}
