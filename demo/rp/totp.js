// The authenticator app (RFC 6238 TOTP): status, setup (a new secret and its key URI), verify
// (the first code stores the app), remove; and the sign-in check of a code.
//
// The TOTP arithmetic is otpauth's (https://github.com/hectorm/otpauth), not ours. Why otpauth
// rather than otplib 13: on Node it has no runtime dependency at all (its Node build uses
// node:crypto's HMAC and timingSafeEqual; @noble/hashes is only for browsers), against otplib's
// six @otplib/* packages plus noble and scure; one maintainer has kept it current since 2015;
// it implements RFC 4226/6238 with SHA-1, SHA-256 and SHA-512 (test/rp/totp.test.ts checks it
// against RFC 6238 Appendix B), and writes Google's Key URI format. The secret comes from
// node:crypto, and the ±1 step window and the replay rule are ours (below).
//
// What the app is told: SHA-1, 6 digits, 30 s, the only parameters every authenticator app
// honours (Google Authenticator long ignored the others).
import { HOTP, Secret, TOTP } from 'otpauth';
import { randomBytes } from 'node:crypto';
import { HttpError, readJson, send, sendNoContent } from './http.js';
import { PENDING_ID, schemas } from './schemas.js';
import { checkOrigin, currentSession } from './session.js';
import {
  approveAction,
  invalidCode,
  newPendingId,
  overtaken,
  spendCodeAttempt,
  TWO_FACTOR_BASE,
} from './two-factor-common.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/** @typedef {import('./server.js').Context} Context */

export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD = 30;
/** Bytes of secret: 160 bits, RFC 4226's recommendation (and SHA-1's block-size sweet spot). */
export const TOTP_SECRET_BYTES = 20;
/** Steps accepted either side of now: one, for clock drift and typing time (RFC 6238 §5.2). */
export const TOTP_WINDOW = 1;

/** The RFC 6238 time step at `ms`. @param {number} ms */
export const timeStep = (ms) => TOTP.counter({ period: TOTP_PERIOD, timestamp: ms });

/**
 * The code for a secret at a time, with any RFC 6238 parameters (for the RFC's test vectors).
 * @param {{ secret: Uint8Array, algorithm: 'SHA1' | 'SHA256' | 'SHA512', digits: number,
 *   period?: number, timestamp: number }} p
 */
export const totpCode = ({ secret, algorithm, digits, period = TOTP_PERIOD, timestamp }) =>
  TOTP.generate({
    secret: Secret.fromHex(Buffer.from(secret).toString('hex')),
    algorithm,
    digits,
    period,
    timestamp,
  });

/**
 * The time step a code is for, if it is right for one within the window and newer than
 * `lastStep` (a code is accepted once: never for a step at or before the last accepted one).
 * @param {string} base32 the secret @param {string} code as typed @param {number} lastStep
 * @returns {number | undefined}
 */
export function matchingStep(base32, code, lastStep) {
  const token = code.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(token) || token.length !== TOTP_DIGITS) return undefined;
  const secret = Secret.fromBase32(base32);
  const now = timeStep(Date.now());
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    if (step <= lastStep) continue;
    // HOTP.validate compares in constant time (node:crypto's timingSafeEqual).
    const ok = HOTP.validate({
      token,
      secret,
      algorithm: TOTP_ALGORITHM,
      digits: TOTP_DIGITS,
      counter: step,
      window: 0,
    });
    if (ok === 0) return step;
  }
  return undefined;
}

/**
 * Checks a sign-in code against the user's app, accepting its step once. The caller has spent a
 * code attempt.
 * @param {Context} ctx @param {string} userId @param {string} code @returns {boolean}
 */
export function verifyTotpSignIn(ctx, userId, code) {
  const app = ctx.store.totp(userId);
  if (!app) return false;
  const step = matchingStep(app.secret, code, app.last_step);
  // acceptTotpStep moves last_step on only if no concurrent request took this step first.
  return step !== undefined && ctx.store.acceptTotpStep(userId, step);
}

