// The consumer check: does the packed package work for someone who installs it?
//
//   node scripts/consumer-check.mjs           every path (`npm run check:consumer`)
//   node scripts/consumer-check.mjs --quick   the vanilla TypeScript app only, built by Vite and
//                                             by esbuild (`npm test`)
//   --keep                                    leave the temporary directory for a look
//
// It builds and packs the package (`npm pack`), then, in a temporary directory and offline from
// the npm cache (every package it installs is in this repository's lockfile, so `npm ci` has
// cached it; each app gets a lockfile cut from this repository's, because `npm ci` caches
// tarballs but not the registry metadata a lockfile-less install needs):
//   - vanilla: a Vite vanilla-ts app installs the tarball, type-checks (tsc, skipLibCheck off)
//     and builds; in headless Chromium it registers a passkey against the reference relying
//     party with a virtual authenticator, draws a QR code (qrcode is CommonJS, so this shows the
//     app's bundler converted it), and shows that only the imported tags were registered;
//     the same app then runs bundled by esbuild instead, and on the Vite dev server (dependency
//     pre-bundling), and registers there too;
//   - react: the same with a Vite React app and `passkey-register/react`, including typed props
//     and typed event props (src/types.tsx holds @ts-expect-error cases);
//   - cdn: a plain HTML page loads dist/cdn/ from the unpacked tarball with no bundler and
//     registers too; the QR encoder's chunk loads only when a QR code is first drawn;
//   - snippets: the README's 30-second example and its Vue, Angular and Svelte snippets. Those
//     frameworks are not in the lockfile, so they are not built: each snippet's TypeScript is
//     type-checked against the packed types (Angular's two imports from @angular/core are
//     declared in a stub), and every attribute, property and event its template uses must exist
//     in custom-elements.json. The README's React snippet is type-checked in the React app.
// One Node http server on localhost serves the built apps and the reference RP (demo/rp).
/* global document, window, HTMLButtonElement */ // in page.evaluate callbacks
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cpSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createRelyingParty } from '../demo/rp/server.js';
import { AUTHENTICATOR_DEFAULTS } from '../test/support/webauthn-plugin.mjs';
import { CHROME_FLAGS, findChrome } from './chrome-path.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/consumer');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const started = performance.now();
/** The package's own dependencies: the tarball brings them, the lockfile pins them. */
const ownDependencies = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies;

/** @param {string} name */
const installedVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

// npm's own variables (set when this runs under `npm test`) would leak the repository's config
// into the temporary apps' installs.
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') || k === 'npm_config_cache'),
  ),
  NO_COLOR: '1',
};

/**
 * @param {string} cmd @param {string[]} args @param {string} cwd
 * @returns {string} stdout
 */
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} (in ${cwd}) failed with ${r.status ?? r.signal}:\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/**
 * @template T
 * @param {string} label @param {() => Promise<T> | T} fn
 * @returns {Promise<T>}
 */
