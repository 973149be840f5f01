// Cross-device handoff: the desktop's signed-in session makes a short-lived link for the phone
// to register one passkey for its user. Desktop: start, wait (long poll), cancel. Phone (the
// token is its only authority): details, decline, registration options and verify.
// A link is pending until it is completed, declined, cancelled (by the desktop, or by a newer
// link of the same user) or expires. The phone's passkey is verified first, then stored and the
// link completed in one transaction: a crash in between leaves the link pending, not stuck.
import { randomBytes } from 'node:crypto';
import {
  checkApproval,
  registrationOptions,
  toCredentialJSON,
  verifyNewCredential,
} from './ceremonies.js';
import { errorBody, HttpError, readJson, send, sendNoContent } from './http.js';
import { canonicalAction, LINK_CODES, LINK_INVALID, schemas } from './schemas.js';
import { checkOrigin, currentSession, hash, site, spend, tooMany } from './session.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/** @typedef {import('./server.js').Context} Context */
/** @typedef {import('./store.js').HandoffRow} HandoffRow */

const BASE64URL = /^[A-Za-z0-9_-]{1,128}$/;
const SCAN_AGAIN = 'Show a new QR code on your computer and scan it again.';

/** Long polls and who waits on what; one per relying party, kept in its context. */
export function createHandoffState() {
  return {
    /** A handoff's ID → a wake-up call per waiting desktop request. */
    waiters: /** @type {Map<string, Set<(final?: boolean) => void>>} */ (new Map()),
    /** A session's token hash → how many long polls it holds now. */
    polls: /** @type {Map<string, number>} */ (new Map()),
    closed: false,
  };
}

/** Wakes the desktops waiting on these handoffs. @param {Context} ctx @param {string[]} ids */
function notify(ctx, ...ids) {
  for (const id of ids) for (const wake of [...(ctx.handoffs.waiters.get(id) ?? [])]) wake();
}

/**
 * Whether a link made without an approval (the account had no active passkey then) has been
 * overtaken: the account has one now, so the link would bypass approval.
 * @param {Context} ctx @param {HandoffRow} row
 */
const overtaken = (ctx, row) =>
  ctx.config.requireApproval && row.approved === 0 && ctx.store.hasActiveCredential(row.user_id);

/**
 * Why the phone can't use this link now, as the error to throw, if it can't.
 * @param {Context} ctx @param {HandoffRow} row
 */
function unusable(ctx, row) {
  if (row.status === 'declined')
    return new HttpError(409, 'declined', 'This request was declined on the phone.');
  if (row.status === 'completed')
    return new HttpError(
      409,
      LINK_CODES.used,
      `This link has already been used to add a passkey. To add another, ${SCAN_AGAIN.toLowerCase()}`,
    );
  if (row.status === 'cancelled')
    return new HttpError(410, LINK_CODES.invalid, `This link was cancelled. ${SCAN_AGAIN}`);
  if (row.expires_at <= Date.now())
    return new HttpError(410, LINK_CODES.invalid, `This link has expired. ${SCAN_AGAIN}`);
  if (overtaken(ctx, row))
    return new HttpError(
      403,
      LINK_CODES.invalid,
      `This link was made before the account had a passkey. ${SCAN_AGAIN}`,
    );
  return undefined;
}

/**
 * The handoff a phone's token names, if it may still be used, and its user.
 * @param {Context} ctx @param {string} token
 */
function usableHandoff(ctx, token) {
  const row = BASE64URL.test(token) ? ctx.store.handoffByToken(hash(token)) : undefined;
  const user = row && ctx.store.user(row.user_id);
  if (!row || !user) throw new HttpError(400, LINK_CODES.invalid, LINK_INVALID);
  const refused = unusable(ctx, row);
  if (refused) throw refused;
  return { handoff: row, user };
}

/** Throws why the link is no longer usable, re-read after a conditional write lost. */
function refuseNow(/** @type {Context} */ ctx, /** @type {string} */ id) {
  const row = ctx.store.handoff(id);
  throw (row && unusable(ctx, row)) ?? new HttpError(400, LINK_CODES.invalid, LINK_INVALID);
}

/**
 * What a waiting desktop is told about a handoff now, or undefined while it's still open.
 * @param {Context} ctx @param {HandoffRow | undefined} row
 * @returns {{ status: number, body: unknown } | undefined}
 */
