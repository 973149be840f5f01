// What the second factors besides passkeys share (totp.js, recovery-codes.js, two-factor.js):
// where they live, the handles of pending setups, the limit on code attempts, the wrong-code
// refusal, and the rule that something started without an approval can't be finished once the
// account has a passkey.
import { randomBytes } from 'node:crypto';
import { checkApproval } from './ceremonies.js';
import { HttpError } from './http.js';
import { canonicalAction } from './schemas.js';
import { spend } from './session.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./server.js').Context} Context */
/** @typedef {import('./ceremonies.js').Session} Session */

/** Where the routes live: the fetch adapter's `twoFactorUrl`. */
export const TWO_FACTOR_BASE = '/api/two-factor';

/** A handle for a pending setup or set: 128 random bits. */
export const newPendingId = () => randomBytes(16).toString('base64url');

/**
 * Spends one code attempt (right or wrong, any method) for this address and this account, or
 * refuses with 429 and Retry-After.
 * @param {Context} ctx @param {Req} req @param {string} userId
 */
export function spendCodeAttempt(ctx, req, userId) {
  spend(ctx.config.limits.codeAttempts.address, ctx.config.clientAddress(req));
  spend(ctx.config.limits.codeAttempts.account, userId);
}

/** The refusal of a wrong, malformed, used or unknown code (422 invalid-code). */
export const invalidCode = (message = 'That code is not right. Check it and try again.') =>
  new HttpError(422, 'invalid-code', message);

/**
 * Checks the approval of a second-factor action (the same rules and code as for passkeys).
 * Returns whether it was approved or is inside the recently-confirmed window; false when the
 * account has no active passkey to approve with.
 * @param {Context} ctx @param {Req} req @param {Session} session
 * @param {'totp-setup' | 'totp-remove' | 'recovery-codes'} type @param {unknown} approval
 */
export const approveAction = (ctx, req, session, type, approval) =>
  checkApproval(ctx, req, session, canonicalAction({ type }), approval);

/**
 * Whether something started without an approval (the account had no active passkey then) has
 * been overtaken: the account has one now, so finishing it would bypass approval.
 * @param {Context} ctx @param {{ user_id: string, approved: number }} row
 */
export const overtaken = (ctx, row) =>
  ctx.config.requireApproval && row.approved === 0 && ctx.store.hasActiveCredential(row.user_id);
