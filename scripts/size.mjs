// `npm run size`: bundles the public entries the way a consumer's bundler would (esbuild
// --bundle --minify --splitting, every dependency included), prints bytes and gzip -9 per budget,
// and exits non-zero when a budget is exceeded. Part of `npm test`, so a regression stops CI.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CONSUMER_BUNDLE } from './lib/bundle.mjs';
import { packageSourcesPlugin, quickStart } from './lib/quick-start.mjs';

const REGISTER = 'src/passkey-register/define.ts';
const CREDENTIALS = 'src/passkey-credentials/define.ts';
const TOTP = 'src/two-factor-register/totp/define.ts';
const SHELL = 'src/two-factor-register/define.ts';
const RECOVERY = 'src/two-factor-register/recovery/define.ts';
// The README's first example's module script, unchanged, as a consumer's entry module: its
// `passkey-register…` imports resolve to the sources their package.json exports are built from.
const QUICK_START = 'node_modules/.size/quick-start.js';
mkdirSync('node_modules/.size', { recursive: true });
writeFileSync(QUICK_START, `${quickStart().script}\nexport {};\n`);

/**
 * @param {string[]} entryPoints
 * @returns {Promise<{ outputs: Record<string, import('esbuild').Metafile['outputs'][string]>, gzip: Map<string, number>, raw: Map<string, number> }>}
 */
async function bundle(entryPoints) {
  const result = await build({
    ...CONSUMER_BUNDLE,
    entryPoints,
    outdir: 'size-out',
    write: false,
    plugins: [packageSourcesPlugin()],
  });
  const gzip = new Map();
  const raw = new Map();
  for (const file of result.outputFiles) {
    const key = Object.keys(result.metafile.outputs).find((p) => file.path.endsWith(p));
    if (!key) continue;
    raw.set(key, file.contents.length);
    gzip.set(key, gzipSync(file.contents, { level: 9 }).length);
  }
  return { outputs: result.metafile.outputs, gzip, raw };
}

/**
 * The output files a page loads before anything is imported on demand: the entry and what it
 * imports statically, transitively.
 * @param {Awaited<ReturnType<typeof bundle>>} b @param {string} entry
 */
function initialFiles(b, entry) {
  const start = Object.keys(b.outputs).find((p) => b.outputs[p].entryPoint === entry);
  if (!start) throw new Error(`no output for ${entry}`);
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const file = /** @type {string} */ (queue.pop());
    for (const imp of b.outputs[file].imports) {
      if (imp.kind === 'import-statement' && !seen.has(imp.path)) {
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
  }
  return seen;
}

/** @param {Awaited<ReturnType<typeof bundle>>} b @param {Iterable<string>} files */
const sum = (b, files) => {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    raw += b.raw.get(f) ?? 0;
    gzip += b.gzip.get(f) ?? 0;
  }
  return { raw, gzip };
};

/** @param {Awaited<ReturnType<typeof bundle>>} b @param {string} file @param {(input: string) => boolean} test */
const holds = (b, file, test) => Object.keys(b.outputs[file].inputs).some(test);

const isQr = (/** @type {string} */ i) =>
  i.startsWith('src/passkey-qr/') || i.includes('node_modules/qrcode/');
const isLocale = (/** @type {string} */ i) => i.startsWith('src/locales/');

const alone = await bundle([REGISTER]);
const registerInitial = initialFiles(alone, REGISTER);
const qrChunks = Object.keys(alone.outputs).filter(
  (f) => !registerInitial.has(f) && holds(alone, f, isQr),
);

const both = await bundle([REGISTER, CREDENTIALS]);
const registerShared = initialFiles(both, REGISTER);
const credentialsMore = [...initialFiles(both, CREDENTIALS)].filter((f) => !registerShared.has(f));

// The authenticator tab, as <two-factor-register> loads it beside <passkey-register>: its own
// code, with what <passkey-register>'s first load already brought not counted again. The QR
// chunk, the locales and the approval code (loaded only when the RP asks for an approval, and
// the same chunk <passkey-register>'s flow uses) are on demand, outside the row.
const withTotp = await bundle([REGISTER, TOTP]);
const registerBeside = initialFiles(withTotp, REGISTER);
const totpMore = [...initialFiles(withTotp, TOTP)].filter((f) => !registerBeside.has(f));
// Its setup (QR code and key, the code, removing), loaded on the first sign of intent.
const totpSetup = Object.keys(withTotp.outputs).find(
  (f) => withTotp.outputs[f].entryPoint === 'src/two-factor-register/totp/setup.ts',
);
const totpSetupFiles = totpSetup
  ? [...initialFiles(withTotp, 'src/two-factor-register/totp/setup.ts')].filter(
      (f) => !registerBeside.has(f) && !totpMore.includes(f),
    )
  : [];

// <two-factor-register>'s shell, defined and rendered beside <passkey-register>: what it adds to
// that first load. Its tabs (the passkey list, the authenticator app, recovery codes) load when
// first opened, outside the row.
const withShell = await bundle([REGISTER, SHELL]);
const registerBesideShell = initialFiles(withShell, REGISTER);
const shellMore = [...initialFiles(withShell, SHELL)].filter((f) => !registerBesideShell.has(f));

