// Finds a Chrome/Chromium binary for the browser tests, so no browser download is needed
// (the playwright/puppeteer downloads can't be reached here).
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';

// Headless flags that work here. The background-networking ones stop Chromium from
// hammering a closed network.
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Order: CHROME_PATH, Debian's /usr/bin/chromium, then chrome-launcher's search
 * (which also finds an installed Google Chrome).
 * @returns {string | undefined} absolute path to the executable, or undefined
 */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    // Throws (e.g. ChromePathNotSetError on Linux) when it finds nothing.
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}
