// The second factors besides passkeys: the authenticator app (totp.js) and recovery codes
// (recovery-codes.js), under /api/two-factor, and the sign-in check of either: the demo's
// stand-in for a portal's second-factor step, which the RP tests use.
import { readJson, sendNoContent } from './http.js';
import { recoveryRoutes, useRecoveryCode } from './recovery-codes.js';
import { schemas } from './schemas.js';
import { checkOrigin, currentSession } from './session.js';
import { verifyTotpSignIn, totpRoutes } from './totp.js';
import { invalidCode, spendCodeAttempt, TWO_FACTOR_BASE } from './two-factor-common.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/** @typedef {import('./server.js').Context} Context */

/**
 * Checks a code as a sign-in would: a TOTP code (each accepted once) or a recovery code (each
 * works once). 204 if right; 422 invalid-code if wrong, used, or the method isn't set up.
 * @param {Context} ctx @param {Req} req @param {Res} res
 */
async function postVerify(ctx, req, res) {
  checkOrigin(ctx, req);
  const { user } = currentSession(ctx, req);
  spendCodeAttempt(ctx, req, user.id);
  const { method, code } = await readJson(req, schemas.secondFactor);
  const ok =
    method === 'totp'
      ? verifyTotpSignIn(ctx, user.id, code)
      : await useRecoveryCode(ctx, user.id, code);
  if (!ok) throw invalidCode();
  sendNoContent(res);
}

/** @type {import('./http.js').Route<Context>[]} */
export const twoFactorRoutes = [
  ...totpRoutes,
  ...recoveryRoutes,
  ['POST', `${TWO_FACTOR_BASE}/verify`, postVerify],
];
