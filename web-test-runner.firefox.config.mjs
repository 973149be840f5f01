// `npm run test:firefox`: the browser tests that don't need Chromium, in headless Firefox (Debian's
// firefox-esr), driven by puppeteer-core over WebDriver BiDi. Same test server, reference RP and
// shared plugins as the Chromium config (web-test-runner.shared.mjs); virtual authenticators come
// through Marionette instead of CDP (test/support/marionette-plugin.mjs).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { FIREFOX_ARGS, FIREFOX_PREFS, findFirefox } from './scripts/firefox-path.mjs';
import { marionettePlugin } from './test/support/marionette-plugin.mjs';
import summaryReporter, { withoutAnswered404s } from './test/support/summary-reporter.mjs';
import { answered404s, shared } from './web-test-runner.shared.mjs';

/**
 * The test runner sets an 800×600 viewport on each page. puppeteer-core 24.4x sends WebDriver
 * BiDi's emulation.setScreenOrientationOverride with it, which Firefox 140 ESR doesn't know
 * ("unknown command"); the viewport itself is set by the command sent alongside. Puppeteer
 * already tolerates the same for touch emulation.
 * @param {import('puppeteer-core').Page} page
 */
function tolerateOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error).includes('unknown command emulation.setScreenOrientationOverride'))
        throw error;
    }
  };
  return page;
}

/**
 * Chosen by file. These test the widget in the browser: rendering, stories, axe, keyboard and
 * focus, i18n/RTL, error paths and security-key ceremonies (verified by the reference RP). Inside
 * them, a test that needs what Firefox can't give here is skipped there, and counted
 * (addAuthenticator and needs() in test/support/helpers.ts).
 *
 * Chromium only, by file:
 * - CDP-only test plugins: passkey-register/handoff-wait (a second device with its own
 *   authenticator: phone-plugin), the elements' loading files (blocking requests: network-plugin);
 * - elements/csp: Trusted Types, which Firefox 140 doesn't implement;
 * - passkey-register/iframe: both tests register on this device (a platform authenticator);
 * - the reference RP's own tests (test/rp/): they test the Node server, the browser is only its
 *   HTTP client; rp/store also needs a second browser context with the session cookie set
 *   through puppeteer.
 */
const FIREFOX_FILES = [
  'test/stories.test.ts',
  'test/i18n.test.ts',
  'test/passkey-register/keyboard.test.ts',
  'test/passkey-register/passkey-register.test.ts',
  'test/passkey-credentials/passkey-credentials.test.ts',
  'test/passkey-qr/passkey-qr.test.ts',
  'test/passkey-register/capabilities.test.ts',
  'test/passkey-register/webauthn-errors.test.ts',
  'test/elements/lifecycle.test.ts',
  'test/elements/adapter-replies.test.ts',
  'test/elements/xss.test.ts',
  'test/passkey-register/flow-controller.test.ts',
  'test/fetch-adapter.test.ts',
  'test/validate.test.ts',
  'test/two-factor-register/totp/otpauth.test.ts',
  'test/two-factor-register/totp/two-factor-totp.test.ts',
  'test/two-factor-register/totp/end-to-end.test.ts',
  'test/two-factor-register/tabs.test.ts',
];

export default {
  ...shared,
  files: FIREFOX_FILES,
  plugins: [...shared.plugins, marionettePlugin()],
  browsers: [
    // What @web/test-runner-puppeteer's puppeteerLauncher does (ChromeLauncher with a custom
    // puppeteer), with puppeteer-core instead of puppeteer, whose install downloads a browser.
    chromeLauncher({
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        args: FIREFOX_ARGS,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
      createPage: async ({ context }) => tolerateOrientation(await context.newPage()),
    }),
  ],
  reporters: [withoutAnswered404s(defaultReporter(), answered404s), summaryReporter()],
};
