// Runs before the browser tests: makes sure a Chrome/Chromium exists, so that `npm test`
// alone can set up a fresh Debian machine (Debian's chromium is the only browser we can get).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome-path.mjs';

if (findChrome()) process.exit(0);

/** @param {string} cmd */
function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

// Only install unasked when we can do it without sudo, on a system where apt has chromium.
if (process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get')) {
  console.log("No Chromium found: installing Debian's chromium with apt-get (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
      process.exit(1);
    }
  }
  if (findChrome()) process.exit(0);
  console.error(
    'apt-get installed chromium, but no browser was found afterwards. Set CHROME_PATH.',
  );
  process.exit(1);
}

console.error(
  'No Chrome/Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.',
);
process.exit(1);
