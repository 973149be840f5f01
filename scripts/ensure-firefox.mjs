// Runs before the Firefox browser tests: makes sure a Firefox exists, so that `npm test` alone can
// set up a fresh Debian machine (Debian's firefox-esr is the only Firefox we can get). Mirrors
// ensure-browser.mjs, which does the same for Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFirefox } from './firefox-path.mjs';

if (findFirefox()) process.exit(0);

/** @param {string} cmd */
function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

// Only install unasked when we can do it without sudo, on a system where apt has firefox-esr.
if (process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get')) {
  console.log("No Firefox found: installing Debian's firefox-esr with apt-get (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'firefox-esr']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
      process.exit(1);
    }
  }
  if (findFirefox()) process.exit(0);
  console.error(
    'apt-get installed firefox-esr, but no Firefox was found afterwards. Set FIREFOX_PATH.',
  );
  process.exit(1);
}

console.error(
  'No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.',
);
process.exit(1);
