/**
 * Validation of everything that crosses into the widget: the adapter's replies (untrusted) and
 * the name the user types. Parsers build fresh objects field by field, so unknown keys such as
 * `__proto__` never reach the rest of the widget.
 */
import { PasskeyAdapterError } from './adapter.js';
import type {
  HandoffDetails,
  HandoffStart,
  PasskeyCredential,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from './adapter.js';

type Json = Record<string, unknown>;

const MAX_TEXT = 1024;
const MAX_EXTENSION_BYTES = 65_536;
const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;

function invalid(what: string): never {
  throw new PasskeyAdapterError('invalid-response', `Malformed server reply: ${what}`);
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, what: string, { min = 0, max = MAX_TEXT } = {}): string {
  if (typeof v !== 'string' || v.length < min || v.length > max) invalid(what);
  return v;
}

function optionalText(v: unknown, what: string): string | undefined {
  return v === undefined || v === null ? undefined : text(v, what);
}

/** Byte length of a base64url string, or -1 when it isn't valid base64url. */
export function base64urlByteLength(v: unknown): number {
  if (typeof v !== 'string' || !B64URL.test(v)) return -1;
  const bare = v.replace(/=+$/, '');
  if (bare.length % 4 === 1) return -1;
  return Math.floor((bare.length * 3) / 4);
}

function b64url(v: unknown, what: string, minBytes: number, maxBytes: number): string {
  const n = base64urlByteLength(v);
  if (n < minBytes || n > maxBytes) invalid(what);
  return v as string;
}

/** The values of residentKey and userVerification. */
const LEVELS = ['discouraged', 'preferred', 'required'] as const;

/**
 * A DOMString member with a list of known values. WebAuthn (L3 §5.4) says unknown values are
 * ignored, and WebIDL turns any JSON value (null, a number) into a string first, so whatever
 * isn't a known value reads as absent.
 */
function known<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(v as T) ? (v as T) : undefined;
}

function stringList(v: unknown, what: string, max = 16): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > max) invalid(what);
  return v.map((t) => text(t, what, { max: 64 }));
}

function plainJson(v: unknown, what: string): Json | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) invalid(what);
  try {
    // A JSON round trip drops functions, getters and prototypes.
    return JSON.parse(JSON.stringify(v)) as Json;
  } catch {
    return invalid(what);
  }
}

const EXT = 'extensions';

/** A PRF input pair: `first` and an optional `second`, base64url. */
function prfValues(v: unknown): void {
  if (!isObject(v)) invalid(EXT);
  b64url(v.first, EXT, 0, MAX_EXTENSION_BYTES);
  if (v.second !== undefined) b64url(v.second, EXT, 0, MAX_EXTENSION_BYTES);
}

/**
 * Extensions in their JSON form (L3 §5.1.8–5.1.10), copied as plain JSON. The members that
 * create()/get() take as bytes (`prf.eval`, `prf.evalByCredential`, `largeBlob.write`) must be
 * base64url; webauthn.ts converts them.
 */
function extensionsJson(v: unknown): Json | undefined {
  const ext = plainJson(v, EXT);
  const { prf, largeBlob } = ext ?? {};
  if (prf !== undefined) {
    if (!isObject(prf)) invalid(EXT);
    if (prf.eval !== undefined) prfValues(prf.eval);
    const byCredential = prf.evalByCredential;
    if (byCredential !== undefined) {
      if (!isObject(byCredential)) invalid(EXT);
      for (const [id, values] of Object.entries(byCredential)) {
        b64url(id, EXT, 1, 1023);
        prfValues(values);
      }
    }
  }
  if (largeBlob !== undefined) {
    if (!isObject(largeBlob)) invalid(EXT);
    if (largeBlob.write !== undefined) b64url(largeBlob.write, EXT, 0, MAX_EXTENSION_BYTES);
  }
  return ext;
}

function descriptors(v: unknown, what: string) {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > 256) invalid(what);
  return v.map((d: unknown) => {
    if (!isObject(d) || d.type !== 'public-key') invalid(what);
    const transports = stringList(d.transports, `${what}.transports`);
    return {
      id: b64url(d.id, `${what}.id`, 1, 1023),
      type: 'public-key' as const,
      ...(transports ? { transports: transports as AuthenticatorTransport[] } : {}),
    };
  });
}

