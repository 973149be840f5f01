// How every size figure in this repository is measured: the sources bundled the way a
// consumer's bundler would (esbuild, every dependency included, split into lazy chunks, minified).
// Used by the size budgets (scripts/size.mjs) and the benchmarks (web-test-runner.bench.config.mjs,
// test/support/bench-plugin.mjs), so their figures agree.

/** @satisfies {import('esbuild').BuildOptions} */
export const CONSUMER_BUNDLE = {
  bundle: true,
  splitting: true,
  minify: true,
  format: /** @type {const} */ ('esm'),
  target: 'es2022',
  metafile: true,
  tsconfig: 'tsconfig.json',
  loader: { '.json': /** @type {const} */ ('json') },
  logLevel: /** @type {const} */ ('silent'),
};
