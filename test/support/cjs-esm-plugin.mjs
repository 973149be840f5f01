// The test server serves node_modules as they are, and a few packages we use are CommonJS
// (qrcode's encoder; jsqr, the independent decoder in tests). This plugin bundles such a module
// to ESM with esbuild when the browser asks for it, re-exporting its keys as named exports.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** @param {string[]} files paths under node_modules, as the browser requests them */
export function cjsToEsmPlugin(files) {
  /** @type {Map<string, Promise<string>>} */
  const cache = new Map();
  return {
    name: 'cjs-to-esm',
    /** @param {{ path: string }} context */
    async serve(context) {
      const file = files.find((f) => context.path === `/node_modules/${f}`);
      if (!file) return undefined;
      if (!cache.has(file)) cache.set(file, bundle(resolve('node_modules', file)));
      return { body: await cache.get(file), type: 'js' };
    },
  };
}

/** @param {string} abs */
async function bundle(abs) {
  const names = Object.keys(require(abs)).filter(
    (k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default',
  );
  const result = await build({
    stdin: {
      contents: [
        `import m from ${JSON.stringify(abs)};`,
        // Transpiled ES modules put their default export on `default`.
        `export default m && typeof m === 'object' && 'default' in m ? m.default : m;`,
        `export const { ${names.join(', ')} } = m;`,
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
