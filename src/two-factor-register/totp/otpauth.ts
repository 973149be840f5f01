/**
 * Checks of what the adapter returns for an authenticator app, before anything is drawn: the key
 * URI (`otpauth://totp/…`, Google's Key URI format) is untrusted input, and a malformed one ends
 * in `invalid-response`, never in a QR code an app would read wrongly. Also the setup and the
 * status around it.
 *
 * The rules, and why:
 * - The URI is printable ASCII, at most 1,024 characters (RFC 3986 has no raw spaces or
 *   controls; the URL parser would silently drop tabs and newlines, so it isn't used).
 * - Scheme `otpauth:` and host `totp` (either case), one path segment (the label), no fragment.
 * - Label `issuer:account` or `account`, percent-decoded: each part 1–128 characters, no control,
 *   format (bidi, zero-width) or separator characters, no colon in the account.
 * - `secret`: base32 in RFC 4648's alphabet (A–Z, 2–7, upper case as the format asks), unpadded
 *   or with exactly the padding RFC 4648 gives its length. At least 128 bits: RFC 4226 (§4, R6),
 *   which RFC 6238 builds on, requires a shared secret of at least 128 bits (and recommends
 *   160). At most 512 bits: the longest key the RFC 6238 reference uses (HMAC-SHA-512), and a
 *   bound on what an app is asked to store.
 * - `algorithm` SHA1, SHA256 or SHA512 (absent: SHA1); `digits` 6 or 8 (absent: 6).
 * - `period` 30 only (absent: 30). Several widely used apps ignore the period and always count
 *   30 seconds, so a key with another period would give codes that never verify.
 * - `issuer`, when the label has one too, must equal it (the format says they should match; a
 *   mismatch means the user can't tell which account the app will show).
 * - A known parameter given twice is refused; unknown parameters are ignored.
 */
import type { TotpSetup } from '../../adapter.js';
import { PasskeyAdapterError } from '../../internal/errors.js';
import { hasVisible } from '../../device-name.js';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** A key URI that passed every check, and what it says. */
export interface OtpauthKey {
  /** The URI as the adapter sent it: what the QR code draws. */
  uri: string;
  issuer?: string;
  account: string;
  /** The secret in base32, upper case, without padding. */
  secret: string;
  algorithm: TotpAlgorithm;
  digits: 6 | 8;
  period: 30;
}

export const URI_MAX = 1024;
export const LABEL_PART_MAX = 128;
export const SECRET_MIN_BITS = 128;
export const SECRET_MAX_BITS = 512;

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
// Lower case only: some apps compare the scheme and type byte for byte.
const SHAPE = /^otpauth:\/\/totp\/([^/?#]*)(?:\?([^#]*))?$/;
// As for device names (../../device-name.ts), plus spaces other than U+0020, which can pass for
// a name's end: a label must read as what it is.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;
const BASE32 = /^[A-Z2-7]+$/;
const KNOWN = ['secret', 'issuer', 'algorithm', 'digits', 'period'];
/** Padding RFC 4648 gives each length of the last quantum (in characters): 8n+2 → 6 '=' … */
const PADDING: Record<number, number> = { 0: 0, 2: 6, 4: 4, 5: 3, 7: 1 };

const invalid = (why: string): never => {
  throw new PasskeyAdapterError('invalid-response', `Authenticator key URI: ${why}`);
};

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return invalid(`${what} is not valid percent-encoding`);
  }
}

function labelPart(value: string, what: string): string {
  if (value.length === 0) invalid(`${what} is empty`);
  if ([...value].length > LABEL_PART_MAX) invalid(`${what} is longer than ${LABEL_PART_MAX}`);
  if (FORBIDDEN.test(value))
    invalid(`${what} has control or format characters, or spaces other than U+0020`);
  if (!hasVisible(value)) invalid(`${what} has no visible character`);
  return value;
}

