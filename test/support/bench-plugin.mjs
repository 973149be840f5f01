// Server side of `npm run bench`: builds the pages the load benchmark compares, measures fresh
// page loads in the test browser, and prints every benchmark's rows as one table at the end.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSUMER_BUNDLE } from '../../scripts/lib/bundle.mjs';

const OUT = 'node_modules/.bench';

// Each page records performance marks 'start' (before the import) and 'ready'.
const PAGES = {
  // Our public define entry, and <passkey-register> rendered until its field can be typed in.
  ours: `
    import '../../src/passkey-register/define.ts';
    const el = document.createElement('passkey-register');
    document.body.append(el);
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('input')) throw new Error('not interactive');`,
  // The best peer, English only, registered against an API that answers nothing.
  hanko: `
    import { register } from '@teamhanko/hanko-elements';
    import { en } from '@teamhanko/hanko-elements/i18n/en';
    register('http://127.0.0.1:9', { translations: { en } }).catch(() => {});
    await customElements.whenDefined('hanko-auth');`,
  // Ours defined but not rendered: the like-for-like of Hanko's row.
  'ours-defined': `
    import { PasskeyRegister } from '../../src/passkey-register/define.ts';
    if (customElements.get('passkey-register') !== PasskeyRegister) throw new Error('not defined');`,
  empty: ``,
};

/** @type {Record<string, { gzip: number, raw: number, files: number }> | undefined} */
let built;

/**
 * What a page loads before anything on demand: the output of `entryFile` and its static imports,
 * transitively, from an esbuild metafile.
 * @param {import('esbuild').Metafile} metafile @param {string} entryFile
 */
export function firstLoad({ outputs }, entryFile) {
  const entry = Object.keys(outputs).find(
    (p) => outputs[p].entryPoint === relative(process.cwd(), resolve(entryFile)),
  );
  if (!entry) throw new Error(`esbuild: no entry output for ${entryFile}`);
  const first = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const imp of outputs[/** @type {string} */ (queue.pop())].imports)
      if (imp.kind === 'import-statement' && !first.has(imp.path)) {
        first.add(imp.path);
        queue.push(imp.path);
      }
  }
  return { entry, first };
}