/** True when `rpId` is the page's host or a parent domain of it (what the browser would allow). */
export function rpIdMatchesHost(rpId: string, hostname: string): boolean {
  const id = rpId.toLowerCase();
  const host = hostname.toLowerCase();
  if (id === host) return true;
  // A parent domain needs a dot in it ("com" alone is never acceptable) and a host that is a name.
  return id.includes('.') && !/^[\d.]+$|:/.test(host) && host.endsWith(`.${id}`);
}

function timeout(v: unknown, what: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 3_600_000) invalid(what);
  return v;
}

/** Validates creation options from the adapter; throws `invalid-response` when malformed. */
export function parseCreationOptions(
  value: unknown,
  hostname: string,
): PublicKeyCredentialCreationOptionsJSON {
  if (!isObject(value)) invalid('options are not an object');
  const { rp, user, pubKeyCredParams: params, authenticatorSelection: sel } = value;
  if (!isObject(rp)) invalid('rp');
  const rpId = optionalText(rp.id, 'rp.id');
  if (rpId !== undefined && !rpIdMatchesHost(rpId, hostname))
    invalid('rp.id does not match this site');
  if (!isObject(user)) invalid('user');
  if (!Array.isArray(params) || params.length > 32) invalid('pubKeyCredParams');
  // §5.1.3: entries of a type the client doesn't know are skipped; an empty list means the
  // client's defaults, ES256 and RS256. A list of unknown types only can't be met.
  const algs = params.flatMap((p: unknown) => {
    if (!isObject(p) || typeof p.type !== 'string' || !Number.isInteger(p.alg))
      invalid('pubKeyCredParams');
    return p.type === 'public-key' ? [{ type: 'public-key' as const, alg: p.alg as number }] : [];
  });
  if (params.length && !algs.length) invalid('pubKeyCredParams');
  if (sel !== undefined && !isObject(sel)) invalid('authenticatorSelection');
  const out: PublicKeyCredentialCreationOptionsJSON = {
    rp: { name: text(rp.name, 'rp.name'), ...(rpId ? { id: rpId } : {}) },
    user: {
      id: b64url(user.id, 'user.id', 1, 64),
      name: text(user.name, 'user.name'),
      displayName: text(user.displayName, 'user.displayName'),
    },
    challenge: b64url(value.challenge, 'challenge', 16, 1024),
    pubKeyCredParams: params.length
      ? algs
      : [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
  };
  const t = timeout(value.timeout, 'timeout');
  if (t !== undefined) out.timeout = t;
  const exclude = descriptors(value.excludeCredentials, 'excludeCredentials');
  if (exclude) out.excludeCredentials = exclude;
  if (sel) {
    out.authenticatorSelection = {};
    const s = out.authenticatorSelection;
    const attachment = known(sel.authenticatorAttachment, ['platform', 'cross-platform']);
    const rk = known(sel.residentKey, LEVELS);
    const uv = known(sel.userVerification, LEVELS);
    if (attachment) s.authenticatorAttachment = attachment;
    if (rk) s.residentKey = rk;
    if (uv) s.userVerification = uv;
    if (sel.requireResidentKey !== undefined) {
      if (typeof sel.requireResidentKey !== 'boolean') invalid('requireResidentKey');
      s.requireResidentKey = sel.requireResidentKey;
    }
  }
  const attestation = known(value.attestation, ['none', 'indirect', 'direct', 'enterprise']);
  if (attestation) out.attestation = attestation;
  // L3 members the client hands on as they are.
  const formats = stringList(value.attestationFormats, 'attestationFormats', 32);
  if (formats)
    out.attestationFormats =
      formats as PublicKeyCredentialCreationOptionsJSON['attestationFormats'];
  const hints = stringList(value.hints, 'hints', 8);
  if (hints) out.hints = hints as PublicKeyCredentialCreationOptionsJSON['hints'];
  const extensions = extensionsJson(value.extensions);
  if (extensions) out.extensions = extensions;
  return out;
}

/** Validates request (assertion) options from the adapter. */
export function parseRequestOptions(
  value: unknown,
  hostname: string,
): PublicKeyCredentialRequestOptionsJSON {
  if (!isObject(value)) invalid('request options are not an object');
  const rpId = optionalText(value.rpId, 'rpId');
  if (rpId !== undefined && !rpIdMatchesHost(rpId, hostname))
    invalid('rpId does not match this site');
  const out: PublicKeyCredentialRequestOptionsJSON = {
    challenge: b64url(value.challenge, 'challenge', 16, 1024),
  };
  if (rpId) out.rpId = rpId;
  const t = timeout(value.timeout, 'timeout');
  if (t !== undefined) out.timeout = t;
  const allow = descriptors(value.allowCredentials, 'allowCredentials');
  if (allow) out.allowCredentials = allow;
  const uv = known(value.userVerification, LEVELS);
  if (uv) out.userVerification = uv;
  const hints = stringList(value.hints, 'hints', 8);
  if (hints) out.hints = hints as PublicKeyCredentialRequestOptionsJSON['hints'];
  const extensions = extensionsJson(value.extensions);
  if (extensions) out.extensions = extensions;
  return out;
}

function isoDate(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.length > 64 || Number.isNaN(Date.parse(v))) invalid(what);
  return v;
}

