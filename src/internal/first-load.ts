/**
 * A bundling aid with no code of its own: the modules that <passkey-register>'s first view
 * shares with its lazy chunks, re-exported by each lazy root (./flow-views.ts and
 * <passkey-qr>, which the handoff loads) and imported by the first view itself (else this
 * module alone would be a chunk: an empty file, and one more round trip on intent).
 *
 * esbuild --splitting puts each module in a chunk by the set of entry points (page and lazy
 * chunks) that reach it. Without this, the first view's shared modules were reached by
 * different sets (Lit by all, the locale code only by the QR, the error codes only by the
 * flow), so the first load was cut into five files and their import/export glue cost about
 * 700 B gzip. Reached by every lazy root, they land in one chunk. Re-exports nothing uses cost
 * nothing: bundlers drop them. `npm run size` gates the result (the README's quick start).
 */
export { checkName } from '../device-name.js';
export { LocaleController } from '../i18n.js';
export { PasskeyAdapterError } from './errors.js';
export { alertIcon } from './icon.js';
export { errorBlock, heading, headingLevel } from './error-block.js';
export {
  PasskeyCancelEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
  PasskeyStepChangeEvent,
} from '../events.js';
