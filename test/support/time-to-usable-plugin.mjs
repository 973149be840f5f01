// Server side of the time-to-usable benchmark (test/bench/time-to-usable.bench.ts), part of
// `npm run bench`. It builds consumer pages the way consumers build them, serves them gzipped
// from a plain static server, and loads them in the test browser with a phone's CPU and network:
//
//   pages:   the README's first example, unchanged (`quick-start`); Hanko Elements 2.7 registered
//            in English (`hanko`, timed until <hanko-auth> is defined, as it renders nothing
//            without its API); a page with an empty module script (`empty`); for scale, the
//            smallest Lit element with a heading, a field and a button (`lit-floor`).
//   builds:  esbuild --bundle --minify --splitting, with and without <link rel=modulepreload> for
//            the entry's static imports; a Vite production build of the same page, with Vite's
//            modulepreload (its default) and with `build.modulePreload: false`.
//   profile: Emulation.setCPUThrottlingRate 4, Network.emulateNetworkConditions 150 ms latency,
//            1.6 Mbps down, 750 kbps up; a 412 × 823 mobile viewport; a fresh browser context
//            (empty cache) per load.
//   ready:   the moment the name field exists inside <passkey-register>'s shadow root, seen by
//            a MutationObserver on that root (a microtask after Lit commits the render), as
//            performance.now() since navigation start.
//
// Commands (browser side: executeServerCommand):
//   ttu-load   { variant, page }  one throttled load → { ms, requests, bytes }
//   ttu-trace  { variant, page }  one throttled load with a CDP trace → its breakdown
//   ttu-render { page? }           one unthrottled load of the quick start's imports, then the
//                                  naming view's first render timed → { render, layout };
//                                  page 'render-floor': the minimal Lit element's instead
import { build as esbuild } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { CONSUMER_BUNDLE } from '../../scripts/lib/bundle.mjs';
import { firstLoad, loadUntil, staticServer, withPage } from './bench-plugin.mjs';
import {
  packageSourcesAliases,
  packageSourcesPlugin,
  quickStart,
} from '../../scripts/lib/quick-start.mjs';

const OUT = resolve('node_modules/.bench-ttu');

export const PROFILE = {
  cpu: 4,
  latency: 150,
  down: (1.6 * 1024 * 1024) / 8,
  up: (750 * 1024) / 8,
};

// Same in every page, before anything else: records when the name field first exists.
const PROBE = `<script>
(() => {
  const done = () => {
    if (window.ttu !== undefined) return;
    window.ttu = performance.now();
    performance.mark('usable');
  };
  window.ttuDone = done;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'passkey-register')
      new MutationObserver((_, o) => {
        if (root.querySelector('input')) { o.disconnect(); done(); }
      }).observe(root, { childList: true, subtree: true });
    return root;
  };
})();
</script>`;

/** @returns {Record<string, { markup: string, script: string }>} */
function pages() {
  const qs = quickStart();
  return {
    'quick-start': { markup: qs.markup, script: qs.script },
    hanko: {
      markup: '',
      script: `
  import { register } from '@teamhanko/hanko-elements';
  import { en } from '@teamhanko/hanko-elements/i18n/en';
  register('http://127.0.0.1:9', { translations: { en } }).catch(() => {});
  customElements.whenDefined('hanko-auth').then(() => window.ttuDone());`,
    },
    empty: { markup: '', script: '\n  window.ttuDone();\n' },
    'lit-floor': { markup: qs.markup, script: LIT_FLOOR },
  };
}

// For scale, not a competitor: the smallest Lit element with what a naming view needs (a heading,
// a labelled field and a button, one small stylesheet), under the same tag so the same probe
// sees its field. Whatever a Lit widget does, it pays at least this.
const LIT_FLOOR = `
  import { LitElement, css, html } from 'lit';
  class Floor extends LitElement {
    static styles = css\`:host { display: block; } input { display: block; width: 100%; }\`;
    static properties = { name: {} };
    constructor() { super(); this.name = 'Chrome on Android'; }
    render() {
      return html\`<h2>Name your device</h2>
        <form><label for="name">Device name</label>
        <input id="name" .value=\${this.name}><button>Register</button></form>\`;
    }
  }
  customElements.define('passkey-register', Floor);
`;