/** Validates a stored credential returned by the adapter. */
export function parseCredential(value: unknown): PasskeyCredential {
  if (!isObject(value)) invalid('credential is not an object');
  if (typeof value.active !== 'boolean') invalid('credential.active');
  const out: PasskeyCredential = {
    id: b64url(value.id, 'credential.id', 1, 1023),
    name: text(value.name, 'credential.name', { min: 1, max: 256 }),
    createdAt: isoDate(value.createdAt, 'credential.createdAt'),
    active: value.active,
  };
  if (value.lastUsedAt !== undefined && value.lastUsedAt !== null) {
    out.lastUsedAt = isoDate(value.lastUsedAt, 'credential.lastUsedAt');
  }
  if (value.provider !== undefined && value.provider !== null) {
    const p = value.provider;
    if (!isObject(p)) invalid('credential.provider');
    out.provider = { name: text(p.name, 'credential.provider.name', { min: 1, max: 128 }) };
    // Only inline images: a remote URL would let a server make the page fetch from anywhere.
    const icon = p.icon;
    if (
      typeof icon === 'string' &&
      /^data:image\/(svg\+xml|png|webp);base64,/.test(icon) &&
      icon.length < 100_000
    ) {
      out.provider.icon = icon;
    }
  }
  if (value.backedUp !== undefined) {
    if (typeof value.backedUp !== 'boolean') invalid('credential.backedUp');
    out.backedUp = value.backedUp;
  }
  const transports = stringList(value.transports, 'credential.transports');
  if (transports) out.transports = transports;
  if (typeof value.aaguid === 'string' && /^[0-9a-f-]{36}$/i.test(value.aaguid)) {
    out.aaguid = value.aaguid.toLowerCase();
  }
  return out;
}

/** Validates the adapter's credential list. */
export function parseCredentialList(value: unknown): PasskeyCredential[] {
  if (!Array.isArray(value) || value.length > 1000) invalid('credential list');
  return value.map(parseCredential);
}

/** Validates a started handoff: its link must be an http(s) URL (never `javascript:` and the like). */
export function parseHandoffStart(value: unknown): HandoffStart {
  if (!isObject(value)) invalid('handoff is not an object');
  const url = text(value.url, 'handoff.url', { min: 1, max: 2048 });
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    invalid('handoff.url');
  }
  if (protocol !== 'https:' && protocol !== 'http:') invalid('handoff.url');
  return {
    id: text(value.id, 'handoff.id', { min: 1, max: 256 }),
    url,
    expiresAt: isoDate(value.expiresAt, 'handoff.expiresAt'),
  };
}

/** Validates what the phone shows about a handoff. */
export function parseHandoffDetails(value: unknown): HandoffDetails {
  if (!isObject(value) || !isObject(value.account)) invalid('handoff details');
  const displayName = optionalText(value.account.displayName, 'handoff.account.displayName');
  return {
    account: {
      name: text(value.account.name, 'handoff.account.name', { min: 1, max: 256 }),
      ...(displayName ? { displayName } : {}),
    },
    name: text(value.name, 'handoff.name', { min: 1, max: 256 }),
    expiresAt: isoDate(value.expiresAt, 'handoff.expiresAt'),
  };
}

// The naming rules live with the name suggestion, so the first view needs no validator.
export { NAME_MAX, checkName } from './device-name.js';
export type { NameProblem } from './device-name.js';
