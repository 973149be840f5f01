// The consumer check: does the packed package work for someone who installs it?
//
//   node scripts/consumer-check.mjs           every path (`npm run check:consumer`)
//   node scripts/consumer-check.mjs --quick   the vanilla TypeScript app only, built by Vite and
//                                             by esbuild (`npm test`, through check-tarball.mjs)
//   --keep                                    leave the temporary directory for a look
//   --tarball FILE                            check this tarball instead of building and packing
//
// It builds and packs the package (scripts/pack.mjs), then, in a temporary directory and offline
// from the npm cache (every package it installs is in this repository's lockfile, so `npm ci` has
// cached it; each app gets a lockfile cut from this repository's, because `npm ci` caches
// tarballs but not the registry metadata a lockfile-less install needs):
//   - vanilla: a Vite vanilla-ts app installs the tarball, type-checks (tsc, skipLibCheck off)
//     and builds; in headless Chromium it registers a passkey against the reference relying
//     party with a virtual authenticator, draws a QR code (qrcode is CommonJS, so this shows the
//     app's bundler converted it), and shows that only the imported tags were registered;
//     the same app then runs bundled by esbuild instead, and on the Vite dev server (dependency
//     pre-bundling), and registers there too;
//   - react: the same with a Vite React app and `passkey-register/react`, including typed props
//     and typed event props (src/types.tsx holds @ts-expect-error cases);
//   - cdn: a plain HTML page loads dist/cdn/ from the unpacked tarball with no bundler and
//     registers too; the QR encoder's chunk loads only when a QR code is first drawn;
//   - snippets: the README's 30-second example and its Vue, Angular and Svelte snippets, checked
//     against the packed types and the manifest.
// One Node http server on localhost serves the built apps and the reference RP (demo/rp).
// The steps live in scripts/consumer/: apps.mjs (install, build), snippets.mjs, server.mjs,
// page.mjs (driving Chromium) and register.mjs (the in-browser checks).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithEsbuild, makeApp, typecheckAndBuild } from './consumer/apps.mjs';
import { launchBrowser } from './consumer/page.mjs';
import {
  registerFromCdn,
  registerOnViteDev,
  registerReact,
  registerVanilla,
} from './consumer/register.mjs';
import { startServer } from './consumer/server.mjs';
import { checkSnippets, readmeSnippets } from './consumer/snippets.mjs';
import { buildAndPack } from './pack.mjs';
import { isMain, option, step } from './lib/run.mjs';

const REACT_DEV_DEPENDENCIES = [
  'vite',
  'typescript',
  '@vitejs/plugin-react',
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
];

/**
 * Runs the check on `tarball` in the empty directory `work`; throws at the first failure.
 * @param {{ tarball: string; work: string; quick: boolean }} args
 * @returns {Promise<string>} what was covered
 */
export async function consumerCheck({ tarball, work, quick }) {
  const where = { work, tarball };
  const apps = /** @type {Record<string, string>} */ ({});
  await step('vanilla: install the tarball offline, tsc, vite build', () => {
    apps.vanilla = makeApp(where, 'vanilla', ['vite', 'typescript', 'esbuild']);
    typecheckAndBuild(apps.vanilla);
  });
  // In the quick run too: see buildWithEsbuild.
  await step('vanilla: the same app bundled by esbuild instead', () =>
    buildWithEsbuild(apps.vanilla),
  );
  if (!quick) {
    await step('react: install the tarball offline, tsc, vite build', () => {
      apps.react = makeApp(where, 'react', REACT_DEV_DEPENDENCIES);
      // The README's React snippet is type-checked with the app.
      writeFileSync(join(apps.react, 'src/readme.tsx'), readmeSnippets().get('react') ?? '');
      typecheckAndBuild(apps.react);
    });
    await step(
      'snippets: the README example, Vue, Angular and Svelte against the packed types',
      () => checkSnippets(apps.vanilla),
    );
  }

  const server = await startServer({ work, tarball, apps });
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  try {
    const { origin, allowOrigin } = server;
    browser = await launchBrowser();
    const b = browser;
    await step('vanilla: register a passkey in Chromium', () =>
      registerVanilla(b, `${origin}/vanilla/`),
    );
    await step('vanilla (esbuild): register a passkey in Chromium', () =>
      registerVanilla(b, `${origin}/esbuild/`),
    );
    if (!quick) {
      await step('react: register a passkey in Chromium', () =>
        registerReact(b, `${origin}/react/`),
      );
      await step('vanilla: the same app on the Vite dev server registers too', () =>
        registerOnViteDev(b, { appDir: apps.vanilla, work, origin, allowOrigin }),
      );
      await step('cdn: register a passkey from a plain HTML page, no bundler', () =>
        registerFromCdn(b, `${origin}/cdn/`),
      );
    }
  } finally {
    await browser?.close();
    server.close();
  }
  return quick
    ? 'vanilla (vite build, esbuild)'
    : 'vanilla (vite build, esbuild, vite dev), react, cdn, snippets';
}

if (isMain(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const keep = process.argv.includes('--keep');
  const given = option('tarball');
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'passkey-consumer-'));
  try {
    console.log(`consumer check${quick ? ' (quick: vanilla only)' : ''} in ${work}`);
    const tarball = given ?? (await step('build and npm pack', () => buildAndPack(work).tarball));
    const covered = await consumerCheck({ tarball, work, quick });
    const total = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`consumer check passed: ${covered} in ${total} s`);
  } catch (err) {
    console.error(`consumer check FAILED: ${err instanceof Error ? err.stack : String(err)}`);
    process.exitCode = 1;
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
