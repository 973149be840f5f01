// `npm run screenshots`: the main test config, running the screenshot script instead of the
// tests, plus a command that saves a PNG of a clip of the page.
import { mkdirSync } from 'node:fs';
import config from './web-test-runner.config.mjs';

const OUT = 'docs/screenshots';

const screenshotPlugin = {
  name: 'screenshot',
  /** @param {{ command: string, payload: any, session: any }} args */
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    mkdirSync(OUT, { recursive: true });
    const page = session.browser.getPage(session.id);
    await page.screenshot({
      path: `${OUT}/${payload.name}.png`,
      clip: payload.clip,
      captureBeyondViewport: true,
    });
    return true;
  },
};

export default {
  ...config,
  files: ['test/screenshots/*.run.ts'],
  plugins: [...config.plugins, screenshotPlugin],
  reporters: config.reporters,
};
