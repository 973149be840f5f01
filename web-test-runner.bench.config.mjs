// `npm run bench:qr`: the main test setup, running the benchmark files and printing a table.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import config from './web-test-runner.config.mjs';

/** The on-demand QR chunk as a consumer's bundler makes it: <passkey-qr> + qrcode, minified. */
async function qrChunkSize() {
  const result = await build({
    entryPoints: ['src/passkey-qr/define.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // Lit is already on the page with <passkey-register>; the chunk doesn't carry it again.
    external: ['lit', 'lit/*'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const benchPlugin = {
  name: 'bench',
  /** @param {{ command: string, payload: any }} args */
  async executeCommand({ command, payload }) {
    if (command === 'bench-qr-size') return qrChunkSize();
    if (command !== 'bench-print') return undefined;
    /** @type {string[][]} */
    const rows = [['measure', 'value', 'budget', ''], ...payload.rows];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
    console.log(
      `\n${rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')}\n`,
    );
    return true;
  },
};

export default {
  ...config,
  files: ['test/bench/*.bench.ts'],
  plugins: [...config.plugins, benchPlugin],
};
