// The WebAuthn ceremonies: registration options and verification of a new credential, and
// approvals (an existing passkey signing one exact action), with the "recently confirmed"
// window after one. Verification failures are answered generically; the library's own words
// go to the server log only.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { readFileSync } from 'node:fs';
import { HttpError } from './http.js';
import { CREDENTIAL_ID_MAX_BYTES } from './schemas.js';
import { site } from './session.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./server.js').Context} Context */
/** @typedef {import('./store.js').UserRow} UserRow */
/** @typedef {import('./store.js').CredentialRow} CredentialRow */
/** @typedef {import('./schemas.js').Action} Action */
/** @typedef {{ user: UserRow, sessionHash: string }} Session */

const PROVIDERS = /** @type {Record<string, { name: string, icon_light?: string }>} */ (
  JSON.parse(readFileSync(new URL('./aaguids.json', import.meta.url), 'utf8'))
);

/** @param {CredentialRow} row */
export function toCredentialJSON(row) {
  const provider = PROVIDERS[row.aaguid];
  return {
    id: row.id,
    name: row.name,
    aaguid: row.aaguid,
    createdAt: row.created_at,
    ...(row.last_used_at ? { lastUsedAt: row.last_used_at } : {}),
    active: row.active === 1,
    ...(provider
      ? {
          provider: {
            name: provider.name,
            ...(provider.icon_light ? { icon: provider.icon_light } : {}),
          },
        }
      : {}),
    backedUp: row.backed_up === 1,
    transports: JSON.parse(row.transports),
  };
}

/** Credential descriptors (for allow- and excludeCredentials). @param {CredentialRow[]} rows */
const descriptors = (rows) =>
  rows.map((c) => ({ id: c.id, transports: /** @type {string[]} */ (JSON.parse(c.transports)) }));

/**
 * The challenge a WebAuthn response's clientDataJSON names, or undefined if it can't be read.
 * @param {unknown} response
 */
function challengeIn(response) {
  try {
    const { clientDataJSON } = /** @type {{ response: { clientDataJSON: unknown } }} */ (response)
      .response;
    if (typeof clientDataJSON !== 'string') return undefined;
    const clientData = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    return String(clientData.challenge);
  } catch {
    return undefined;
  }
}

/**
 * Creation options for a new passkey of `user`; its challenge is saved for `purpose`.
 * @param {Context} ctx @param {Req} req @param {UserRow} user @param {string} purpose
 */
