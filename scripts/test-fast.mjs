// `npm run test:fast -- test/passkey-qr/passkey-qr.test.ts [more files or globs]`: the inner loop. Lint and
// the type check run side by side, then the browser tests of the files named (wtr --files), in
// the same headless Chromium setup as `npm test`. With no files named, only lint and types run.
// `npm test` remains the gate: it adds the size budgets, the manifest and package checks, the
// consumer check and every browser test.
import { spawn, spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
const started = performance.now();

/**
 * Runs an npm script with its output buffered, so the two parallel ones don't interleave.
 * @param {string} script
 * @returns {Promise<{ script: string; ok: boolean; out: string }>}
 */
function npmRun(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script, '--silent'], { env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ script, ok: code === 0, out }));
  });
}

const checks = await Promise.all([npmRun('lint'), npmRun('typecheck')]);
for (const { script, ok, out } of checks) {
  console.log(`${ok ? 'ok' : 'FAILED'}: npm run ${script}`);
  if (!ok || out.trim()) console.log(out.trimEnd());
}
if (checks.some((c) => !c.ok)) process.exit(1);

if (files.length === 0) {
  console.log(
    'No test files named: lint and types only. Name some: npm run test:fast -- test/passkey-qr/passkey-qr.test.ts',
  );
  process.exit(0);
}
/** @param {string} cmd @param {string[]} args */
const runInherited = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
if (runInherited('node', ['scripts/ensure-browser.mjs']) !== 0) process.exit(1);
const status = runInherited('npx', ['wtr', '--files', ...files]);
console.log(`test:fast in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(status);
