// `npm run bench`: the main test setup (reference RP, virtual authenticators), running
// test/bench/*.bench.ts one after another and printing their rows as one table at the end.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { CONSUMER_BUNDLE } from './scripts/lib/bundle.mjs';
import { benchPlugin } from './test/support/bench-plugin.mjs';
import { timeToUsablePlugin } from './test/support/time-to-usable-plugin.mjs';
import config from './web-test-runner.config.mjs';

/**
 * The on-demand QR chunks as a consumer's bundler splits them off <passkey-register>: the chunks
 * holding <passkey-qr> and qrcode, and nothing the first load already has (Lit, the i18n code).
 */
async function qrChunkSize() {
  const result = await build({
    ...CONSUMER_BUNDLE,
    entryPoints: ['src/passkey-register/define.ts'],
    outdir: 'qr-bench-out',
    write: false,
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

/** Answers `bench-qr-size` for qr.bench.ts. */
const qrSizePlugin = {
  name: 'bench-qr-size',
  /** @param {{ command: string }} args */
  executeCommand({ command }) {
    return command === 'bench-qr-size' ? qrChunkSize() : undefined;
  },
};

export default {
  ...config,
  files: ['test/bench/*.bench.ts'],
  // Production Lit (no dev-mode checks), as users get it.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [...config.plugins, benchPlugin(), qrSizePlugin, timeToUsablePlugin()],
  // One benchmark page at a time, and time for 1,000-cycle loops.
  testFramework: { config: { timeout: 300_000 } },
  testsFinishTimeout: 600_000,
};
