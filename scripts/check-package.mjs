// `npm run check:package`: builds, packs (scripts/pack.mjs) and checks the tarball a user would
// install (in `npm test`, scripts/check-tarball.mjs checks the one tarball both checks share):
//   - publint (every message, suggestions included, fails);
//   - @arethetypeswrong/cli with `--profile esm-only`: this package is ESM only by design, so
//     the node10 and CommonJS-require resolution modes, which can't load it, are not checked;
//     node16-ESM and bundler resolution must be clean;
//   - its shape: every `exports` target and its .d.ts is in the tarball; the npm build imports
//     its dependencies (and nothing else) instead of bundling them, the CDN build imports no
//     package at all; `sideEffects` names
//     exactly the files that register elements; nothing but what users need is packed (no
//     sources, tests, stories, demo, scripts or source maps); LICENSE, README, CHANGELOG, the
//     manifest and the CDN build are in;
//   - the React wrapper sets properties as properties beside another copy of the package.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { buildAndPack } from './pack.mjs';
import { isMain, root } from './lib/run.mjs';

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim(), stdout: r.stdout };
}

/**
 * Checks a packed tarball (built from this repository's dist/, which the checks also read).
 * Throws with every problem found; returns the summary line.
 * @param {import('./pack.mjs').Packed} packed
 * @returns {Promise<string>}
 */
export async function checkPackage({ tarball, info }) {
  /** @type {string[]} */
  const problems = [];
  const files = new Set(info.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  // publint, on the tarball itself.
  const tgz = readFileSync(tarball);
  const { messages, pkg: packedPkg } = await publint({
    pack: { tarball: tgz.buffer.slice(tgz.byteOffset, tgz.byteOffset + tgz.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, packedPkg)}`);

  // attw, on the tarball.
  const attw = run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  if (!attw.ok) problems.push(`attw:\n${attw.out}`);

  // Every export target (and its types) is packed.
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const t of targets) {
      if (!files.has(t.replace(/^\.\//, '')))
        problems.push(`exports["${entry}"] → ${t} is not packed`);
    }
    if (typeof target !== 'string' && !target.types)
      problems.push(`exports["${entry}"] has no types`);
  }

  // sideEffects: exactly the modules that register elements (those calling customElements.define
  // and the all-tags module that imports them), outside the self-contained CDN build.
  const registering = [...files].filter(
    (f) =>
      f.startsWith('dist/') &&
      !f.startsWith('dist/cdn/') &&
      f.endsWith('.js') &&
      /customElements\.define\(|^import ["']\.\/[\w-]+\/define\.js["'];?$/m.test(
        readFileSync(join(root, f), 'utf8'),
      ),
  );
  // The src/ twins of the dist/ define modules may be listed too: bundlers that build from the
  // repository's sources (the size budget, the demo) read the same field.
  const listed = pkg.sideEffects.map((/** @type {string} */ s) => s.replace(/^\.\//, ''));
  const declared = listed.filter((/** @type {string} */ s) => !s.startsWith('src/'));
  for (const s of listed.filter((/** @type {string} */ s) => s.startsWith('src/'))) {
    const twin = s.replace(/^src\/(.+)\.ts$/, 'dist/$1.js');
    if (!declared.includes(twin)) problems.push(`sideEffects lists ${s} but not ${twin}`);
  }
  const sorted = (/** @type {string[]} */ a) => JSON.stringify([...a].sort());
  if (sorted(registering) !== sorted(declared)) {
    problems.push(
      `sideEffects ${sorted(declared)} differs from the modules that register elements ${sorted(registering)}`,
    );
  }

  // Only what users need.
  const stray = [...files].filter(
    (f) =>
      !/^(dist\/.+\.(js|d\.ts)|custom-elements\.json|vscode\.html-custom-data\.json|web-types\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(
        f,
      ),
  );
  if (stray.length) problems.push(`packed files users don't need: ${stray.join(', ')}`);
  for (const need of [
    'LICENSE',
    'README.md',
    'CHANGELOG.md',
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'web-types.json',
    'dist/cdn/passkey-register.js',
  ]) {
    if (!files.has(need)) problems.push(`${need} is not packed`);
  }
  if (![...files].some((f) => /^dist\/cdn\/chunks\/qrcode-[\w-]+\.js$/.test(f))) {
    problems.push('the CDN build has no lazy qrcode chunk');
  }
  if (pkg.customElements !== 'custom-elements.json') problems.push('customElements field');

  // The React wrapper sets `adapter`, `strings`… as properties even when another copy of the
  // package registered the tags first (its define modules then skip define(), which is what
  // finalises a Lit class and puts the accessors @lit/react looks for on its prototype). Rendered
  // on the server (Lit's Node build brings a DOM shim); a prop sent as an attribute shows up.
  const copy = join(root, 'node_modules', '.passkey-register-other-copy');
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  const react = run(process.execPath, [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(join(copy, 'dist/define.js'))});
     const { PasskeyRegister } = await import(${JSON.stringify(join(root, 'dist/react/index.js'))});
     const { createElement } = await import('react');
     const { renderToString } = await import('react-dom/server');
     console.log(renderToString(createElement(PasskeyRegister, {
       adapter: {}, strings: {}, theme: 'dark', headingLevel: 3, defaultName: 'x' })));`,
  ]);
  rmSync(copy, { recursive: true, force: true });
  if (!react.ok || !/^<passkey-register><\/passkey-register>$/.test(react.stdout.trim()))
    problems.push(
      `React wrapper beside another copy of the package (props must be properties): ${react.out}`,
    );

  // The npm build imports its dependencies; the CDN build has them all inside.
  const js = [...files].filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
  const source = (/** @type {string} */ f) => readFileSync(join(root, f), 'utf8');
  const bare = /(?:\bfrom|\bimport\s*\(?)\s*["']([^"'./][^"']*)["']/g;
  const npmImports = new Set(
    js
      .filter((f) => !f.startsWith('dist/cdn/'))
      .flatMap((f) => [...source(f).matchAll(bare)].map((m) => m[1])),
  );
  for (const dep of ['lit', '@simplewebauthn/browser', 'qrcode/lib/core/qrcode.js']) {
    if (!npmImports.has(dep)) problems.push(`the npm build does not import ${dep} (bundled in?)`);
  }
  for (const spec of npmImports) {
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (!pkg.dependencies[name] && !pkg.peerDependencies?.[name]) {
      problems.push(`the npm build imports ${spec}, which is not a dependency`);
    }
  }
  if ([...files].some((f) => f.includes('node_modules'))) {
    problems.push('a dependency was bundled into dist/');
  }
  for (const f of js.filter((f) => f.startsWith('dist/cdn/'))) {
    for (const m of source(f).matchAll(bare)) {
      problems.push(`${f} imports "${m[1]}": the CDN build must be self-contained`);
    }
  }

  if (problems.length) throw new Error(problems.join('\n\n'));
  return (
    `package: ${info.filename}, ${files.size} files, ${(info.size / 1024).toFixed(0)} KB packed, ` +
    `${(info.unpackedSize / 1024).toFixed(0)} KB unpacked; publint clean, attw clean ` +
    `(esm-only profile), exports and sideEffects match`
  );
}

if (isMain(import.meta.url)) {
  const work = mkdtempSync(join(tmpdir(), 'passkey-pack-'));
  try {
    console.log(await checkPackage(buildAndPack(work)));
  } catch (err) {
    console.error(`check:package FAILED\n${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
