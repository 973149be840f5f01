// The README's first example (the `<!-- consumer-check: html -->` snippet), and how to build it
// from this repository's sources as a consumer's bundler would build it from the package.
// `npm run size` gates that exact import; `npm run bench` times it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmeSnippets } from '../consumer/snippets.mjs';

const root = resolve(import.meta.dirname, '../..');

/**
 * The README's first example: the page's markup and its module script, unchanged.
 * @returns {{ markup: string, script: string, imports: string[] }}
 */
export function quickStart() {
  // The same snippet the consumer check installs and runs.
  const block = /** @type {string} */ (readmeSnippets().get('html'));
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(block)?.[1];
  if (!script) throw new Error("the README's first example has no module script");
  const markup = block.replace(/<script type="module">[\s\S]*?<\/script>/, '').trim();
  const imports = [...script.matchAll(/import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g)].map(
    (m) => m[1],
  );
  return { markup, script, imports };
}

/**
 * The package's public specifiers (`passkey-register`, `passkey-register/define`, …) mapped to
 * the source files their `exports` entries are built from (`./dist/x.js` ← `src/x.ts`).
 * @returns {Map<string, string>} specifier → absolute path
 */
export function packageSources() {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  /** @type {Map<string, string>} */
  const map = new Map();
  for (const [key, value] of Object.entries(pkg.exports)) {
    const target = typeof value === 'string' ? value : value?.default;
    if (typeof target !== 'string' || !/^\.\/dist\/.*\.js$/.test(target)) continue;
    const src = target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
    map.set(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, resolve(root, src));
  }
  return map;
}

/**
 * An esbuild plugin resolving the package's public specifiers to their sources, so a page
 * written like the README builds from this checkout.
 * @returns {import('esbuild').Plugin}
 */
export function packageSourcesPlugin() {
  const map = packageSources();
  return {
    name: 'package-sources',
    setup(b) {
      b.onResolve({ filter: /^passkey-register(\/|$)/ }, (args) => {
        const path = map.get(args.path);
        if (!path) return { errors: [{ text: `${args.path} is not in package.json exports` }] };
        return { path };
      });
    },
  };
}

/** The same mapping as Vite `resolve.alias` entries (exact matches only). */
export function packageSourcesAliases() {
  return [...packageSources()].map(([find, replacement]) => ({
    find: new RegExp(`^${find.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement,
  }));
}
