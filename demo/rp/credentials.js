// The signed-in user's passkeys: registration (options and verify, handing the phone's to the
// handoff module), approval options, the list, rename, turn on/off and delete.
import {
  approvalOptions,
  checkApproval,
  registrationOptions,
  toCredentialJSON,
  verifyNewCredential,
} from './ceremonies.js';
import { handoffRegistrationOptions, verifyHandoffRegistration } from './handoff.js';
import { HttpError, readJson, send, sendNoContent } from './http.js';
import { canonicalAction, isCredentialId, NAME_INVALID, schemas } from './schemas.js';
import { checkOrigin, currentSession, spend } from './session.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/** @typedef {import('./server.js').Context} Context */
/** @typedef {import('./schemas.js').Action} Action */

/** The schema-checked response, as the library types it. @param {unknown} response */
const asResponse = (response) =>
  /** @type {import('@simplewebauthn/server').RegistrationResponseJSON} */ (response);

/** @param {'missing' | 'last-active' | undefined} obstacle why a store refused a change */
function refuseObstacle(obstacle) {
  if (obstacle === 'missing') throw new HttpError(404, 'rejected', 'No such passkey.');
  if (obstacle === 'last-active')
    throw new HttpError(409, 'conflict', 'You need at least one active passkey.');
}

/**
 * Refuses an action on a credential that isn't this user's (404), or that would leave them
 * without an active passkey (409), or the setup of a second authenticator app (409). Reads only: the write checks again in its transaction.
 * @param {Context} ctx @param {import('./store.js').UserRow} user @param {Action} action
 */
function checkTarget(ctx, user, action) {
  if (action.type === 'totp-setup' && ctx.store.totp(user.id))
    throw new HttpError(
      409,
      'conflict',
      'An authenticator app is already set up. Remove it first.',
    );
  if (action.credentialId === null) return;
  const removes = action.type === 'deactivate' || action.type === 'delete';
  refuseObstacle(ctx.store.credentialObstacle(action.credentialId, user.id, removes));
}

/** The credential ID in a /credentials/{id} path, or a 404. @param {string} raw */
function credentialIdFrom(raw) {
  let id = '';
  try {
    id = decodeURIComponent(raw);
  } catch {
    // Malformed escapes name no credential.
  }
  if (!isCredentialId(id)) throw new HttpError(404, 'rejected', 'No such passkey.');
  return id;
}

/** @param {Context} ctx @param {Req} req @param {Res} res */
async function postRegistrationOptions(ctx, req, res) {
  checkOrigin(ctx, req);
  spend(ctx.config.limits.registrationOptions.address, ctx.config.clientAddress(req));
  const body = await readJson(req, schemas.registrationOptions);
  // A phone registers with its handoff token instead of a session (a cookie is ignored).
  if (body.handoff !== undefined) return handoffRegistrationOptions(ctx, req, res, body.handoff);
  const { user } = currentSession(ctx, req);
  spend(ctx.config.limits.registrationOptions.account, user.id);
  if (body.name === undefined) throw new HttpError(400, 'rejected', NAME_INVALID);
  send(res, 200, await registrationOptions(ctx, req, user, 'registration'));
}

/** @param {Context} ctx @param {Req} req @param {Res} res */
async function postRegistrationVerify(ctx, req, res) {
  checkOrigin(ctx, req);
  const body = await readJson(req, schemas.registrationVerify);
  if (body.handoff !== undefined)
    return verifyHandoffRegistration(ctx, req, res, body.handoff, asResponse(body.response));
  const session = currentSession(ctx, req);
  const { user } = session;
  const { name } = body;
  if (name === undefined) throw new HttpError(400, 'rejected', NAME_INVALID);
  const row = await verifyNewCredential(
    ctx,
    req,
    user,
    name,
    asResponse(body.response),
    'registration',
  );
  // Once the user has an active passkey, a new one must be approved by one of those.
  const approved = await checkApproval(
    ctx,
    req,
    session,
    canonicalAction({ type: 'register', name }),
    body.approval,
  );
  // Unapproved, it may only be the first: checked again with the write, so two tabs
  // verifying at once can't both add a "first" passkey.
  const added = ctx.store.addCredential(row, {
    onlyIfNoActive: ctx.config.requireApproval && !approved,
  });
  if (added === 'exists')
    throw new HttpError(409, 'conflict', 'This passkey is already registered.');
  if (added === 'needs-approval')
    throw new HttpError(403, 'forbidden', 'Confirm this with one of your passkeys.');
  send(res, 201, toCredentialJSON({ ...row, active: 1, last_used_at: null }));
}