/** The secret without padding, or why it is not acceptable. */
function secretOf(raw: string): string {
  const unpadded = raw.replace(/=+$/, '');
  if (!BASE32.test(unpadded)) invalid('secret is not base32 (RFC 4648 alphabet)');
  const pad = raw.length - unpadded.length;
  const rest = unpadded.length % 8;
  if (!(rest in PADDING)) invalid('secret has an impossible base32 length');
  if (pad !== 0 && pad !== PADDING[rest]) invalid('secret has the wrong padding');
  const bits = Math.floor((unpadded.length * 5) / 8) * 8;
  if (bits < SECRET_MIN_BITS) invalid(`secret is shorter than ${SECRET_MIN_BITS} bits`);
  if (bits > SECRET_MAX_BITS) invalid(`secret is longer than ${SECRET_MAX_BITS} bits`);
  return unpadded;
}

/** Checks a key URI; throws `PasskeyAdapterError('invalid-response')` saying why when it fails. */
export function parseOtpauth(uri: unknown): OtpauthKey {
  if (typeof uri !== 'string') return invalid('not a string');
  if (uri.length > URI_MAX) invalid(`longer than ${URI_MAX} characters`);
  if (!PRINTABLE_ASCII.test(uri)) invalid('not printable ASCII');
  const shape = SHAPE.exec(uri);
  if (!shape) return invalid('not otpauth://totp/<label>?<parameters>');
  const label = decode(shape[1], 'label');
  const colon = label.indexOf(':');
  const labelIssuer = colon < 0 ? undefined : labelPart(label.slice(0, colon), 'issuer');
  // The format allows spaces after the colon.
  const account = labelPart(label.slice(colon + 1).replace(/^ +/, ''), 'account');
  if (account.includes(':')) invalid('account has a colon');

  const params = new Map<string, string>();
  for (const pair of (shape[2] ?? '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    // `%73ecret` or `SECRET` would be a second secret that some readers take and others don't.
    if (KNOWN.includes(decode(key, 'parameter').toLowerCase()) && !KNOWN.includes(key))
      invalid(`parameter ${key} is not written plainly in lower case`);
    if (!KNOWN.includes(key)) continue;
    if (params.has(key)) invalid(`${key} given twice`);
    params.set(key, decode((eq < 0 ? '' : pair.slice(eq + 1)).replaceAll('+', ' '), key));
  }

  const rawSecret = params.get('secret');
  if (rawSecret === undefined) return invalid('no secret');
  const secret = secretOf(rawSecret);

  const algorithm = params.get('algorithm') ?? 'SHA1';
  if (algorithm !== 'SHA1' && algorithm !== 'SHA256' && algorithm !== 'SHA512')
    invalid('algorithm is not SHA1, SHA256 or SHA512');
  const digits = params.get('digits') ?? '6';
  if (digits !== '6' && digits !== '8') invalid('digits is not 6 or 8');
  if ((params.get('period') ?? '30') !== '30') invalid('period is not 30');

  const param = params.get('issuer');
  const issuer = param === undefined ? labelIssuer : labelPart(param, 'issuer');
  if (param !== undefined && labelIssuer !== undefined && param !== labelIssuer)
    invalid('issuer differs from the label’s');

  return {
    uri,
    ...(issuer === undefined ? {} : { issuer }),
    account,
    secret,
    algorithm: algorithm as TotpAlgorithm,
    digits: Number(digits) as 6 | 8,
    period: 30,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks `startTotp`'s reply; its URI as `parseOtpauth` does. */
export function parseTotpSetup(raw: unknown): { setup: TotpSetup; key: OtpauthKey } {
  if (!isObject(raw)) return invalid('the setup is not an object');
  const { id, uri, expiresAt } = raw;
  if (typeof id !== 'string' || !id || id.length > 512 || !PRINTABLE_ASCII.test(id))
    invalid('the setup has no usable id');
  if (
    typeof expiresAt !== 'string' ||
    expiresAt.length > 64 ||
    !Number.isFinite(Date.parse(expiresAt))
  )
    invalid('the setup has no expiry date');
  const key = parseOtpauth(uri);
  return { setup: { id: id as string, uri: key.uri, expiresAt: expiresAt as string }, key };
}

/** The secret in groups of four, for typing into an app. */
export const groupsOfFour = (secret: string): string[] => secret.match(/.{1,4}/g) ?? [];
