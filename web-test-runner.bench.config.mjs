// `npm run bench:qr`: the main test setup, running the benchmark files and printing a table.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import config from './web-test-runner.config.mjs';

/**
 * The on-demand QR chunks as a consumer's bundler splits them off <passkey-register>: the chunks
 * holding <passkey-qr> and qrcode, and nothing the first load already has (Lit, the i18n code).
 */
async function qrChunkSize() {
  const result = await build({
    entryPoints: ['src/passkey-register/define.ts'],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'qr-bench-out',
    write: false,
    metafile: true,
    tsconfig: 'tsconfig.json',
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const lazy = Object.entries(outputs)
    .filter(([, o]) => o.entryPoint !== 'src/passkey-register/define.ts')
    .filter(([, o]) =>
      Object.keys(o.inputs).some(
        (i) => i.startsWith('src/passkey-qr/') || i.includes('node_modules/qrcode/'),
      ),
    )
    .map(([path]) => path);
  const files = result.outputFiles.filter((f) => lazy.some((p) => f.path.endsWith(p)));
  const raw = files.reduce((n, f) => n + f.contents.length, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  return { raw, gzip };
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
