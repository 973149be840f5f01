// `npm run cycles [dir]`: counts the import cycles between the modules under `dir` (default
// src/), type-only imports and dynamic import() included, since each is an edge a reader has to
// follow. Prints every elementary cycle and exits non-zero when there is any.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');

/** @param {string} dir @returns {string[]} */
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

/** A relative specifier to the file it names (TypeScript's `.js` means the `.ts` beside it). */
function resolveSpecifier(/** @type {string} */ from, /** @type {string} */ spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(js|mjs|ts)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.mts`, `${stem}.js`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

const files = walk(root);
/** @type {Map<string, string[]>} */
const edges = new Map();
for (const file of files) {
  // Static imports and re-exports (`import type` too) and dynamic import().
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles
    .map((f) => resolveSpecifier(file, f.fileName))
    .filter((t) => t !== undefined && t !== file);
  edges.set(file, [...new Set(/** @type {string[]} */ (targets))]);
}

// Every elementary cycle, each found once from its smallest member (the graph is small).
const order = [...edges.keys()].sort();
const rank = new Map(order.map((f, i) => [f, i]));
/** @type {string[][]} */
const cycles = [];
for (const start of order) {
  const s = /** @type {number} */ (rank.get(start));
  const path = [start];
  const onPath = new Set(path);
  const visit = (/** @type {string} */ node) => {
    for (const next of edges.get(node) ?? []) {
      const r = rank.get(next);
      if (r === undefined || r < s) continue;
      if (next === start) cycles.push([...path, start]);
      else if (!onPath.has(next)) {
        path.push(next);
        onPath.add(next);
        visit(next);
        path.pop();
        onPath.delete(next);
      }
    }
  };
  visit(start);
}

const name = (/** @type {string} */ f) => relative(root, f);
for (const cycle of cycles) console.log(cycle.map(name).join(' → '));
console.log(
  `${cycles.length} import cycle(s) among ${files.length} modules in ${relative(process.cwd(), root) || '.'}/ (type-only and dynamic imports included)`,
);
if (cycles.length) process.exit(1);
