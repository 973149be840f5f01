// The one build and `npm pack` that the package checks share: `npm test` builds and packs once
// (scripts/check-tarball.mjs), and check-package.mjs and consumer-check.mjs each check that
// tarball. Run alone, each of them calls this itself.
import { join } from 'node:path';
import { root, run } from './lib/run.mjs';

/**
 * @typedef {{ filename: string; size: number; unpackedSize: number; files: { path: string }[] }} PackInfo
 * @typedef {{ tarball: string; info: PackInfo }} Packed
 */

/**
 * Builds the package (`npm run build`) and packs it into `dir`, as `npm publish` would.
 * @param {string} dir
 * @returns {Packed}
 */
export function buildAndPack(dir) {
  run('npm', ['run', 'build', '--silent'], root);
  const [info] = /** @type {PackInfo[]} */ (
    JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root))
  );
  return { tarball: join(dir, info.filename), info };
}
