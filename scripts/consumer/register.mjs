// Consumer-check steps in the browser: each built app (and the CDN page) registers a passkey
// against the reference RP with a virtual authenticator, and shows what it loaded.
/* global window */ // in page.evaluate callbacks
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assert } from '../lib/run.mjs';
import { expectStored, openWithAuthenticator, registerThisDevice } from './page.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser */

/**
 * The vanilla app, however it was built, at `url`: only the imported tags are registered, it
 * registers a passkey, draws a QR code, and fetches nothing from node_modules.
 * @param {Browser} browser @param {string} url
 */
export async function registerVanilla(browser, url) {
  const { page, requests, done } = await openWithAuthenticator(browser, url);
  const defined = await page.$eval('body', (b) => b.dataset.defined);
  assert(
    defined === 'passkey-register passkey-qr',
    `expected only the imported tags to be registered, got "${defined}"`,
  );
  const name = await registerThisDevice(page);
  assert(name === 'Vanilla laptop', `registered name "${name}"`);
  await expectStored(page, name);
  const viewBox = await page.$eval('body', (b) => b.dataset.qr);
  assert(
    /^0 0 (\d+) \1$/.test(viewBox ?? '') && Number(viewBox?.split(' ')[2]) >= 29,
    `QR viewBox "${viewBox}"`,
  );
  assert(
    requests.every((u) => !u.includes('/node_modules/')),
    'the built app fetched from node_modules',
  );
  await done();
}

/**
 * The React app: registers, and its onPasskeyStepChange prop saw every step.
 * @param {Browser} browser @param {string} url
 */
export async function registerReact(browser, url) {
  const { page, done } = await openWithAuthenticator(browser, url);
  const name = await registerThisDevice(page, 'main[data-registered]');
  assert(name === 'React laptop', `registered name "${name}"`);
  const steps = await page.$eval('main', (m) => m.dataset.steps);
  assert(
    steps === 'fetching choosing ceremony verifying success',
    `onPasskeyStepChange saw "${steps}"`,
  );
  await expectStored(page, name);
  await done();
}

/**
 * The vanilla app on its own Vite, in dev mode: dependency pre-bundling must handle the package
 * too (its lazy, CommonJS qrcode import included). /api goes to the reference RP at `origin`,
 * which `allowOrigin` tells to answer for the Vite dev server's origin too.
 * @param {Browser} browser
 * @param {{ appDir: string; work: string; origin: string; allowOrigin: (o: string) => void }} args
 */
export async function registerOnViteDev(browser, { appDir, work, origin, allowOrigin }) {
  const viteApi = join(appDir, 'node_modules/vite/dist/node/index.js');
  const { createServer: createViteServer } = /** @type {typeof import('vite')} */ (
    await import(pathToFileURL(viteApi).href)
  );
  const vite = await createViteServer({
    root: appDir,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(work, 'vite-dev-cache'),
    // The page's Host header passes through (changeOrigin off): the RP checks Host and Origin
    // against its configured origins, which allowOrigin extends to this server's.
    server: {
      host: 'localhost',
      port: 0,
      proxy: { '/api': { target: origin, changeOrigin: false } },
    },
  });
  try {
    await vite.listen();
    const url = vite.resolvedUrls?.local[0];
    assert(url, 'the Vite dev server has no URL');
    allowOrigin(url);
    const { page, done } = await openWithAuthenticator(browser, url);
    const viewBox = await page.$eval('body', (b) => b.dataset.qr);
    assert(/^0 0 \d+ \d+$/.test(viewBox ?? ''), `QR viewBox under vite dev "${viewBox}"`);
    const name = await registerThisDevice(page);
    assert(name === 'Vanilla laptop', `registered name "${name}"`);
    await expectStored(page, name);
    await done();
  } finally {
    await vite.close();
  }
}

/**
 * The plain HTML page loading dist/cdn/ from the unpacked tarball: registers, loads nothing
 * outside dist/cdn/, and loads the QR encoder's chunk only when a QR code is first drawn.
 * @param {Browser} browser @param {string} url
 */
export async function registerFromCdn(browser, url) {
  const { page, requests, done } = await openWithAuthenticator(browser, url);
  const loaded = () => requests.filter((u) => u.includes('/pkg/'));
  assert(
    loaded().every((u) => u.includes('/pkg/dist/cdn/')),
    `loaded files outside dist/cdn: ${loaded().join(', ')}`,
  );
  const name = await registerThisDevice(page);
  assert(name === 'CDN laptop', `registered name "${name}"`);
  await expectStored(page, name);
  assert(
    !loaded().some((u) => /\/chunks\/qrcode-/.test(u)),
    'the QR encoder loaded before any QR code was drawn',
  );
  const viewBox = await page.evaluate(() =>
    /** @type {{ showQr: () => Promise<string> }} */ (/** @type {unknown} */ (window)).showQr(),
  );
  assert(/^0 0 \d+ \d+$/.test(viewBox), `QR viewBox "${viewBox}"`);
  assert(
    loaded().some((u) => /\/chunks\/qrcode-[\w-]+\.js$/.test(u)),
    'the QR encoder was not a lazy chunk',
  );
  await done();
}
