// Two jobs:
//   `npm start` (vite)       serves the demo portal from demo/, with the reference relying
//                            party mounted on the dev server under /api/.
//   `npm run build`          builds the library (ES modules) into dist/; tsc adds the .d.ts files.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { createRelyingParty, NO_RATE_LIMITS } from './demo/rp/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const fromHere = (path: string) => resolve(here, path);

/** Mounts the reference relying party (demo/rp) on the dev server, for the demo only. */
function relyingParty(): Plugin {
  let rp: ReturnType<typeof createRelyingParty> | undefined;
  return {
    name: 'passkey-register:relying-party',
    apply: 'serve',
    configureServer(server) {
      const dataDir = resolve(here, process.env.PASSKEY_DATA_DIR || 'demo/.data');
      rp = createRelyingParty({
        dataDir,
        // `npm run load` turns the rate limits off: all its clients share one address.
        ...(process.env.PASSKEY_RATE_LIMITS === 'off' ? { rateLimits: NO_RATE_LIMITS } : {}),
      });
      server.middlewares.use(rp.handle);
    },
    // Runs on close and on restart (e.g. after demo/rp/server.js changes): the restarted
    // server builds its own relying party from a fresh copy of this plugin.
    closeServer() {
      rp?.close();
      rp = undefined;
    },
  };
}

export default defineConfig(({ command }) => {
  if (command === 'serve') {
    return {
      root: fromHere('demo'),
      // Vite's own cache stays at the repository root, not under demo/.
      cacheDir: fromHere('node_modules/.vite'),
      plugins: [relyingParty()],
      server: {
        // "localhost", not 127.0.0.1: WebAuthn needs a domain as RP ID (or localhost).
        host: 'localhost',
        port: Number(process.env.PORT) || 5173,
        strictPort: true,
        // The demo imports the library straight from ../src.
        fs: { allow: [here] },
      },
      // qrcode's encoder is CommonJS and imported only on demand, so name it for pre-bundling.
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          '@simplewebauthn/browser',
          'qrcode/lib/core/qrcode.js',
        ],
      },
    };
  }

  return {
    publicDir: false,
    build: {
      outDir: fromHere('dist'),
      emptyOutDir: true,
      lib: {
        entry: {
          index: fromHere('src/index.ts'),
          define: fromHere('src/define.ts'),
          'passkey-register/define': fromHere('src/passkey-register/define.ts'),
        },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        // Peer-style dependencies: the host app's bundler supplies a single copy of each.
        external: [/^lit(\/.*)?$/, /^@simplewebauthn\/browser(\/.*)?$/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