/**
 * Asks for an approval of an action: 204 when none is needed (no active passkey yet, or within
 * the recently-confirmed window), else request options bound to this action.
 * @param {Context} ctx @param {Req} req @param {Res} res
 */
async function postApprovalOptions(ctx, req, res) {
  checkOrigin(ctx, req);
  spend(ctx.config.limits.approvalOptions.address, ctx.config.clientAddress(req));
  const session = currentSession(ctx, req);
  spend(ctx.config.limits.approvalOptions.account, session.user.id);
  const { action } = await readJson(req, schemas.approvalOptions);
  // Refused now rather than after the user has signed.
  checkTarget(ctx, session.user, action);
  const options = await approvalOptions(ctx, req, session, action);
  if (options === null) return sendNoContent(res);
  send(res, 200, options);
}

/** @param {Context} ctx @param {Req} req @param {Res} res */
async function getCredentials(ctx, req, res) {
  const { user } = currentSession(ctx, req);
  send(res, 200, { credentials: ctx.store.credentials(user.id).map(toCredentialJSON) });
}

/**
 * Renames or (de)activates one of the user's credentials, approved when required.
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} rawId
 */
async function patchCredential(ctx, req, res, rawId) {
  checkOrigin(ctx, req);
  const session = currentSession(ctx, req);
  const body = await readJson(req, schemas.credentialPatch);
  const id = credentialIdFrom(rawId);
  const change = body.name !== undefined ? { name: body.name } : { active: Boolean(body.active) };
  const action = canonicalAction(
    'name' in change
      ? { type: 'rename', credentialId: id, name: change.name }
      : { type: change.active ? 'activate' : 'deactivate', credentialId: id },
  );
  // Cheap refusals first, so nothing is consumed; then the approval; then the write, which
  // repeats the last-active check in its transaction.
  checkTarget(ctx, session.user, action);
  await checkApproval(ctx, req, session, action, body.approval);
  const row = ctx.store.updateCredential(id, session.user.id, change);
  if (typeof row === 'string') return refuseObstacle(row);
  send(res, 200, toCredentialJSON(row));
}

/**
 * Deletes one of the user's credentials, approved when required. The body is optional.
 * @param {Context} ctx @param {Req} req @param {Res} res @param {string} rawId
 */
async function deleteCredential(ctx, req, res, rawId) {
  checkOrigin(ctx, req);
  const session = currentSession(ctx, req);
  const body = await readJson(req, schemas.credentialDelete, { optional: true });
  const id = credentialIdFrom(rawId);
  const action = canonicalAction({ type: 'delete', credentialId: id });
  checkTarget(ctx, session.user, action);
  await checkApproval(ctx, req, session, action, body.approval);
  refuseObstacle(ctx.store.deleteCredential(id, session.user.id));
  sendNoContent(res);
}

const CREDENTIAL_PATH = /^\/api\/passkeys\/credentials\/([^/]+)$/;

/** @type {import('./http.js').Route<Context>[]} */
export const credentialRoutes = [
  ['POST', '/api/passkeys/registration/options', postRegistrationOptions],
  ['POST', '/api/passkeys/registration/verify', postRegistrationVerify],
  ['POST', '/api/passkeys/approval/options', postApprovalOptions],
  ['GET', '/api/passkeys/credentials', getCredentials],
  ['PATCH', CREDENTIAL_PATH, patchCredential],
  ['DELETE', CREDENTIAL_PATH, deleteCredential],
];