async function step(label, fn) {
  const t = performance.now();
  const result = await fn();
  console.log(`  ${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return result;
}

/**
 * @param {unknown} ok @param {string} message
 * @returns {asserts ok}
 */
function assert(ok, message) {
  if (!ok) throw new Error(message);
}

const work = mkdtempSync(join(tmpdir(), 'passkey-consumer-'));
/** @type {import('node:http').Server | undefined} */
let server;
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {ReturnType<typeof createRelyingParty> | undefined} */
let rp;

try {
  console.log(`consumer check${quick ? ' (quick: vanilla only)' : ''} in ${work}`);

  const tarball = await step('build and npm pack', () => {
    run('npm', ['run', 'build', '--silent'], root);
    const [info] = JSON.parse(
      run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root),
    );
    return join(work, info.filename);
  });

  /**
   * Copies a fixture app and installs the tarball plus the dev dependencies it names, offline.
   * @param {string} name @param {string[]} devDependencies
   */
  function makeApp(name, devDependencies) {
    const dir = join(work, name);
    cpSync(join(fixtures, name), dir, { recursive: true });
    const pkg = {
      name: `consumer-${name}`,
      private: true,
      type: 'module',
      dependencies: { 'passkey-register': `file:${tarball}` },
      devDependencies: Object.fromEntries(devDependencies.map((d) => [d, installedVersion(d)])),
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify(lockfileFor(pkg, [...devDependencies, ...Object.keys(ownDependencies)])),
    );
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    return dir;
  }

  /** @param {string} dir */
  function typecheckAndBuild(dir) {
    run('node', ['node_modules/typescript/bin/tsc', '-p', '.'], dir);
    run(
      'node',
      ['node_modules/vite/bin/vite.js', 'build', '--base', './', '--logLevel', 'warn'],
      dir,
    );
  }

  const apps = /** @type {Record<string, string>} */ ({});
  await step('vanilla: install the tarball offline, tsc, vite build', () => {
    apps.vanilla = makeApp('vanilla', ['vite', 'typescript', 'esbuild']);
    typecheckAndBuild(apps.vanilla);
  });
  // In the quick run too: esbuild hands a dynamic import() of CommonJS only a default export,
  // which once broke the QR code (qrcode is CommonJS) while Vite builds worked.
  await step('vanilla: the same app bundled by esbuild instead', () => {
    const out = join(apps.vanilla, 'dist-esbuild');
    // .bin/esbuild: a script or the native binary, depending on how npm installed it.
    run(
      join(apps.vanilla, 'node_modules/.bin/esbuild'),
      [
        'src/main.ts',
        '--bundle',
        '--splitting',
        '--format=esm',
        '--minify',
        `--outdir=${out}`,
        '--log-level=warning',
      ],
      apps.vanilla,
    );
    const html = readFileSync(join(apps.vanilla, 'index.html'), 'utf8');
    writeFileSync(join(out, 'index.html'), html.replace('/src/main.ts', './main.js'));
  });
  if (!quick) {
    await step('react: install the tarball offline, tsc, vite build', () => {
      apps.react = makeApp('react', [
        'vite',
        'typescript',
        '@vitejs/plugin-react',
        'react',
        'react-dom',
        '@types/react',
        '@types/react-dom',
      ]);
      // The README's React snippet is type-checked with the app.
      writeFileSync(join(apps.react, 'src/readme.tsx'), readmeSnippets().get('react') ?? '');
      typecheckAndBuild(apps.react);
    });
    await step(
      'snippets: the README example, Vue, Angular and Svelte against the packed types',
      () => checkSnippets(apps.vanilla),
    );
  }

  // Static files by URL prefix; everything else goes to the reference RP.
  const pkgDir = join(work, 'unpacked');
  mkdirSync(pkgDir);
  run('tar', ['-xzf', tarball, '-C', pkgDir], work);
  const statics = /** @type {[string, string][]} */ ([
    ['/vanilla/', join(apps.vanilla, 'dist')],
    ['/esbuild/', join(apps.vanilla, 'dist-esbuild')],
    ['/react/', apps.react ? join(apps.react, 'dist') : ''],
    ['/cdn/', join(fixtures, 'cdn')],
    ['/pkg/', join(pkgDir, 'package')],
  ]);
  rp = createRelyingParty({ dataDir: join(work, 'rp-data') });
  const handle = rp.handle;
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = statics.find(([prefix, dir]) => dir && path.startsWith(prefix));
    if (!hit) {
      handle(req, res, () => {
        res.statusCode = path === '/favicon.ico' ? 204 : 404;
        res.end();
      });
      return;
    }
    let file = join(hit[1], path.slice(hit[0].length));
    if (!file.startsWith(hit[1])) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const types = /** @type {Record<string, string>} */ ({
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
    });
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server?.listen(0, 'localhost', () => ok(undefined)));
  const address = server.address();
  assert(address && typeof address === 'object', 'no server address');
  // "localhost", not 127.0.0.1: WebAuthn needs a domain (or localhost) as the RP ID.
  const origin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (address).port}`;

  const executablePath = findChrome();
  assert(executablePath, 'No Chrome/Chromium found: run `node scripts/ensure-browser.mjs`.');
  browser = await puppeteer.launch({ executablePath, args: CHROME_FLAGS, headless: true });

  /** The vanilla app, however it was built, at `url`. */
  const checkVanilla = async (/** @type {string} */ url) => {
    const { page, requests, done } = await openWithAuthenticator(url);
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
  };
  await step('vanilla: register a passkey in Chromium', () => checkVanilla(`${origin}/vanilla/`));
  await step('vanilla (esbuild): register a passkey in Chromium', () =>
    checkVanilla(`${origin}/esbuild/`),
  );

  if (!quick) {
    await step('react: register a passkey in Chromium', async () => {
      const { page, done } = await openWithAuthenticator(`${origin}/react/`);
      const name = await registerThisDevice(page, 'main[data-registered]');
      assert(name === 'React laptop', `registered name "${name}"`);
      const steps = await page.$eval('main', (m) => m.dataset.steps);
      assert(
        steps === 'fetching choosing ceremony verifying success',
        `onPasskeyStepChange saw "${steps}"`,
      );
      await expectStored(page, name);
      await done();
    });

    await step('vanilla: the same app on the Vite dev server registers too', async () => {
      // The app's own Vite, in dev mode: dependency pre-bundling must handle the package too
      // (its lazy, CommonJS qrcode import included). /api goes to the reference RP.
      const viteApi = join(apps.vanilla, 'node_modules/vite/dist/node/index.js');
      const { createServer: createViteServer } = /** @type {typeof import('vite')} */ (
        await import(pathToFileURL(viteApi).href)
      );
      const vite = await createViteServer({
        root: apps.vanilla,
        configFile: false,
        logLevel: 'silent',
        cacheDir: join(work, 'vite-dev-cache'),
        // Same Host header as the page, as the RP checks the Origin against it.
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
        const { page, done } = await openWithAuthenticator(url);
        const viewBox = await page.$eval('body', (b) => b.dataset.qr);
        assert(/^0 0 \d+ \d+$/.test(viewBox ?? ''), `QR viewBox under vite dev "${viewBox}"`);
        const name = await registerThisDevice(page);
        assert(name === 'Vanilla laptop', `registered name "${name}"`);
        await expectStored(page, name);
        await done();
      } finally {
        await vite.close();
      }
    });

    await step('cdn: register a passkey from a plain HTML page, no bundler', async () => {
      const { page, requests, done } = await openWithAuthenticator(`${origin}/cdn/`);
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
    });
  }

  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `consumer check passed: ${quick ? 'vanilla (vite build, esbuild)' : 'vanilla (vite build, esbuild, vite dev), react, cdn, snippets'} in ${total} s`,
  );
} catch (err) {
  console.error(`consumer check FAILED: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server?.close();
  rp?.close();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/**
 * A lockfile for a temporary app: this repository's lockfile entries for everything `names`
 * needs, transitively, at the same paths. With it, npm installs from the cache alone: `npm ci`
 * caches package tarballs but not the registry's metadata, which resolving version ranges
 * without a lockfile would need.
 * @param {{ name: string }} pkg @param {string[]} names
 */
function lockfileFor(pkg, names) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  /** @type {Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> }>} */
  const entries = lock.packages;
  /** Node's lookup: the closest node_modules/<dep> from `from` upwards. */
  const resolveFrom = (/** @type {string} */ from, /** @type {string} */ dep) => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${dep}`;
      if (entries[candidate]) return candidate;
      if (!base) return undefined;
      const i = base.lastIndexOf('/node_modules/');
      base = i === -1 ? '' : base.slice(0, i);
    }
  };
  /** @type {Set<string>} */
  const keep = new Set();
  const visit = (/** @type {string | undefined} */ path) => {
    if (!path || keep.has(path)) return;
    keep.add(path);
    const e = entries[path];
    for (const dep of Object.keys({
      ...e.dependencies,
      ...e.optionalDependencies,
      ...e.peerDependencies,
    })) {
      visit(resolveFrom(path, dep));
    }
  };
  for (const name of names) visit(resolveFrom('', name));
  const packages = /** @type {Record<string, unknown>} */ ({ '': pkg });
  for (const path of [...keep].sort()) {
    const entry = /** @type {{ name?: string; version: string; resolved?: string }} */ (
      entries[path]
    );
    // This repository's lockfile leaves out registry URLs; without one, npm looks the package up
    // in registry metadata, which may not be cached. With it, the tarball comes from the cache
    // by its integrity.
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13);
    const file = `${name.split('/').pop()}-${entry.version}.tgz`;
    packages[path] = { resolved: `https://registry.npmjs.org/${name}/-/${file}`, ...entry };
  }
  return { name: pkg.name, lockfileVersion: 3, requires: true, packages };
}

