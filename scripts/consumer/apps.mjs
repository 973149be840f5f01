// Consumer-check steps that make the temporary apps: copy a fixture from test/consumer/,
// install the packed tarball offline, type-check and build it (Vite, or esbuild instead).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from '../lib/run.mjs';

export const fixtures = join(root, 'test/consumer');

/** The package's own dependencies: the tarball brings them, the lockfile pins them. */
const ownDependencies = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies;

/** @param {string} name */
const installedVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * Copies the fixture app `name` into `work` and installs the tarball plus the dev dependencies
 * it names, offline.
 * @param {{ work: string; tarball: string }} where @param {string} name
 * @param {string[]} devDependencies
 * @returns {string} the app's directory
 */
export function makeApp({ work, tarball }, name, devDependencies) {
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

/**
 * tsc (skipLibCheck off, as the fixtures' tsconfig says), then `vite build` into dist/.
 * @param {string} dir
 */
export function typecheckAndBuild(dir) {
  run('node', ['node_modules/typescript/bin/tsc', '-p', '.'], dir);
  run(
    'node',
    ['node_modules/vite/bin/vite.js', 'build', '--base', './', '--logLevel', 'warn'],
    dir,
  );
}

/**
 * The same app bundled by esbuild instead, into dist-esbuild/. esbuild hands a dynamic import()
 * of CommonJS only a default export, which once broke the QR code (qrcode is CommonJS) while
 * Vite builds worked.
 * @param {string} dir
 */
export function buildWithEsbuild(dir) {
  const out = join(dir, 'dist-esbuild');
  // .bin/esbuild: a script or the native binary, depending on how npm installed it.
  run(
    join(dir, 'node_modules/.bin/esbuild'),
    [
      'src/main.ts',
      '--bundle',
      '--splitting',
      '--format=esm',
      '--minify',
      `--outdir=${out}`,
      '--log-level=warning',
    ],
    dir,
  );
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  writeFileSync(join(out, 'index.html'), html.replace('/src/main.ts', './main.js'));
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