/** Bundles each page as a consumer would (esbuild --bundle --minify --splitting, production). */
async function buildPages() {
  if (built) return built;
  rmSync(OUT, { recursive: true, force: true });
  built = {};
  for (const [name, code] of Object.entries(PAGES)) {
    const dir = join(OUT, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(OUT, `${name}.entry.js`), `${code}\nexport {};\n`);
    const result = await build({
      ...CONSUMER_BUNDLE,
      entryPoints: { entry: join(OUT, `${name}.entry.js`) },
      outdir: dir,
    });
    const { first } = firstLoad(result.metafile, join(OUT, `${name}.entry.js`));
    let gzip = 0;
    let raw = 0;
    for (const file of first) {
      const bytes = readFileSync(/** @type {string} */ (file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    writeFileSync(
      join(dir, 'index.html'),
      // Preloads the first-load chunks, as a consumer's bundler (e.g. Vite) does, so both pages
      // fetch everything in one round trip.
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${[...first]
        .map((f) => `<link rel="modulepreload" href="./${relative(dir, String(f))}">`)
        .join('')}</head><body>
<script type="module">
performance.mark('start');
${name === 'empty' ? '' : "await import('./entry.js');"}
performance.mark('ready');
// Evaluation + first render: from the last script byte (or the start) to ready, so the local
// network's scheduling noise stays out of it.
const at = (n) => performance.getEntriesByName(n)[0].startTime;
const lastByte = Math.max(at('start'), ...performance.getEntriesByType('resource')
  .filter((e) => e.name.endsWith('.js')).map((e) => e.responseEnd));
window.benchEval = at('ready') - lastByte;
window.benchDone = performance.measure('load', 'start', 'ready').duration;
</script></body></html>`,
    );
    built[name] =
      name === 'empty' ? { gzip: 0, raw: 0, files: 0 } : { gzip, raw, files: first.size };
  }
  return built;
}

/**
 * Opens a fresh browser context (no cache, no shared state) and a page in it, runs `fn` with the
 * page, its CDP session and the page's errors so far, and closes the context. With a `profile`,
 * the page gets a phone: a 412 × 823 mobile viewport, CPU throttling and network conditions.
 * @template T
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ cpu: number, latency: number, down: number, up: number } | undefined} profile
 * @param {(page: import('puppeteer-core').Page, cdp: import('puppeteer-core').CDPSession, errors: string[]) => Promise<T>} fn
 */
export async function withPage(browser, profile, fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
    const cdp = await page.createCDPSession();
    if (profile) {
      await page.setViewport({
        width: 412,
        height: 823,
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latency,
        downloadThroughput: profile.down,
        uploadThroughput: profile.up,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    return await fn(page, cdp, errors);
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` and waits until the page defines `global`; a timeout fails with the page's errors.
 * @param {import('puppeteer-core').Page} page @param {string} url @param {string} global
 * @param {string[]} errors @param {{ timeout: number, polling?: number }} wait
 */
export async function loadUntil(page, url, global, errors, wait) {
  await page.goto(url);
  await page
    .waitForFunction(`window.${global} !== undefined`, wait)
    .catch((/** @type {Error} */ e) => {
      throw new Error(`${url}: ${errors.join('; ') || e.message}`);
    });
}

/**
 * A plain static server for built benchmark pages under `dir`, so every page is served the same
 * way, with no dev-server transforms in the timings. With `gzip`, it serves each file's
 * precompressed `.gz` twin, as a CDN would. `origin()` starts it once.
 * @param {string} dir @param {{ gzip?: boolean }} [options]
 */
export function staticServer(dir, { gzip = false } = {}) {
  /** @type {Promise<string> | undefined} */
  let started;
  /** @type {import('node:http').Server | undefined} */
  let server;
  const TYPES = { html: 'text/html', css: 'text/css' };
  return {
    /** @returns {Promise<string>} */
    origin() {
      started ??= new Promise((resolve) => {
        server = createServer((req, res) => {
          const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
          if (!path.startsWith(dir)) return void res.writeHead(403).end();
          try {
            const body = readFileSync(gzip ? `${path}.gz` : path);
            const ext = /** @type {keyof TYPES} */ (path.split('.').pop());
            res
              .writeHead(200, {
                'content-type': `${TYPES[ext] ?? 'text/javascript'}; charset=utf-8`,
                'cache-control': 'no-store',
                ...(gzip ? { 'content-encoding': 'gzip' } : {}),
              })
              .end(body);
          } catch {
            res.writeHead(404).end();
          }
        });
        server.listen(0, '127.0.0.1', () => {
          const address = /** @type {import('node:net').AddressInfo} */ (server?.address());
          resolve(`http://127.0.0.1:${address.port}`);
        });
      });
      return started;
    },
    close() {
      server?.close();
    },
  };
}

/**
 * Loads a page with no throttling and returns, in ms: from before the import to rendered
 * (`load`, with the local network), from the last script byte to rendered (`evaluate`:
 * evaluation + first render), the page's script time as the browser's Performance domain reports
 * it, and the JS heap in bytes.
 * @param {import('puppeteer-core').Browser} browser @param {string} url
 */
function measure(browser, url) {
  return withPage(browser, undefined, async (page, cdp, errors) => {
    await cdp.send('Performance.enable');
    await loadUntil(page, url, 'benchDone', errors, { timeout: 10_000 });
    const load = /** @type {number} */ (await page.evaluate('window.benchDone'));
    const evaluate = /** @type {number} */ (await page.evaluate('window.benchEval'));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (/** @type {string} */ n) => metrics.find((m) => m.name === n)?.value ?? 0;
    return {
      load,
      evaluate,
      script: metric('ScriptDuration') * 1000,
      heap: metric('JSHeapUsedSize'),
    };
  });
}

/** @type {string[][]} */
const rows = [];

const pages = staticServer(resolve(OUT));

export function benchPlugin() {
  return {
    name: 'bench',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command === 'bench-print') {
        rows.push(...payload.rows);
        return true;
      }
      if (command !== 'bench-load') return undefined;
      const sizes = await buildPages();
      const page = session.browser.getPage(session.id);
      const origin = await pages.origin();
      // One load per command: wtr gives a command 20 s.
      const sample = await measure(page.browser(), `${origin}/${payload.name}/index.html`);
      return { size: sizes[payload.name], sample };
    },
    serverStop() {
      pages.close();
      if (rows.length === 0) return;
      const table = [['measure', 'value', 'budget', ''], ...rows];
      const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
      console.log(
        `\n${table.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')}\n`,
      );
    },
  };
}