/**
 * A new page with a virtual user-verifying platform authenticator, at `url`, once the page says
 * it is ready (signed in). Fails on uncaught page errors and failed requests.
 * @param {string} url
 */
async function openWithAuthenticator(url) {
  assert(browser, 'no browser');
  const page = await /** @type {import('puppeteer-core').Browser} */ (browser).newPage();
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
 * @param {import('puppeteer-core').Page} page @param {string} [where]
 */
async function registerThisDevice(page, where = 'body[data-registered]') {
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
 * @param {import('puppeteer-core').Page} page @param {string | undefined} name
 */
async function expectStored(page, name) {
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

/**
 * The README's checked snippets: the code block after each `<!-- consumer-check: NAME -->`.
 * @returns {Map<string, string>} name → code
 */
function readmeSnippets() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = new Map(
    [...readme.matchAll(/<!-- consumer-check: (\w+) -->\s*```\w+\n([\s\S]*?)```/g)].map((b) => [
      b[1],
      b[2],
    ]),
  );
  for (const want of ['html', 'react', 'vue', 'angular', 'svelte']) {
    assert(blocks.has(want), `README has no <!-- consumer-check: ${want} --> snippet`);
  }
  return blocks;
}

/**
 * The 30-second example and the Vue, Angular and Svelte snippets, in the vanilla app (which has
 * the tarball installed): their TypeScript (the example's script as checked JavaScript) is
 * type-checked against the packed types, and their templates may only use attributes,
 * properties and events that the manifest lists for the tag.
 * @param {string} appDir
 */
function checkSnippets(appDir) {
  const snippets = readmeSnippets();
  const manifest = JSON.parse(
    readFileSync(join(appDir, 'node_modules/passkey-register/custom-elements.json'), 'utf8'),
  );
  const register = manifest.modules
    .flatMap((/** @type {{ declarations?: any[] }} */ m) => m.declarations ?? [])
    .find((/** @type {{ tagName?: string }} */ d) => d.tagName === 'passkey-register');
  const attrs = new Set(register.attributes.map((/** @type {{ name: string }} */ a) => a.name));
  const props = new Set(register.members.map((/** @type {{ name: string }} */ m) => m.name));
  const events = new Set(register.events.map((/** @type {{ name: string }} */ e) => e.name));
  /** @type {Record<string, [string, RegExp, Set<string>][]>} */
  const patterns = {
    html: [['attribute', /\s([a-z][\w-]*)="/g, attrs]],
    vue: [
      ['event', /@([\w-]+)=/g, events],
      ['property', /:([\w]+)\.prop=/g, props],
      ['attribute', /\s([a-z][\w-]*)="/g, attrs],
    ],
    angular: [
      ['event', /\(([\w-]+)\)=/g, events],
      ['property', /\[([\w]+)\]=/g, props],
      ['attribute', /\s([a-z][\w-]*)="/g, attrs],
    ],
    svelte: [
      ['event', /\son([\w-]+)=/g, events],
      ['property', /\s\{(\w+)\}/g, props],
      ['attribute', /\s((?!on)[a-z][\w-]*)="/g, attrs],
    ],
  };

  const dir = join(appDir, 'snippets');
  mkdirSync(join(dir, 'html'), { recursive: true });
  for (const [name, uses] of Object.entries(patterns)) {
    const code = snippets.get(name) ?? '';
    // The <script> of a page or single-file component, or the whole block when it is TypeScript.
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(code)?.[1] ?? code;
    const template =
      name === 'angular'
        ? (/template: `([\s\S]*?)`/.exec(code)?.[1] ?? '')
        : code.replace(/<script[\s\S]*?<\/script>/, '');
    writeFileSync(join(dir, name === 'html' ? 'html/quickstart.js' : `${name}.ts`), script);
    const tag = /<passkey-register\b([\s\S]*?)>/.exec(template);
    if (!tag) throw new Error(`${name} snippet has no <passkey-register>`);
    let count = 0;
    for (const [kind, re, known] of uses) {
      for (const [, used] of tag[1].matchAll(re)) {
        assert(known.has(used), `${name} snippet: <passkey-register> has no ${kind} "${used}"`);
        count++;
      }
    }
    if (name !== 'html') {
      assert(count >= 3, `${name} snippet: expected an attribute, a property and an event`);
    }
  }
  // Angular's decorator and schema, declared here: @angular/core is not in the npm cache.
  writeFileSync(
    join(dir, 'angular-core.d.ts'),
    `declare module '@angular/core' {
  export const CUSTOM_ELEMENTS_SCHEMA: { name: string };
  export function Component(meta: {
    selector: string;
    standalone?: boolean;
    schemas?: unknown[];
    template: string;
  }): ClassDecorator;
}
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../tsconfig.json',
      // Vue's and Svelte's handlers are used by their templates, which tsc doesn't see.
      compilerOptions: { experimentalDecorators: true, noUnusedLocals: false },
      include: ['*.ts'],
    }),
  );
  // The 30-second example is JavaScript in a page: checked as JavaScript, without null checks.
  writeFileSync(
    join(dir, 'html/tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { allowJs: true, checkJs: true, strictNullChecks: false },
      include: ['*.js'],
    }),
  );
  run('node', ['node_modules/typescript/bin/tsc', '-p', 'snippets'], appDir);
  run('node', ['node_modules/typescript/bin/tsc', '-p', 'snippets/html'], appDir);
}