function outcome(ctx, row) {
  const error = (/** @type {number} */ status, /** @type {string} */ code, message = '') => ({
    status,
    body: errorBody(code, message),
  });
  if (!row) return error(404, 'rejected', 'No such handoff.');
  if (row.status === 'completed') {
    const credential = row.credential_id ? ctx.store.credential(row.credential_id) : undefined;
    return credential
      ? { status: 200, body: toCredentialJSON(credential) }
      : error(404, 'rejected', 'The passkey from this handoff no longer exists.');
  }
  if (row.status === 'declined') return error(409, 'declined', 'Declined on the phone.');
  if (row.status === 'cancelled')
    return error(410, LINK_CODES.invalid, 'The QR code was cancelled.');
  if (row.expires_at <= Date.now()) return error(410, 'expired', 'The QR code expired.');
  if (overtaken(ctx, row))
    return error(410, LINK_CODES.invalid, 'The account has a passkey now: make a new QR code.');
  return undefined;
}

/** Desktop: starts a handoff, cancelling this user's other pending ones. */
async function startHandoff(
  /** @type {Context} */ ctx,
  /** @type {Req} */ req,
  /** @type {Res} */ res,
) {
  checkOrigin(ctx, req);
  spend(ctx.config.limits.handoffs.address, ctx.config.clientAddress(req));
  const session = currentSession(ctx, req);
  const { user } = session;
  spend(ctx.config.limits.handoffs.account, user.id);
  const { name, approval } = await readJson(req, schemas.handoffStart);
  // Approved here, on the signed-in desktop: the phone's token then carries that approval.
  const approved = await checkApproval(
    ctx,
    req,
    session,
    canonicalAction({ type: 'register', name }),
    approval,
  );
  const token = randomBytes(32).toString('base64url');
  const id = randomBytes(16).toString('base64url');
  const expiresAt = Date.now() + ctx.config.handoffTtlMs;
  const cancelled = ctx.store.createHandoff({
    id,
    tokenHash: hash(token),
    userId: user.id,
    name,
    approved,
    expiresAt,
  });
  notify(ctx, ...cancelled);
  // The token rides in the fragment, so it never reaches a server log or a Referer header.
  const url = `${site(ctx, req).origin}${ctx.config.handoffPath}#${token}`;
  send(res, 201, { id, url, expiresAt: new Date(expiresAt).toISOString() });
}

/** The desktop user's own handoff with this ID, or a 404. */
function ownHandoff(/** @type {Context} */ ctx, /** @type {Req} */ req, /** @type {string} */ id) {
  const session = currentSession(ctx, req);
  const row = BASE64URL.test(id) ? ctx.store.handoff(id) : undefined;
  if (!row || row.user_id !== session.user.id)
    throw new HttpError(404, 'rejected', 'No such handoff.');
  return { session, row };
}

/**
 * Desktop: the link is dead from now on (Cancel, New code, the element removed). 204 also when
 * it already was (declined, expired, cancelled); 409 link-used if the phone completed it.
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} id
 */
async function cancelHandoff(ctx, req, res, id) {
  checkOrigin(ctx, req);
  const { row } = ownHandoff(ctx, req, id);
  if (row.status === 'completed') throw /** @type {HttpError} */ (unusable(ctx, row));
  if (ctx.store.cancelHandoff(id)) notify(ctx, id);
  else if (ctx.store.handoff(id)?.status === 'completed') refuseNow(ctx, id);
  sendNoContent(res);
}

/**
 * Desktop: long poll until the phone completes or declines the handoff, it is cancelled or
 * expires, or `handoffPollMs` pass (202: poll again). Nothing outlives the request.
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} id
 */
