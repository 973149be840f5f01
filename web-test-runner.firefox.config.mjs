// `npm run test:firefox`: the browser tests that don't need Chromium, in headless Firefox (Debian's
// firefox-esr), driven by puppeteer-core over WebDriver BiDi. Same test server, reference RP and
// shared plugins as the Chromium config (web-test-runner.shared.mjs); virtual authenticators come
// through Marionette instead of CDP (test/support/marionette-plugin.mjs).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { FIREFOX_ARGS, FIREFOX_PREFS, findFirefox } from './scripts/firefox-path.mjs';
import { marionettePlugin } from './test/support/marionette-plugin.mjs';
import summaryReporter from './test/support/summary-reporter.mjs';
import { shared } from './web-test-runner.shared.mjs';

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

/** Chosen by file; see docs/browser-support.md for what stays Chromium-only and why. */
const FIREFOX_FILES = [
  'test/stories.test.ts',
  'test/i18n.test.ts',
  'test/keyboard.test.ts',
  'test/passkey-register.test.ts',
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
  reporters: [defaultReporter(), summaryReporter()],
};
