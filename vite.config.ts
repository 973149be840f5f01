// Two jobs:
//   `npm start` (vite)       serves the demo portal from demo/, with the reference relying
//                            party mounted on the dev server under /api/.
//   `npm run build`          builds the library (ES modules) into dist/ and the self-contained
//                            browser build into dist/cdn/ (`--mode cdn`); tsc adds the .d.ts files.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { createRelyingParty, NO_RATE_LIMITS } from './demo/rp/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const fromHere = (path: string) => resolve(here, path);
const port = Number(process.env.PORT) || 5173;

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
        // Where the pages are, from configuration (never the Host header): the RP ID is its
        // hostname, and requests for other Hosts are refused. See docs/real-phone.md.
        origin: process.env.PASSKEY_ORIGIN || `http://localhost:${port}`,
        // The demo portal's name, which the passkey prompt and authenticator apps show.
        rpName: 'Acme Invest',
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

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: fromHere('demo'),
      // Vite's own cache stays at the repository root, not under demo/.
      cacheDir: fromHere('node_modules/.vite'),
      plugins: [relyingParty()],
      server: {
        // "localhost", not 127.0.0.1: WebAuthn needs a domain as RP ID (or localhost).
        host: 'localhost',
        port,
        strictPort: true,
        // No CORS at all: Vite's default grants localhost origins' preflights before the RP
        // runs, and the RP's CSRF defence relies on preflights never being granted.
        cors: false,
        // A tunnel's or LAN name's Host (PASSKEY_ORIGIN), besides localhost.
        allowedHosts: process.env.PASSKEY_ORIGIN
          ? [new URL(process.env.PASSKEY_ORIGIN).hostname]
          : [],
        // The demo imports the library straight from ../src.
        fs: { allow: [here] },
      },
      // qrcode's encoder is CommonJS and imported only on demand, so name it for pre-bundling.
      optimizeDeps: {
        include: ['lit', '@simplewebauthn/browser', 'qrcode/lib/core/qrcode.js'],
      },
    };
  }

  // `vite build --mode cdn`: the self-contained browser build in dist/cdn/, for a
  // <script type="module"> without a bundler. Everything is inside (lit, @simplewebauthn/browser,
  // qrcode); what the elements import on demand (the QR encoder, locales, the AAGUID names) stays
  // in lazy chunks.
  if (mode === 'cdn') {
    return {
      publicDir: false,
      build: {
        outDir: fromHere('dist/cdn'),
        emptyOutDir: true,
        target: 'es2022',
        lib: {
          entry: { 'passkey-register': fromHere('src/cdn.ts') },
          formats: ['es'],
          fileName: (_format, entryName) => `${entryName}.js`,
        },
        rolldownOptions: {
          output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
          // <passkey-register> imports <passkey-qr> on demand, but this build registers every
          // tag up front anyway; the QR encoder (qrcode) is still its own lazy chunk.
          onLog(level, log, handler) {
            if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
            handler(level, log);
          },
        },
      },
    };
  }

  // `vite build`: the npm build. One output module per source module (preserveModules), so the
  // files that register elements are exactly the define modules named in package.json's
  // `sideEffects`, and tsc's .d.ts files sit beside the .js files they describe.
  return {
    publicDir: false,
    build: {
      outDir: fromHere('dist'),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: {
          index: fromHere('src/index.ts'),
          define: fromHere('src/define.ts'),
          'passkey-register/define': fromHere('src/passkey-register/define.ts'),
          'passkey-credentials/define': fromHere('src/passkey-credentials/define.ts'),
          'passkey-qr/define': fromHere('src/passkey-qr/define.ts'),
          'two-factor-register/define': fromHere('src/two-factor-register/define.ts'),
          'two-factor-register/recovery/define': fromHere(
            'src/two-factor-register/recovery/define.ts',
          ),
          'two-factor-register/totp/define': fromHere('src/two-factor-register/totp/define.ts'),
          'react/index': fromHere('src/react/index.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        // Dependencies, not bundled: the host app's bundler supplies a single copy of each.
        // qrcode is CommonJS (imported as qrcode/lib/core/qrcode.js); Vite, webpack, esbuild and
        // Rollup's commonjs plugin all convert it.
        external: [
          /^lit(\/.*)?$/,
          /^@lit\/react(\/.*)?$/,
          /^@lit\/task(\/.*)?$/,
          /^@simplewebauthn\/browser(\/.*)?$/,
          /^qrcode(\/.*)?$/,
          /^react(\/.*)?$/,
        ],
        output: {
          preserveModules: true,
          preserveModulesRoot: fromHere('src'),
          // A compiler helper module (esbuild's or Rolldown's; none since the elements stopped using
          // decorators) would otherwise land under a versioned path.
          entryFileNames: (chunk) =>
            chunk.name.startsWith('_virtual/')
              ? `_virtual/${chunk.name.split('/').pop()}.js`
              : '[name].js',
        },
      },
    },
  };
});