async function waitForHandoff(ctx, req, res, id) {
  const { session, row } = ownHandoff(ctx, req, id);
  const ready = outcome(ctx, row);
  if (ready) return send(res, ready.status, ready.body);
  const { waiters, polls } = ctx.handoffs;
  const held = polls.get(session.sessionHash) ?? 0;
  if (held >= ctx.config.limits.longPollsPerSession)
    tooMany(Math.max(1, Math.ceil(ctx.config.handoffPollMs / 1000)));
  polls.set(session.sessionHash, held + 1);

  const set = waiters.get(id) ?? new Set();
  waiters.set(id, set);
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let dropped = false;
  const drop = () => {
    if (dropped) return;
    dropped = true;
    clearTimeout(timer);
    set.delete(wake);
    if (set.size === 0 && waiters.get(id) === set) waiters.delete(id);
    const n = (polls.get(session.sessionHash) ?? 1) - 1;
    if (n > 0) polls.set(session.sessionHash, n);
    else polls.delete(session.sessionHash);
    res.off('close', drop);
  };
  /** Re-reads the handoff; replies if it's decided, or anyway when `final` (end of the wait). */
  const wake = (final = false) => {
    if (res.writableEnded || res.destroyed) return drop();
    /** @type {{ status: number, body: unknown } | undefined} */
    let answer;
    try {
      answer = ctx.handoffs.closed ? undefined : outcome(ctx, ctx.store.handoff(id));
    } catch (err) {
      ctx.config.log('[rp]', err);
      answer = { status: 500, body: errorBody('server', 'Internal error.') };
    }
    if (!answer && !final && !ctx.handoffs.closed) return;
    drop();
    answer ??= { status: 202, body: { status: 'pending' } };
    send(res, answer.status, answer.body);
  };
  set.add(wake);
  // The response's 'close' also fires when the client goes away early (unlike the request's
  // 'close', which may fire as soon as the request has been read).
  res.on('close', drop);
  // The wait ends at the poll window or the handoff's expiry (+ a little), whichever is first.
  const untilExpiry = row.expires_at - Date.now() + 5;
  timer = setTimeout(
    () => wake(true),
    Math.max(0, Math.min(ctx.config.handoffPollMs, untilExpiry)),
  );
}

/** Phone: what it is about to do, so the user can check the account (or decline). */
async function handoffDetails(
  /** @type {Context} */ ctx,
  /** @type {Req} */ req,
  /** @type {Res} */ res,
) {
  checkOrigin(ctx, req);
  const { token } = await readJson(req, schemas.handoffToken);
  const { handoff, user } = usableHandoff(ctx, token);
  send(res, 200, {
    account: { name: user.name, displayName: user.display_name },
    name: handoff.name,
    expiresAt: new Date(handoff.expires_at).toISOString(),
  });
}

/** Phone: "this isn't me": the link is dead and the desktop is told. */
async function declineHandoff(
  /** @type {Context} */ ctx,
  /** @type {Req} */ req,
  /** @type {Res} */ res,
) {
  checkOrigin(ctx, req);
  const { token } = await readJson(req, schemas.handoffToken);
  const { handoff } = usableHandoff(ctx, token);
  if (!ctx.store.declineHandoff(handoff.id)) refuseNow(ctx, handoff.id);
  notify(ctx, handoff.id);
  sendNoContent(res);
}

/**
 * Phone: creation options for the handoff's user, under the name the desktop chose. The
 * challenge can only be verified through this same handoff.
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} token
 */
export async function handoffRegistrationOptions(ctx, req, res, token) {
  const { handoff, user } = usableHandoff(ctx, token);
  spend(ctx.config.limits.registrationOptions.account, user.id);
  send(res, 200, await registrationOptions(ctx, req, user, `handoff:${handoff.id}`));
}

/**
 * Phone: verifies its new passkey, then stores it under the desktop's name and completes the
 * link in one transaction, which re-checks that the link is still pending and unexpired (and,
 * for a link made without approval, that the account still has no active passkey).
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} token
 * @param {import('@simplewebauthn/server').RegistrationResponseJSON} response
 */
export async function verifyHandoffRegistration(ctx, req, res, token, response) {
  const { handoff, user } = usableHandoff(ctx, token);
  const row = await verifyNewCredential(
    ctx,
    req,
    user,
    handoff.name,
    response,
    `handoff:${handoff.id}`,
  );
  const done = ctx.store.completeHandoff(handoff.id, row, {
    onlyIfNoActive: ctx.config.requireApproval && handoff.approved === 0,
  });
  if (done === 'exists')
    throw new HttpError(409, 'conflict', 'This passkey is already registered.');
  if (done !== 'completed') refuseNow(ctx, handoff.id);
  notify(ctx, handoff.id);
  send(res, 201, toCredentialJSON({ ...row, active: 1, last_used_at: null }));
}

/** @type {import('./http.js').Route<Context>[]} */
export const handoffRoutes = [
  ['POST', '/api/passkeys/handoff', startHandoff],
  ['POST', '/api/passkeys/handoff/details', handoffDetails],
  ['POST', '/api/passkeys/handoff/decline', declineHandoff],
  ['GET', /^\/api\/passkeys\/handoff\/([^/]+)\/wait$/, waitForHandoff],
  ['POST', /^\/api\/passkeys\/handoff\/([^/]+)\/cancel$/, cancelHandoff],
];
