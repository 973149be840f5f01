// `npm run check:tarball` (part of `npm test`, with --quick): builds and packs once
// (scripts/pack.mjs), then runs both checks of that one tarball: check-package.mjs (publint,
// attw, exports, sideEffects, files) and consumer-check.mjs (installed into fresh apps and
// registering a passkey in Chromium). Same options as consumer-check.mjs: --quick, --keep.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPackage } from './check-package.mjs';
import { consumerCheck } from './consumer-check.mjs';
import { step } from './lib/run.mjs';
import { buildAndPack } from './pack.mjs';

const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'passkey-tarball-'));
/** Which check failed, for the message. */
let current = 'build and npm pack';
try {
  const packed = await step('build and npm pack (once, for both checks)', () => buildAndPack(work));
  current = 'check:package';
  console.log(await checkPackage(packed));
  current = 'consumer check';
  console.log(`consumer check${quick ? ' (quick: vanilla only)' : ''} in ${work}`);
  const covered = await consumerCheck({ tarball: packed.tarball, work, quick });
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`consumer check passed: ${covered}; both checks in ${total} s`);
} catch (err) {
  const detail = current === 'check:package' && err instanceof Error ? err.message : err;
  console.error(`${current} FAILED\n${detail instanceof Error ? detail.stack : String(detail)}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