// The recovery-codes tab, as the shell loads it beside <passkey-register>: its own code. The
// approval code (loaded only when the RP asks for an approval, the chunk <passkey-register>'s
// flow uses) and the locales are on demand, outside the row.
const withRecovery = await bundle([REGISTER, RECOVERY]);
const registerBesideRecovery = initialFiles(withRecovery, REGISTER);
const recoveryMore = [...initialFiles(withRecovery, RECOVERY)].filter(
  (f) => !registerBesideRecovery.has(f),
);

// Its flow (from Generate on: ./recovery/flow.ts), fetched on intent: its own code, not the
// WebAuthn chunk it shares with <passkey-register>'s flow.
const recoveryFirst = new Set([...registerBesideRecovery, ...recoveryMore]);
const isWebAuthn = (/** @type {string} */ i) => i === 'src/webauthn.ts';
const recoveryFlow = Object.keys(withRecovery.outputs).filter(
  (f) =>
    !recoveryFirst.has(f) &&
    holds(withRecovery, f, (i) => i.startsWith('src/two-factor-register/recovery/')) &&
    !holds(withRecovery, f, isWebAuthn),
);

// <passkey-credentials>' changes (rename, on/off, delete, approval, Add passkey), fetched on
// intent: its own chunk, not the WebAuthn chunk it shares with <passkey-register>'s flow.
const credentialsFirst = new Set([...registerShared, ...credentialsMore]);
const credentialChanges = Object.keys(both.outputs).filter(
  (f) =>
    !credentialsFirst.has(f) &&
    holds(both, f, (i) => i === 'src/passkey-credentials/credential-changes.ts') &&
    !holds(both, f, isWebAuthn),
);

const readme = await bundle([QUICK_START]);
const readmeInitial = initialFiles(readme, QUICK_START);

const localesInitial = [
  ...[...initialFiles(both, REGISTER), ...initialFiles(both, CREDENTIALS)].filter((f) =>
    holds(both, f, isLocale),
  ),
  ...[...readmeInitial].filter((f) => holds(readme, f, isLocale)),
  ...totpMore.filter((f) => holds(withTotp, f, isLocale)),
  ...shellMore.filter((f) => holds(withShell, f, isLocale)),
  ...recoveryMore.filter((f) => holds(withRecovery, f, isLocale)),
];

const rows = [
  {
    what: "README's quick start, exactly (first load)",
    ...sum(readme, readmeInitial),
    budget: 15_000,
  },
  {
    what: '<passkey-register> defined and rendered (first load)',
    ...sum(alone, registerInitial),
    budget: 15_000,
  },
  { what: 'on-demand QR chunk (<passkey-qr> + qrcode)', ...sum(alone, qrChunks), budget: 10_000 },
  {
    what: '<passkey-credentials> on top of <passkey-register>',
    ...sum(both, credentialsMore),
    budget: 4_000,
  },
  {
    what: '<passkey-credentials> changes chunk, on intent (besides the shared WebAuthn chunk)',
    ...sum(both, credentialChanges),
    budget: 5_000,
  },
  {
    what: '<two-factor-totp> tab on top of <passkey-register> (without the QR chunk)',
    ...sum(withTotp, totpMore),
    budget: 4_000,
  },
  {
    what: '<two-factor-totp> setup chunk, on intent (without QR and approval)',
    ...sum(withTotp, totpSetupFiles),
    budget: 5_500,
  },
  {
    what: '<two-factor-register> shell beside <passkey-register> (first load, tabs on demand)',
    ...sum(withShell, shellMore),
    budget: 2_000,
  },
  {
    what: '<two-factor-recovery-codes> tab on top of <passkey-register>',
    ...sum(withRecovery, recoveryMore),
    budget: 3_000,
  },
  {
    what: 'recovery codes flow, on intent (besides the shared WebAuthn chunk)',
    ...sum(withRecovery, recoveryFlow),
    budget: 5_000,
  },
];
if (totpMore.some((f) => holds(withTotp, f, isQr)))
  throw new Error('The QR chunk is in the authenticator tab’s first load: it must stay on demand');

const fmt = (/** @type {number} */ n) => n.toLocaleString('en-US');
const table = [
  ['what', 'minified', 'gzip -9', 'budget', 'headroom', ''],
  ...rows.map((r) => [
    r.what,
    `${fmt(r.raw)} B`,
    `${fmt(r.gzip)} B`,
    `${fmt(r.budget)} B`,
    `${fmt(r.budget - r.gzip)} B`,
    r.gzip <= r.budget ? 'ok' : 'OVER',
  ]),
  [
    'non-English locales in a first load',
    `${localesInitial.length} files`,
    '',
    '0 files',
    '',
    localesInitial.length === 0 ? 'ok' : 'OVER',
  ],
];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(table.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n'));

// The lazy chunks, largest first, so a regression points at its cause.
if (process.argv.includes('--verbose')) {
  for (const [file, out] of Object.entries(alone.outputs).sort(
    (a, b) => (alone.gzip.get(b[0]) ?? 0) - (alone.gzip.get(a[0]) ?? 0),
  )) {
    const tag = registerInitial.has(file) ? 'first load' : 'on demand';
    console.log(`\n${file}  ${tag}  ${fmt(alone.gzip.get(file) ?? 0)} B gzip`);
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs).sort(
      (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
    ))
      if (bytesInOutput > 0) console.log(`  ${String(bytesInOutput).padStart(7)}  ${input}`);
  }
}

const over = rows.filter((r) => r.gzip > r.budget).length + (localesInitial.length ? 1 : 0);
if (over) {
  console.error(`\n${over} size budget(s) exceeded (run with --verbose for a breakdown).`);
  process.exit(1);
}