export async function registrationOptions(ctx, req, user, purpose) {
  const options = await generateRegistrationOptions({
    rpName: ctx.config.rpName,
    rpID: site(ctx, req).rpID,
    userName: user.name,
    userDisplayName: user.display_name,
    userID: Buffer.from(user.webauthn_id, 'base64url'),
    timeout: ctx.config.ceremonyTimeoutMs,
    attestationType: 'none',
    // Every credential the user has, active or not, so an authenticator can't register twice.
    excludeCredentials: descriptors(ctx.store.credentials(user.id)),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
  ctx.store.saveChallenge(
    options.challenge,
    user.id,
    purpose,
    Date.now() + ctx.config.challengeTtlMs,
  );
  return options;
}

/**
 * Checks the new credential a registration response describes, against a challenge this server
 * issued to this user for this purpose (used up here). Returns the row to store; stores nothing.
 * @param {Context} ctx @param {Req} req @param {UserRow} user @param {string} name
 * @param {import('@simplewebauthn/server').RegistrationResponseJSON} response @param {string} purpose
 * @returns {Promise<Omit<CredentialRow, 'active' | 'last_used_at'>>}
 */
export async function verifyNewCredential(ctx, req, user, name, response, purpose) {
  const challenge = challengeIn(response);
  if (challenge === undefined)
    throw new HttpError(400, 'rejected', 'The registration response is malformed.');
  const taken = ctx.store.takeChallenge(challenge, user.id, purpose).status;
  if (taken === 'unknown')
    throw new HttpError(400, 'rejected', 'Unknown or already used challenge.');
  if (taken === 'expired')
    throw new HttpError(400, 'expired', 'The registration took too long; start again.');
  const { origins, rpID } = site(ctx, req);
  const refused = () => new HttpError(400, 'rejected', 'The passkey could not be verified.');
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origins,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch (err) {
    ctx.config.log('[rp] registration not verified:', /** @type {Error} */ (err).message);
    throw refused();
  }
  if (!verification.verified) throw refused();
  const info = verification.registrationInfo;
  // The ID stored is the one in the signed authenticator data: it must be the one the client
  // named, and within WebAuthn's limit.
  if (
    info.credential.id !== response.id ||
    Buffer.from(info.credential.id, 'base64url').length > CREDENTIAL_ID_MAX_BYTES
  ) {
    ctx.config.log('[rp] registration refused: credential ID mismatch or over 1023 bytes');
    throw refused();
  }
  return {
    id: info.credential.id,
    user_id: user.id,
    name,
    public_key: Buffer.from(info.credential.publicKey),
    counter: info.credential.counter,
    transports: JSON.stringify(info.credential.transports ?? response.response.transports ?? []),
    aaguid: info.aaguid,
    device_type: info.credentialDeviceType,
    backed_up: info.credentialBackedUp ? 1 : 0,
    created_at: new Date().toISOString(),
  };
}

/**
 * Whether this session's changes need an approval now: the user has an active passkey, and the
 * session has not approved something within the last `recentlyConfirmedMs`.
 * @param {Context} ctx @param {Session} session
 */
export function approvalRequired(ctx, { user, sessionHash }) {
  if (!ctx.config.requireApproval || !ctx.store.hasActiveCredential(user.id)) return false;
  return !(ctx.store.confirmedUntil(sessionHash) > Date.now());
}

/**
 * Request options for approving `action` with one of the user's active passkeys, or null when
 * none is needed. Its challenge is bound to that action.
 * @param {Context} ctx @param {Req} req @param {Session} session @param {Action} action
 */
export async function approvalOptions(ctx, req, session, action) {
  if (!approvalRequired(ctx, session)) return null;
  const options = await generateAuthenticationOptions({
    rpID: site(ctx, req).rpID,
    allowCredentials: descriptors(ctx.store.activeCredentials(session.user.id)),
    userVerification: 'required',
    timeout: ctx.config.ceremonyTimeoutMs,
  });
  ctx.store.saveChallenge(
    options.challenge,
    session.user.id,
    'approval',
    Date.now() + ctx.config.challengeTtlMs,
    JSON.stringify(action),
  );
  return options;
}

/**
 * Checks that one of the user's active passkeys signed this very action, when approval is
 * required: an assertion over a challenge issued for it by /approval/options (used up here).
 * On success, records the assertion (counter, last used), opens the session's recently-confirmed
 * window, and returns true. Returns true without one inside that window, false when the user
 * has no active passkey (nothing to approve with). Throws otherwise.
 * @param {Context} ctx @param {Req} req @param {Session} session
 * @param {Action} action @param {unknown} approval
 */
export async function checkApproval(ctx, req, session, action, approval) {
  const { store, config } = ctx;
  const { user } = session;
  if (!config.requireApproval || !store.hasActiveCredential(user.id)) return false;
  if (!approvalRequired(ctx, session)) return true;
  if (approval === undefined || approval === null)
    throw new HttpError(403, 'forbidden', 'Confirm this with one of your passkeys.');
  const challenge = challengeIn(approval);
  if (challenge === undefined) throw new HttpError(400, 'rejected', 'The approval is malformed.');
  const taken = store.takeChallenge(challenge, user.id, 'approval');
  if (taken.status === 'unknown')
    throw new HttpError(403, 'forbidden', 'Unknown or already used approval.');
  if (taken.status === 'expired')
    throw new HttpError(410, 'expired', 'The approval took too long; try again.');
  if (taken.action !== JSON.stringify(action))
    throw new HttpError(403, 'forbidden', 'This approval was for a different action.');
  const response = /** @type {import('@simplewebauthn/server').AuthenticationResponseJSON} */ (
    approval
  );
  const credential = store.credential(response.id);
  if (!credential || credential.user_id !== user.id || credential.active !== 1)
    throw new HttpError(403, 'forbidden', 'Approve with one of your active passkeys.');
  const { origins, rpID } = site(ctx, req);
  const refused = () => new HttpError(403, 'forbidden', 'The approval could not be verified.');
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origins,
      expectedRPID: rpID,
      credential: {
        id: credential.id,
        publicKey: new Uint8Array(credential.public_key),
        counter: credential.counter,
        transports: JSON.parse(credential.transports),
      },
      requireUserVerification: true,
    });
  } catch (err) {
    config.log('[rp] approval not verified:', /** @type {Error} */ (err).message);
    throw refused();
  }
  if (!verification.verified) throw refused();
  store.touchCredential(credential.id, verification.authenticationInfo.newCounter);
  if (config.recentlyConfirmedMs > 0)
    store.confirmSession(session.sessionHash, Date.now() + config.recentlyConfirmedMs);
  return true;
}
