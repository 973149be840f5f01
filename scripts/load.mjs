#!/usr/bin/env node
// Load test for the reference RP: N register/verify round-trips, C at a time, against the demo
// server that `npm start` runs (started here on a free port with a temporary data directory), or
// against a running one (--url). A software authenticator in this process (ES256, "none"
// attestation) answers each challenge, so the RP verifies real responses.
//
// Each round-trip signs in a fresh demo user (POST /api/session), fetches registration options,
// makes the credential and submits the verification twice at once, as a double-clicking user or
// a retrying network would. Afterwards every user's credentials are listed (and, when the server
// was started here, its database is checked): each credential must be stored exactly once.
//
//   npm run load -- [--n 200] [--concurrency 20] [--url http://localhost:5173] [--single-submit]
//
// Prints throughput, latency percentiles and stored against expected; exits 1 if anything was
// lost, stored twice or failed.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, softRegistration } from '../test/support/soft-authenticator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '20' },
    url: { type: 'string' },
    'single-submit': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(
    'npm run load -- [--n 200] [--concurrency 20] [--url http://localhost:5173] [--single-submit]',
  );
  process.exit(0);
}
const total = Number(args.n);
const concurrency = Number(args.concurrency);
const doubleSubmit = !args['single-submit'];
if (!(Number.isInteger(total) && total > 0 && Number.isInteger(concurrency) && concurrency > 0)) {
  console.error('--n and --concurrency must be positive integers');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// The server: the demo's own (vite with the RP plugin) unless --url names one. The software
// authenticator that answers each challenge is test/support/soft-authenticator.mjs.

/** @returns {Promise<{ url: string, dataDir?: string, stop: () => void }>} */
async function startServer() {
  if (args.url) return { url: args.url.replace(/\/+$/, ''), stop: () => {} };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'passkey-load-'));
  const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js')], {
    cwd: root,
    // All the load comes from this one address: the per-address rate limits would stop it.
    env: {
      ...process.env,
      PORT: String(port),
      PASSKEY_DATA_DIR: dataDir,
      PASSKEY_RATE_LIMITS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The demo server exited:\n${output}`);
    try {
      // 401: the RP is mounted and answering.
      if ((await fetch(`${url}/api/session`)).status === 401) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The demo server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, dataDir, stop };
}

// ---------------------------------------------------------------------------------------------
// One round-trip.

/**
 * @typedef {{ ok: boolean, ms: number, user?: { cookie: string, credentialId: string },
 *   wins: number, refusedDuplicates: number, failure?: string }} Outcome
 */

/** @param {string} url @param {number} i @returns {Promise<Outcome>} */
async function roundTrip(url, i) {
  const origin = new URL(url).origin;
  const headers = {
    'Content-Type': 'application/json',
    Origin: origin,
    'X-Requested-With': 'load',
  };
  const signIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ displayName: `Load ${i}` }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (signIn.status !== 201 || !cookie)
    return { ok: false, ms: 0, wins: 0, refusedDuplicates: 0, failure: `session ${signIn.status}` };
  const withSession = { ...headers, Cookie: cookie };
  const name = `Load key ${i}`;

  const started = performance.now();
  const optionsRes = await fetch(`${url}/api/passkeys/registration/options`, {
    method: 'POST',
    headers: withSession,
    body: JSON.stringify({ name }),
  });
  if (optionsRes.status !== 200)
    return {
      ok: false,
      ms: 0,
      wins: 0,
      refusedDuplicates: 0,
      failure: `options ${optionsRes.status}`,
    };
  const response = softRegistration({ options: await optionsRes.json() }, origin);
  const body = JSON.stringify({ name, response });
  const submit = () =>
    fetch(`${url}/api/passkeys/registration/verify`, {
      method: 'POST',
      headers: withSession,
      body,
    });
  const replies = await Promise.all(doubleSubmit ? [submit(), submit()] : [submit()]);
  const ms = performance.now() - started;
  const statuses = replies.map((r) => r.status);
  await Promise.all(replies.map((r) => r.arrayBuffer()));
  const wins = statuses.filter((s) => s === 201).length;
  // The duplicate must be refused as a used challenge (400), never stored.
  const refusedDuplicates = statuses.filter((s) => s === 400).length;
  const ok = wins === 1 && wins + refusedDuplicates === statuses.length;
  return {
    ok,
    ms,
    user: { cookie, credentialId: response.id },
    wins,
    refusedDuplicates,
    ...(ok ? {} : { failure: `verify ${statuses.join('+')}` }),
  };
}

/** @param {number[]} sorted @param {number} p */
const percentile = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN;

// ---------------------------------------------------------------------------------------------

const server = await startServer();
let exitCode = 0;
try {
  console.log(
    `load: ${total} register/verify round-trips, ${concurrency} at a time, ` +
      `${doubleSubmit ? 'each verification submitted twice at once' : 'single submissions'}, ` +
      `against ${server.url}${server.dataDir ? ' (the demo server, started here)' : ''}`,
  );

  /** @type {Outcome[]} */
  const outcomes = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (next < total) {
        const i = next++;
        outcomes[i] = await roundTrip(server.url, i).catch((/** @type {Error} */ err) => ({
          ok: false,
          ms: 0,
          wins: 0,
          refusedDuplicates: 0,
          failure: err.message,
        }));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // What was stored, as each user sees it.
  const expected = outcomes.filter((o) => o.wins === 1).length;
  let stored = 0;
  let lost = 0;
  let duplicated = 0;
  for (const o of outcomes) {
    if (!o.user || o.wins === 0) continue;
    const res = await fetch(`${server.url}/api/passkeys/credentials`, {
      headers: { Cookie: o.user.cookie },
    });
    const { credentials } = /** @type {{ credentials: { id: string }[] }} */ (await res.json());
    const mine = credentials.filter((c) => c.id === o.user?.credentialId).length;
    stored += credentials.length;
    if (mine === 0) lost++;
    duplicated += Math.max(0, credentials.length - 1);
  }

  const failures = outcomes.filter((o) => !o.ok);
  const latencies = outcomes
    .filter((o) => o.ok)
    .map((o) => o.ms)
    .sort((a, b) => a - b);
  const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
  console.log(
    `  throughput   ${(latencies.length / seconds).toFixed(1)} round-trips/s ` +
      `(${latencies.length} completed in ${seconds.toFixed(2)} s)`,
  );
  console.log(
    `  latency      p50 ${ms(percentile(latencies, 50))} · p95 ${ms(percentile(latencies, 95))} · ` +
      `p99 ${ms(percentile(latencies, 99))} · max ${ms(latencies.at(-1) ?? NaN)} ` +
      '(options + verification)',
  );
  const refused = outcomes.reduce((n, o) => n + o.refusedDuplicates, 0);
  console.log(
    `  verified     ${expected} of ${total}` +
      (doubleSubmit ? `; duplicate submissions refused: ${refused} of ${total}` : ''),
  );
  console.log(
    `  stored       ${stored} credentials, expected ${expected}: ${lost} lost, ${duplicated} duplicated`,
  );
  if (server.dataDir) {
    const db = new Database(join(server.dataDir, 'passkeys.sqlite3'), { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const rows = /** @type {{ n: number }} */ (
      db.prepare('SELECT COUNT(*) AS n FROM credentials').get()
    ).n;
    db.close();
    console.log(`  database     ${rows} credential rows, integrity_check ${integrity}`);
    if (integrity !== 'ok' || rows !== expected) exitCode = 1;
  }
  if (failures.length) {
    const kinds = new Map();
    for (const f of failures) kinds.set(f.failure, (kinds.get(f.failure) ?? 0) + 1);
    console.log(
      `  failed       ${failures.length}: ${[...kinds].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    );
    if ([...kinds.keys()].some((k) => String(k).endsWith(' 429')))
      console.log('               429: rate limits; start the server with PASSKEY_RATE_LIMITS=off');
  }
  if (lost || duplicated || failures.length || stored !== expected || expected !== total)
    exitCode = 1;
  console.log(exitCode ? 'FAIL' : 'OK: nothing lost, nothing stored twice');
} finally {
  server.stop();
}
process.exit(exitCode);
