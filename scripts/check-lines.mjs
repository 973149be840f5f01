// Fails when a source file under src/, demo/ or scripts/ is longer than 500 lines (#13): a file
// that long holds more than one idea, and wants splitting along a real seam. Lines are counted
// as `wc -l` counts them. Not counted: the locale tables (any locales/ folder), data (.json and
// the data/ folders), dot-folders (demo/.data) and node_modules. Run by `npm run lint`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 500;
const ROOTS = ['src', 'demo', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|css|html)$/;
const SKIP_DIR = /^(\.|node_modules$|locales$|data$)/;

/** @param {string} dir @returns {string[]} */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIR.test(entry.name) ? [] : walk(path);
    return entry.isFile() && SOURCE.test(entry.name) ? [path] : [];
  });

const tooLong = ROOTS.flatMap(walk)
  .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
  .filter(({ lines }) => lines > MAX);

for (const { file, lines } of tooLong)
  console.error(`${file}: ${lines} lines (at most ${MAX}: split it along a real seam)`);
if (tooLong.length) process.exit(1);