/** The status the widget reads. @param {Context} ctx @param {string} userId */
function status(ctx, userId) {
  const app = ctx.store.totp(userId);
  if (!app) return { configured: false };
  return { configured: true, ...(app.name ? { name: app.name } : {}), createdAt: app.created_at };
}

const alreadySetUp = () =>
  new HttpError(409, 'conflict', 'An authenticator app is already set up. Remove it first.');

/** @param {Context} ctx @param {Req} req @param {Res} res */
async function getTotp(ctx, req, res) {
  const { user } = currentSession(ctx, req);
  send(res, 200, status(ctx, user.id));
}

/**
 * Starts a setup: a new secret, kept pending (replacing any earlier setup) until a code from it
 * verifies. Approved when the account has an active passkey.
 * @param {Context} ctx @param {Req} req @param {Res} res
 */
async function postSetup(ctx, req, res) {
  checkOrigin(ctx, req);
  const session = currentSession(ctx, req);
  const { user } = session;
  const body = await readJson(req, schemas.totpSetup, { optional: true });
  // Refused before the approval is used up.
  if (ctx.store.totp(user.id)) throw alreadySetUp();
  const approved = await approveAction(ctx, req, session, 'totp-setup', body.approval);
  const secret = Secret.fromHex(randomBytes(TOTP_SECRET_BYTES).toString('hex'));
  const id = newPendingId();
  const expiresAt = Date.now() + ctx.config.twoFactorSetupTtlMs;
  if (
    !ctx.store.createTotpSetup({ id, userId: user.id, secret: secret.base32, expiresAt, approved })
  )
    throw alreadySetUp();
  const uri = new TOTP({
    issuer: ctx.config.rpName,
    label: user.name,
    secret,
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
  }).toString();
  send(res, 201, { id, uri, expiresAt: new Date(expiresAt).toISOString() });
}

/**
 * Checks the first code from the app; if right, the setup becomes the user's app.
 * @param {Context} ctx @param {Req} req @param {Res} res
 */
async function postVerify(ctx, req, res) {
  checkOrigin(ctx, req);
  const { user } = currentSession(ctx, req);
  spendCodeAttempt(ctx, req, user.id);
  const { id, code, name } = await readJson(req, schemas.totpVerify);
  const setup = PENDING_ID.test(id) ? ctx.store.totpSetup(id) : undefined;
  const gone = new HttpError(
    410,
    'expired',
    'This setup has expired or was replaced. Start again to get a new QR code.',
  );
  if (!setup || setup.user_id !== user.id || setup.expires_at <= Date.now()) throw gone;
  if (ctx.store.totp(user.id)) throw alreadySetUp();
  // Started without an approval, and the account has a passkey now: start again (approved).
  if (overtaken(ctx, setup)) {
    ctx.store.deleteTotpSetup(id);
    throw gone;
  }
  const step = matchingStep(setup.secret, code, -1);
  if (step === undefined) throw invalidCode();
  const added = ctx.store.completeTotpSetup(id, user.id, name || null, step);
  if (added === 'exists') throw alreadySetUp();
  if (added === 'gone') throw gone;
  send(res, 200, status(ctx, user.id));
}

/**
 * Removes the app (approved when required). Nothing to remove is no error: the end state holds.
 * @param {Context} ctx @param {Req} req @param {Res} res
 */
async function deleteTotp(ctx, req, res) {
  checkOrigin(ctx, req);
  const session = currentSession(ctx, req);
  const body = await readJson(req, schemas.totpRemove, { optional: true });
  if (!ctx.store.totp(session.user.id)) return sendNoContent(res);
  await approveAction(ctx, req, session, 'totp-remove', body.approval);
  ctx.store.removeTotp(session.user.id);
  sendNoContent(res);
}

/** @type {import('./http.js').Route<Context>[]} */
export const totpRoutes = [
  ['GET', `${TWO_FACTOR_BASE}/totp`, getTotp],
  ['POST', `${TWO_FACTOR_BASE}/totp/setup`, postSetup],
  ['POST', `${TWO_FACTOR_BASE}/totp/verify`, postVerify],
  ['DELETE', `${TWO_FACTOR_BASE}/totp`, deleteTotp],
];
