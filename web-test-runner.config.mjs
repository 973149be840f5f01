// Browser tests: headless Chromium, virtual authenticators, and the reference RP mounted on the
// test server (web-test-runner.shared.mjs), so the real fetch adapter talks to the real relying party.
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_FLAGS, findChrome } from './scripts/chrome-path.mjs';
import { cdpPlugin } from './test/support/cdp-plugin.mjs';
import { networkPlugin } from './test/support/network-plugin.mjs';
import { phonePlugin } from './test/support/phone-plugin.mjs';
import summaryReporter, { withoutAnswered404s } from './test/support/summary-reporter.mjs';
import { webauthnPlugin } from './test/support/webauthn-plugin.mjs';
import { answered404s, shared } from './web-test-runner.shared.mjs';

export default {
  ...shared,
  // These need CDP (virtual authenticators, a second device, blocking requests).
  plugins: [...shared.plugins, webauthnPlugin(), phonePlugin(), networkPlugin(), cdpPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_FLAGS },
    }),
  ],
  reporters: [withoutAnswered404s(defaultReporter(), answered404s), summaryReporter()],
};
