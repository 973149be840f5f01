// What both browser-test configs share (web-test-runner.config.mjs for Chromium,
// web-test-runner.firefox.config.mjs for Firefox): the reference RP mounted on the test server,
// so the real fetch adapter talks to the real relying party (/api/passkeys and /api/two-factor), and the plugins that work in any
// engine. Engine-specific plugins (CDP in Chromium, Marionette in Firefox), browsers and
// reporters stay in each config.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRelyingParty } from './demo/rp/server.js';
import { cjsToEsmPlugin } from './test/support/cjs-esm-plugin.mjs';
import { cspPlugin } from './test/support/csp-plugin.mjs';
import { framePlugin } from './test/support/frame-plugin.mjs';
import { interopPlugin } from './test/support/interop-plugin.mjs';
import { rpClientPlugin } from './test/support/rp-client-plugin.mjs';
import { rpInspectPlugin } from './test/support/rp-inspect-plugin.mjs';
import {
  CEREMONY_TIMEOUT_MS,
  HANDOFF_POLL_MS,
  HANDOFF_TTL_MS,
} from './test/support/rp-timings.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'passkey-rp-test-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

// Short timings (test/support/rp-timings.mjs, which the tests that wait on them import).
const rpConfig = {
  dataDir,
  ceremonyTimeoutMs: CEREMONY_TIMEOUT_MS,
  handoffTtlMs: HANDOFF_TTL_MS,
  handoffPollMs: HANDOFF_POLL_MS,
  handoffPath: '/demo/phone.html',
  // The whole suite comes from one address: limits the suite never reaches. The rate-limit
  // tests restart the RP with small ones (rp-restart with a config).
  rateLimits: {
    sessions: { perAddress: 100_000 },
    registrationOptions: { perAccount: 10_000, perAddress: 100_000 },
    approvalOptions: { perAccount: 10_000, perAddress: 100_000 },
    handoffs: { perAccount: 10_000, perAddress: 100_000 },
    longPolls: { perSession: 100 },
    // Second-factor codes keep their real per-account limit (5 at once, then one a minute), so
    // a widget test can reach "too many attempts" on a fresh account; only the address's is lifted.
    codeAttempts: { perAddress: 100_000 },
    recoveryCodes: { perAccount: 10_000, perAddress: 100_000 },
  },
  // Every change asks for its approval; test/rp/ceremonies.test.ts turns the window on.
  recentlyConfirmedMs: 0,
};
let rp = createRelyingParty(rpConfig);

/**
 * Lets a test restart the RP (same data directory) to prove credentials persist on disk, or
 * with `{ config }` overriding the test configuration (e.g. small rate limits) until the next.
 */
const rpPlugin = {
  name: 'rp',
  /** @param {{ command: string, payload?: { config?: object } }} args */
  executeCommand({ command, payload }) {
    if (command !== 'rp-restart') return undefined;
    rp.close();
    rp = createRelyingParty({ ...rpConfig, ...payload?.config });
    return true;
  },
};

/**
 * The URLs (without the leading /) the reference RP itself answered with 404: its JSON
 * "not found" for an unknown endpoint, passkey or handoff, which the tests ask for on purpose and
 * assert. wtr would list them as missing files; the reporter leaves these out, and only these.
 * @type {Set<string>}
 */
export const answered404s = new Set();

/**
 * Koa → Connect: hands /api/ requests to the RP untouched.
 * @param {import('koa').Context} ctx @param {import('koa').Next} next
 */
function rpMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  ctx.respond = false;
  let passed = false;
  return new Promise((resolve) => {
    ctx.res.on('close', () => {
      if (!passed && ctx.res.statusCode === 404) answered404s.add(ctx.url.slice(1));
      resolve(undefined);
    });
    rp.handle(ctx.req, ctx.res, () => {
      passed = true;
      resolve(next());
    });
  });
}

/** Serves /__stories__.js: every *.stories.ts module under stories/, so new stories are tested automatically. */
const storiesIndexPlugin = {
  name: 'stories-index',
  /** @param {{ path: string }} context */
  serve(context) {
    if (context.path !== '/__stories__.js') return undefined;
    const files = readdirSync('stories', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.stories.ts'))
      .sort();
    const body = files.map((f, i) => `import * as s${i} from '/stories/${f}';`).join('\n');
    const list = files.map((f, i) => `[${JSON.stringify(f)}, s${i}]`).join(', ');
    return { body: `${body}\nexport default [${list}];`, type: 'js' };
  },
};

/**
 * The settings and plugins both configs use. `plugins` lists the engine-independent ones; a
 * config appends its own.
 */
export const shared = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: WebAuthn needs a focused page, and tests share the session cookie.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [rpMiddleware],
  // Lit's dev build stays (its extra checks and warnings are worth having in tests); only its
  // one-line notice that it is the dev build is left out, once per test file otherwise.
  filterBrowserLogs: (/** @type {{ args: unknown[] }} */ { args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    rpPlugin,
    storiesIndexPlugin,
    cspPlugin(),
    framePlugin(),
    rpClientPlugin(() => rp),
    rpInspectPlugin(() => rp),
    interopPlugin(),
    cjsToEsmPlugin(['qrcode/lib/core/qrcode.js', 'jsqr/dist/jsQR.js']),
  ],
};