const html = (/** @type {string} */ head, /** @type {string} */ body) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>time to usable</title>
${PROBE}
${head}</head>
<body>
${body}
</body>
</html>
`;

export const VARIANTS = {
  'esbuild-preload': 'esbuild --splitting + modulepreload',
  esbuild: 'esbuild --splitting, no modulepreload',
  vite: 'Vite build (its modulepreload)',
  'vite-nopreload': 'Vite build, modulePreload: false',
};

/** esbuild: one build per page; index.html with modulepreload links, plain.html without. */
async function buildEsbuild(
  /** @type {string} */ name,
  /** @type {{ markup: string, script: string }} */ page,
) {
  const dir = join(OUT, 'esbuild', name);
  mkdirSync(dir, { recursive: true });
  const entryFile = join(OUT, 'src', `${name}.js`);
  mkdirSync(join(OUT, 'src'), { recursive: true });
  writeFileSync(entryFile, `${page.script}\nexport {};\n`);
  const result = await esbuild({
    ...CONSUMER_BUNDLE,
    entryPoints: { entry: entryFile },
    outdir: dir,
    plugins: [packageSourcesPlugin()],
  });
  const { entry, first } = firstLoad(result.metafile, entryFile);
  const rel = (/** @type {string} */ p) => `./${relative(dir, resolve(p))}`;
  const script = `<script type="module" src="${rel(entry)}"></script>\n`;
  const preload = [...first]
    .filter((f) => f !== entry)
    .map((f) => `<link rel="modulepreload" href="${rel(f)}">\n`)
    .join('');
  writeFileSync(join(dir, 'index.html'), html(`${script}${preload}`, page.markup));
  writeFileSync(join(dir, 'plain.html'), html(script, page.markup));
}

/** Vite: a consumer page (index.html with the inline module script) built for production. */
async function buildVite(
  /** @type {string} */ name,
  /** @type {{ markup: string, script: string }} */ page,
  /** @type {boolean} */ preload,
) {
  const root = join(OUT, 'vite-src', name);
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    html(`<script type="module">${page.script}</script>\n`, page.markup),
  );
  await viteBuild({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    publicDir: false,
    resolve: { alias: packageSourcesAliases() },
    build: {
      outDir: join(OUT, preload ? 'vite' : 'vite-nopreload', name),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: preload ? undefined : false,
    },
  });
}

/** @type {Promise<void> | undefined} */
let built;
export function buildAll() {
  built ??= (async () => {
    rmSync(OUT, { recursive: true, force: true });
    for (const [name, page] of Object.entries(pages())) {
      await buildEsbuild(name, page);
      await buildVite(name, page, true);
      await buildVite(name, page, false);
    }
    // Unthrottled: the quick start's imports evaluated (or the minimal Lit element defined), then
    // the naming view's first render.
    const imports = quickStart()
      .imports.map((i) => `import '${i}';`)
      .join('\n');
    for (const [name, head] of [
      ['render', imports],
      ['render-floor', LIT_FLOOR],
    ])
      await buildEsbuild(name, {
        markup: '',
        script: `${head}
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await frame();
  const el = document.createElement('passkey-register');
  const t0 = performance.now();
  document.body.append(el);
  await el.updateComplete;
  if (!el.shadowRoot.querySelector('input')) throw new Error('no name field');
  const t1 = performance.now();
  el.shadowRoot.querySelector('input').getBoundingClientRect();
  const t2 = performance.now();
  await frame();
  const t3 = performance.now();
  window.ttuRender = { render: t1 - t0, layout: t2 - t0, frame: t3 - t0 };`,
      });
    // Every file precompressed with gzip -9, as a CDN would serve it.
    const walk = (/** @type {string} */ d) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(html|js|css)$/.test(f))
          writeFileSync(`${p}.gz`, gzipSync(readFileSync(p), { level: 9 }));
      }
    };
    walk(OUT);
  })();
  return built;
}

/** @param {string} variant @param {string} page */
function pathOf(variant, page) {
  if (variant === 'esbuild-preload') return `esbuild/${page}/index.html`;
  if (variant === 'esbuild') return `esbuild/${page}/plain.html`;
  return `${variant}/${page}/index.html`;
}

const server = staticServer(OUT, { gzip: true });

/** @param {import('puppeteer-core').Page} page @param {string} url @param {string[]} errors */
async function loadUntilUsable(page, url, errors) {
  await loadUntil(page, url, 'ttu', errors, { timeout: 15_000, polling: 100 });
  return /** @type {{ ms: number, requests: number, bytes: number }} */ (
    await page.evaluate(() => {
      const ms = /** @type {any} */ (globalThis).ttu;
      const before = performance
        .getEntriesByType('resource')
        .filter((e) => /** @type {PerformanceResourceTiming} */ (e).responseEnd <= ms)
        .map((e) => /** @type {PerformanceResourceTiming} */ (e));
      const nav = /** @type {PerformanceNavigationTiming} */ (
        performance.getEntriesByType('navigation')[0]
      );
      return {
        ms,
        requests: before.length + 1,
        bytes: before.reduce((n, e) => n + e.encodedBodySize, nav.encodedBodySize),
      };
    })
  );
}

// Main-thread trace events by what they are. Self time (an event's duration minus its
// children's) is attributed, so nothing counts twice.
const KINDS = /** @type {[RegExp, string][]} */ ([
  [/^(ParseAuthorStyleSheet)$/, 'style parsing'],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/, 'style recalc'],
  [/^(Layout|UpdateLayout)$/, 'layout'],
  [
    /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers)$/,
    'paint',
  ],
  [/^(ParseHTML)$/, 'HTML parsing'],
  [/GC|^BlinkGC|^V8\.GC/, 'garbage collection'],
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceModuleCache|CompileScript|v8\.parseOnBackground)/i,
    'script compile',
  ],
  [
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|EventDispatch|V8\.Execute|v8\.callFunction)$/,
    'script run',
  ],
]);

/**
 * @param {any[]} events the trace's events
 * @param {number} usable the page's `usable` mark (ms since navigation start)
 * @param {string} url the page
 */
function breakdown(events, usable, url) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav?.pid,
  );
  if (!main || !nav) throw new Error('trace: no renderer main thread or navigationStart');
  const t0 = nav.ts;
  const origin = new URL(url).origin;
  const until = t0 + usable * 1000;
  // Network: the renderer's view of each request.
  /** @type {Map<string, { url: string, start: number, response?: number, end?: number }>} */
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    if (e.name === 'ResourceSendRequest' && !requests.has(d.requestId) && d.url?.startsWith(origin))
      requests.set(d.requestId, { url: d.url, start: (e.ts - t0) / 1000 });
    const r = requests.get(d.requestId);
    if (!r) continue;
    if (e.name === 'ResourceReceiveResponse') r.response = (e.ts - t0) / 1000;
    if (e.name === 'ResourceFinish') r.end = (e.ts - t0) / 1000;
  }
  // Main thread, up to usable: self time per kind.
  const mainEvents = events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.dur &&
        e.ts >= t0 &&
        e.ts <= until,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @type {Record<string, number>} */
  const self = {};
  /** @type {{ e: any, end: number, kind: string, child: number }[]} */
  const stack = [];
  const close = (/** @type {{ e: any, kind: string, child: number }} */ s) => {
    self[s.kind] = (self[s.kind] ?? 0) + (s.e.dur - s.child) / 1000;
  };
  for (const e of mainEvents) {
    while (stack.length && stack[stack.length - 1].end <= e.ts)
      close(/** @type {any} */ (stack.pop()));
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.dur;
    const kind = KINDS.find(([re]) => re.test(e.name))?.[1] ?? parent?.kind ?? 'other';
    stack.push({ e, end: e.ts + e.dur, kind, child: 0 });
  }
  while (stack.length) close(/** @type {any} */ (stack.pop()));
  const paints = events
    .filter((e) => e.pid === main.pid && /^(firstPaint|firstContentfulPaint)$/.test(e.name))
    .map((e) => ({ name: e.name, at: (e.ts - t0) / 1000 }));
  return {
    requests: [...requests.values()]
      .filter((r) => r.start <= usable)
      .map((r) => ({ ...r, url: r.url.replace(/^https?:\/\/[^/]+\/[^/]+\/[^/]+\//, '') })),
    self,
    paints,
    usable,
  };
}

export function timeToUsablePlugin() {
  return {
    name: 'time-to-usable',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('ttu-')) return undefined;
      // BENCH_RUNS=n shortens a run while working on the benchmark itself.
      if (command === 'ttu-runs') return Number(process.env.BENCH_RUNS) || payload.runs;
      await buildAll();
      const base = await server.origin();
      const browser = session.browser.getPage(session.id).browser();
      if (command === 'ttu-load')
        return withPage(browser, PROFILE, (page, _cdp, errors) =>
          loadUntilUsable(page, `${base}/${pathOf(payload.variant, payload.page)}`, errors),
        );
      if (command === 'ttu-trace')
        return withPage(browser, PROFILE, async (page, _cdp, errors) => {
          await page.tracing.start({
            // What DevTools' performance panel records, and no more: heavier categories slow
            // the traced load itself.
            categories: [
              '-*',
              'toplevel',
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'v8.execute',
              'blink.user_timing',
              'loading',
            ],
          });
          const url = `${base}/${pathOf(payload.variant, payload.page)}`;
          const r = await loadUntilUsable(page, url, errors);
          const buffer = await page.tracing.stop();
          if (process.env.BENCH_TRACE_DIR)
            writeFileSync(
              join(process.env.BENCH_TRACE_DIR, `${payload.variant}-${payload.page}.json`),
              Buffer.from(/** @type {Uint8Array} */ (buffer)),
            );
          const { traceEvents } = JSON.parse(
            Buffer.from(/** @type {Uint8Array} */ (buffer)).toString('utf8'),
          );
          return breakdown(traceEvents, r.ms, url);
        });
      if (command === 'ttu-render')
        return withPage(browser, undefined, async (page, _cdp, errors) => {
          const name = payload.page === 'render-floor' ? 'render-floor' : 'render';
          await loadUntil(page, `${base}/esbuild/${name}/index.html`, 'ttuRender', errors, {
            timeout: 15_000,
            polling: 50,
          });
          return page.evaluate('window.ttuRender');
        });
      return undefined;
    },
    serverStop() {
      server.close();
    },
  };
}
