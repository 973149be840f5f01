// Recovery codes: status (counts only), generate (a pending set, shown once), confirm (the set
// replaces the old one), and the sign-in check of a code (each one works once).
//
// A code is 10 characters of Crockford's base32 (digits and lowercase letters without i, l, o,
// u), shown as two groups of five: 50 bits from the CSPRNG. Online, the code-attempt limit makes
// guessing hopeless; offline, against the stored hashes, 2^50 scrypt evaluations are out of
// reach. The alphabet has no look-alikes, and input is forgiving as Crockford's is: any case,
// spaces and hyphens ignored, i and l read as 1, o as 0. Groups of five are easy to read out and
// to copy by hand.
//
// Only scrypt hashes are stored (node:crypto; N = 2^14, r = 8, p = 1; the parameters are kept
// with each set so they can be raised later). One salt per set, not per code: the salt's job is
// to make every set's hashes unique, so no table computed ahead works against two sets; within
// a set the codes are distinct random values anyway. With one salt, checking a code costs one
// scrypt (then a constant-time comparison with each unused hash), not ten; a stolen set is then
// ten targets per guess instead of one, which leaves 2^46.7 evaluations: still out of reach.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { HttpError, readJson, send } from './http.js';
import { PENDING_ID, schemas } from './schemas.js';
import { checkOrigin, currentSession, spend } from './session.js';
import { approveAction, newPendingId, overtaken, TWO_FACTOR_BASE } from './two-factor-common.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/** @typedef {import('./server.js').Context} Context */

export const RECOVERY_CODE_COUNT = 10;
const CODE_LENGTH = 10;
/** Crockford's base32, lowercase: 32 symbols, so a random byte's low 5 bits pick one evenly. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const SCRYPT_PARAMS = { N: 2 ** 14, r: 8, p: 1 };
const HASH_BYTES = 32;

const scryptAsync =
  /** @type {(password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>} */ (
    promisify(scrypt)
  );

/** One new code, `xxxxx-xxxxx`. */
function newCode() {
  const chars = [...randomBytes(CODE_LENGTH)].map((b) => ALPHABET[b & 31]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/**
 * A typed code in its canonical form (what is hashed), or undefined if it can't be one.
 * @param {string} typed
 */
export function canonicalCode(typed) {
  const code = typed.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  if (code.length !== CODE_LENGTH) return undefined;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}

/**
 * The scrypt hash of a canonical code (base64url). Asynchronous: it runs on libuv's thread pool.
 * @param {string} code @param {Buffer} salt @param {typeof SCRYPT_PARAMS} params
 */
async function hashCode(code, salt, params) {
  return (await scryptAsync(code, salt, HASH_BYTES, params)).toString('base64url');
}

/** The status the widget reads: counts, never codes. @param {Context} ctx @param {string} userId */
function status(ctx, userId) {
  const set = ctx.store.activeRecoverySet(userId);
  if (!set) return { configured: false, remaining: 0, total: 0 };
  return {
    configured: true,
    remaining: ctx.store.unusedRecoveryHashes(set.id).length,
    total: set.total,
    ...(set.confirmed_at ? { createdAt: set.confirmed_at } : {}),
  };
}

/**
 * Checks a sign-in recovery code against the user's set in force, and spends it. The caller has
 * spent a code attempt.
 * @param {Context} ctx @param {string} userId @param {string} typed @returns {Promise<boolean>}
 */
export async function useRecoveryCode(ctx, userId, typed) {
  const set = ctx.store.activeRecoverySet(userId);
  const code = canonicalCode(typed);
  if (!set || code === undefined) return false;
  const candidate = Buffer.from(
    await hashCode(code, Buffer.from(set.salt, 'base64url'), JSON.parse(set.params)),
    'base64url',
  );
  /** @type {string | undefined} */
  let match;
  // Every unused hash is compared, each in constant time, whether or not one matched already.
  for (const stored of ctx.store.unusedRecoveryHashes(set.id)) {
    const same = timingSafeEqual(candidate, Buffer.from(stored, 'base64url'));
    if (same) match = stored;
  }
  // useRecoveryCode marks it used only if it still is unused (two requests can't both spend it).
  return match !== undefined && ctx.store.useRecoveryCode(set.id, match);
}

/** @param {Context} ctx @param {Req} req @param {Res} res */
async function getRecoveryCodes(ctx, req, res) {
  const { user } = currentSession(ctx, req);
  send(res, 200, status(ctx, user.id));
}

/**
 * Generates a set: pending, shown once in this reply, stored only as hashes. The old set stays
 * in force until this one is confirmed. Approved when the account has an active passkey.
 * @param {Context} ctx @param {Req} req @param {Res} res
 */
async function postRecoveryCodes(ctx, req, res) {
  checkOrigin(ctx, req);
  spend(ctx.config.limits.recoveryCodes.address, ctx.config.clientAddress(req));
  const session = currentSession(ctx, req);
  spend(ctx.config.limits.recoveryCodes.account, session.user.id);
  const body = await readJson(req, schemas.recoveryCodes, { optional: true });
  const approved = await approveAction(ctx, req, session, 'recovery-codes', body.approval);
  const codes = new Set();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newCode());
  const salt = randomBytes(16);
  const hashes = await Promise.all(
    [...codes].map((c) => hashCode(/** @type {string} */ (canonicalCode(c)), salt, SCRYPT_PARAMS)),
  );
  const id = newPendingId();
  const expiresAt = Date.now() + ctx.config.twoFactorSetupTtlMs;
  ctx.store.createRecoverySet({
    id,
    userId: session.user.id,
    salt: salt.toString('base64url'),
    params: JSON.stringify(SCRYPT_PARAMS),
    hashes,
    expiresAt,
    approved,
  });
  send(res, 201, { id, codes: [...codes], expiresAt: new Date(expiresAt).toISOString() });
}

/**
 * The user has saved the set: it goes into force, and the old set (every code of it) is gone,
 * in one transaction.
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} id
 */
async function postConfirm(ctx, req, res, id) {
  checkOrigin(ctx, req);
  const { user } = currentSession(ctx, req);
  await readJson(req, schemas.recoveryConfirm, { optional: true });
  // Unknown, another user's, expired, replaced by a newer one, confirmed already, or made
  // without an approval before the account had a passkey: generate again.
  const result = PENDING_ID.test(id)
    ? ctx.store.confirmRecoverySet(id, user.id, (set) => !overtaken(ctx, set))
    : 'gone';
  if (result === 'gone')
    throw new HttpError(
      410,
      'expired',
      'These recovery codes have expired or were replaced. Generate new ones.',
    );
  send(res, 200, status(ctx, user.id));
}

/** @type {import('./http.js').Route<Context>[]} */
export const recoveryRoutes = [
  ['GET', `${TWO_FACTOR_BASE}/recovery-codes`, getRecoveryCodes],
  ['POST', `${TWO_FACTOR_BASE}/recovery-codes`, postRecoveryCodes],
  ['POST', /^\/api\/two-factor\/recovery-codes\/([^/]+)\/confirm$/, postConfirm],
];
