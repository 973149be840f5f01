// The reference relying party: a Connect-style middleware speaking passkey-register's fetch
// protocol, verifying with @simplewebauthn/server and storing credentials in SQLite.
// Mounted by Vite for `npm start` and by the test runner for the browser tests.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRateLimiter } from './rate-limit.js';
import { describeIssues, POLLUTING_KEYS, schemas, v } from './schemas.js';
import { openStore } from './store.js';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

const PROVIDERS = /** @type {Record<string, { name: string, icon_light?: string }>} */ (
  JSON.parse(readFileSync(new URL('./aaguids.json', import.meta.url), 'utf8'))
);

const MAX_BODY = 64 * 1024;
const SESSION_COOKIE = 'pr_session';
// Same rules as the widget: 1–64 characters, no control or bidi-override characters.
const FORBIDDEN_IN_NAME = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
// A handoff link lives at most this long, whatever the configuration says.
const MAX_HANDOFF_TTL_MS = 5 * 60_000;
// A handoff claimed just before it expired still gets this long to finish verifying.
const CLAIM_GRACE_MS = 30_000;
// base64url, as the handoff IDs and tokens this server issues (43 or 22 characters).
const BASE64URL = /^[A-Za-z0-9_-]{1,128}$/;
// A credential ID, as authenticators make them: base64url, at most 1023 bytes (1364 characters
// encoded); we accept up to 1024 characters, more than any authenticator here produces.
const CREDENTIAL_ID = /^[A-Za-z0-9_-]{1,1024}$/;
/** What an approval can approve. */
const ACTION_TYPES = ['register', 'rename', 'activate', 'deactivate', 'delete'];
const NEEDS_CREDENTIAL = ['rename', 'activate', 'deactivate', 'delete'];
const NEEDS_NAME = ['register', 'rename'];

class HttpError extends Error {
  /**
   * @param {number} status @param {string} code @param {string} message
   * @param {{ headers?: Record<string, string>, details?: Record<string, unknown> }} [extra]
   *   response headers, and fields added to the error body
   */
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = extra.headers ?? {};
    this.details = extra.details ?? {};
  }
}

/** @param {Res} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

/**
 * Reads a JSON body and parses it with its schema; anything else is a 4xx JSON error.
 * @template {v.GenericSchema} S
 * @param {Req} req @param {S} schema
 * @param {{ optional?: boolean }} [opts] optional: an empty body (with any or no Content-Type)
 *   reads as `{}`
 * @returns {Promise<v.InferOutput<S>>}
 */
async function readJson(req, schema, opts) {
  const raw = await readJsonObject(req, opts);
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return parsed.output;
  const { code, message, issues } = describeIssues(parsed.issues);
  throw new HttpError(400, code, message, { details: { issues } });
}

/**
 * @param {Req} req
 * @param {{ optional?: boolean }} [opts]
 * @returns {Promise<Record<string, unknown>>}
 */
async function readJsonObject(req, { optional = false } = {}) {
  const isJson = /^application\/json\b/i.test(req.headers['content-type'] ?? '');
  const refuse = () =>
    new HttpError(415, 'bad-request', 'Send JSON with Content-Type: application/json.');
  if (!isJson && !optional) throw refuse();
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'bad-request', 'The request body is too large.');
    chunks.push(chunk);
  }
  if (optional && size === 0) return {};
  if (!isJson) throw refuse();
  /** @type {string | undefined} */
  let polluting;
  try {
    // A key like __proto__ is refused wherever it is nested: nothing here merges bodies into
    // objects, but a body that carries one is hostile, not merely malformed.
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'), (key, value) => {
      if (POLLUTING_KEYS.has(key)) polluting ??= key;
      return value;
    });
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new Error('not an object');
    if (polluting === undefined) return body;
  } catch {
    throw new HttpError(400, 'bad-request', 'The request body is not a JSON object.');
  }
  throw new HttpError(400, 'bad-request', `The key "${polluting}" is not allowed.`);
}

/** @param {unknown} raw */
function validName(raw) {
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!name || [...name].length > 64 || FORBIDDEN_IN_NAME.test(name)) {
    throw new HttpError(
      400,
      'rejected',
      'The name must be 1–64 characters, without control characters.',
    );
  }
  return name;
}

/**
 * The action an approval signs, validated, in its canonical form: only the fields its type uses
 * (any others are checked but dropped), the name trimmed. Compared as JSON, so the key order
 * is fixed here.
 * @param {unknown} raw
 * @returns {{ type: string, credentialId: string | null, name: string | null }}
 */
function canonicalAction(raw) {
  const bad = (/** @type {string} */ message) => new HttpError(400, 'bad-request', message);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw bad('The action must be an object.');
  const { type, credentialId, name } = /** @type {Record<string, unknown>} */ (raw);
  if (typeof type !== 'string' || !ACTION_TYPES.includes(type))
    throw bad(`The action type must be one of ${ACTION_TYPES.join(', ')}.`);
  if (
    credentialId !== undefined &&
    !(typeof credentialId === 'string' && CREDENTIAL_ID.test(credentialId))
  )
    throw bad('The credential ID must be a base64url string.');
  const trimmed = name === undefined ? undefined : validName(name);
  if (NEEDS_CREDENTIAL.includes(type) && credentialId === undefined)
    throw bad(`A ${type} action needs a credentialId.`);
  if (NEEDS_NAME.includes(type) && trimmed === undefined)
    throw bad(`A ${type} action needs a name.`);
  return {
    type,
    credentialId: NEEDS_CREDENTIAL.includes(type) ? /** @type {string} */ (credentialId) : null,
    name: NEEDS_NAME.includes(type) ? /** @type {string} */ (trimmed) : null,
  };
}

/**
 * The credential ID in a /credentials/{id} path, or a 404.
 * @param {string} raw
 */
function credentialIdFrom(raw) {
  let id = '';
  try {
    id = decodeURIComponent(raw);
  } catch {
    // Malformed escapes name no credential.
  }
  if (!CREDENTIAL_ID.test(id)) throw new HttpError(404, 'rejected', 'No such passkey.');
  return id;
}

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

/** @param {Res} res */
function sendNoContent(res) {
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

/**
 * Credential descriptors (for allow- and excludeCredentials) of stored credentials.
 * @param {import('./store.js').CredentialRow[]} rows
 */
const descriptors = (rows) =>
  rows.map((c) => ({ id: c.id, transports: /** @type {string[]} */ (JSON.parse(c.transports)) }));

/**
 * Turns a store's refusal into the HTTP error for it.
 * @param {'missing' | 'last-active' | undefined} obstacle
 */
function refuseObstacle(obstacle) {
  if (obstacle === 'missing') throw new HttpError(404, 'rejected', 'No such passkey.');
  if (obstacle === 'last-active')
    throw new HttpError(409, 'conflict', 'You need at least one active passkey.');
}

/**
 * A PATCH body's change: exactly one of a new name or an active flag.
 * @param {{ name?: string, active?: boolean }} body
 * @returns {{ name: string } | { active: boolean }}
 */
function credentialChange(body) {
  const hasName = body.name !== undefined;
  const hasActive = body.active !== undefined;
  if (hasName === hasActive)
    throw new HttpError(400, 'bad-request', 'Send exactly one of name and active.');
  if (hasName) return { name: validName(body.name) };
  if (typeof body.active !== 'boolean')
    throw new HttpError(400, 'bad-request', 'active must be true or false.');
  return { active: body.active };
}

/** @param {string} token */
const hash = (token) => createHash('sha256').update(token).digest('base64url');

/** @param {import('./store.js').CredentialRow} row */
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

/**
 * @typedef {{ perAccount?: number, perAddress?: number }} RateLimit
 * @typedef {{ windowMs?: number, registrationOptions?: RateLimit, handoffs?: RateLimit }} RateLimits
 */

/** Defaults: generous for a person retrying, tight for a script; a NAT shares one address. */
export const DEFAULT_RATE_LIMITS = {
  windowMs: 60_000,
  registrationOptions: { perAccount: 20, perAddress: 300 },
  handoffs: { perAccount: 10, perAddress: 100 },
};

/** Every limit off: for a load test, whose clients all share one address. */
export const NO_RATE_LIMITS = {
  registrationOptions: { perAccount: Infinity, perAddress: Infinity },
  handoffs: { perAccount: Infinity, perAddress: Infinity },
};

/**
 * @param {{
 *   dataDir: string,
 *   rpName?: string,
 *   rpID?: string,
 *   origins?: string[],
 *   challengeTtlMs?: number,
 *   ceremonyTimeoutMs?: number,
 *   sessionTtlMs?: number,
 *   handoffTtlMs?: number,
 *   handoffPollMs?: number,
 *   handoffPath?: string,
 *   requireApproval?: boolean,
 *   rateLimits?: RateLimits,
 *   clientAddress?: (req: Req) => string,
 * }} config
 *   rateLimits: requests allowed at once per account (all its sessions and handoff links) and
 *   per client address, refilled evenly over `windowMs`; `Infinity` turns one off.
 *   clientAddress: the client's address for the per-address limits; by default the socket's
 *   (behind a reverse proxy, read the proxy's header here instead).
 */
export function createRelyingParty(config) {
  const store = openStore(config.dataDir);
  const rpName = config.rpName ?? 'Acme Portal';
  const challengeTtlMs = config.challengeTtlMs ?? 5 * 60_000;
  const ceremonyTimeoutMs = config.ceremonyTimeoutMs ?? 120_000;
  const sessionTtlMs = config.sessionTtlMs ?? 8 * 60 * 60_000;
  const handoffTtlMs = Math.min(config.handoffTtlMs ?? MAX_HANDOFF_TTL_MS, MAX_HANDOFF_TTL_MS);
  const handoffPollMs = config.handoffPollMs ?? 25_000;
  const handoffPath = config.handoffPath ?? '/phone.html';
  const requireApproval = config.requireApproval ?? true;
  const clientAddress = config.clientAddress ?? ((req) => req.socket.remoteAddress ?? 'unknown');
  const windowMs = config.rateLimits?.windowMs ?? DEFAULT_RATE_LIMITS.windowMs;
  /** @param {'registrationOptions' | 'handoffs'} kind */
  const limiters = (kind) => {
    const limits = { ...DEFAULT_RATE_LIMITS[kind], ...config.rateLimits?.[kind] };
    return {
      account: createRateLimiter({ limit: limits.perAccount, windowMs }),
      address: createRateLimiter({ limit: limits.perAddress, windowMs }),
    };
  };
  const optionsLimits = limiters('registrationOptions');
  const handoffLimits = limiters('handoffs');

  /**
   * Spends one request from a rate limit, or refuses with 429 and Retry-After.
   * @param {ReturnType<typeof createRateLimiter>} limiter @param {string} key
   */
  function spend(limiter, key) {
    const retryAfter = limiter.take(key);
    if (retryAfter === 0) return;
    throw new HttpError(
      429,
      'rate-limited',
      `Too many attempts. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
      { headers: { 'Retry-After': String(retryAfter) }, details: { retryAfter } },
    );
  }

  /** Where the page must be: configured, or this request's own origin (same-origin dev setups). */
  function site(/** @type {Req} */ req) {
    const host = req.headers.host ?? 'localhost';
    const proto = /** @type {{ encrypted?: boolean }} */ (req.socket).encrypted ? 'https' : 'http';
    const origin = config.origins?.[0] ?? `${proto}://${host}`;
    const rpID = config.rpID ?? new URL(origin).hostname;
    return { origin, origins: config.origins ?? [origin], rpID };
  }

  /**
   * CSRF defence for every state change, on top of the SameSite=Strict session cookie: the
   * request must come from our own page (Origin), and carry X-Requested-With, which a
   * cross-site page can't send without a CORS preflight that this server never grants.
   */
  function checkOrigin(/** @type {Req} */ req) {
    const origin = req.headers.origin;
    if (!origin || !site(req).origins.includes(origin)) {
      throw new HttpError(403, 'forbidden', 'Cross-site request refused.');
    }
    if (!req.headers['x-requested-with']) {
      throw new HttpError(403, 'forbidden', 'Send the X-Requested-With header.');
    }
  }

  function currentUser(/** @type {Req} */ req) {
    const cookie = req.headers.cookie ?? '';
    const token = cookie
      .split(/;\s*/)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
      ?.slice(SESSION_COOKIE.length + 1);
    const user = token ? store.sessionUser(hash(token)) : undefined;
    if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
    return user;
  }

  /**
   * The handoff a phone's token names, if it may still be used; the token is its only authority.
   * @param {unknown} token
   */
  function usableHandoff(token) {
    const row =
      typeof token === 'string' && BASE64URL.test(token)
        ? store.handoffByToken(hash(token))
        : undefined;
    if (!row) throw new HttpError(400, 'rejected', 'This link is not valid.');
    refuseUnusable(row);
    const user = store.user(row.user_id);
    if (!user) throw new HttpError(400, 'rejected', 'This link is not valid.');
    return { handoff: row, user };
  }

  /** Throws why a handoff can't be used now, if it can't. @param {import('./store.js').HandoffRow} row */
  function refuseUnusable(row) {
    if (row.status === 'declined')
      throw new HttpError(409, 'declined', 'This request was declined on the phone.');
    if (row.status !== 'pending')
      throw new HttpError(409, 'conflict', 'This link has already been used.');
    if (row.expires_at <= Date.now())
      throw new HttpError(
        410,
        'expired',
        'This link has expired. Show a new QR code on your computer and scan it again.',
      );
  }

  /** Long polls waiting on a handoff: its ID → a wake-up call per waiting desktop request. */
  /** @type {Map<string, Set<(final?: boolean) => void>>} */
  const waiters = new Map();
  let closed = false;

  /** @param {string} id */
  function notifyHandoff(id) {
    for (const wake of [...(waiters.get(id) ?? [])]) wake();
  }

  /**
   * What a waiting desktop is told about a handoff now, or undefined while it's still open.
   * @param {import('./store.js').HandoffRow | undefined} row
   * @returns {{ status: number, body: unknown } | undefined}
   */
  function handoffOutcome(row) {
    const error = (/** @type {number} */ status, /** @type {string} */ code, message = '') => ({
      status,
      body: { error: { code, message } },
    });
    if (!row) return error(404, 'rejected', 'No such handoff.');
    if (row.status === 'completed') {
      const credential = row.credential_id ? store.credential(row.credential_id) : undefined;
      return credential
        ? { status: 200, body: toCredentialJSON(credential) }
        : error(404, 'rejected', 'The passkey from this handoff no longer exists.');
    }
    if (row.status === 'declined') return error(409, 'declined', 'Declined on the phone.');
    if (handoffDeadline(row) <= Date.now()) return error(410, 'expired', 'The QR code expired.');
    return undefined;
  }

  /** When an open handoff expires; a claimed one is mid-verification and gets a grace period. */
  const handoffDeadline = (/** @type {import('./store.js').HandoffRow} */ row) =>
    row.status === 'claimed' ? row.expires_at + CLAIM_GRACE_MS : row.expires_at;

  /**
   * Checks the new credential a registration response describes, against a challenge this server
   * issued to this user for this purpose (used up here). Returns the row to store; stores nothing.
   * @param {Req} req @param {import('./store.js').UserRow} user @param {string} name
   * @param {unknown} rawResponse @param {string} purpose
   */
  async function verifyNewCredential(req, user, name, rawResponse, purpose) {
    const response = /** @type {import('@simplewebauthn/server').RegistrationResponseJSON} */ (
      rawResponse
    );
    const challenge = challengeIn(response);
    if (challenge === undefined)
      throw new HttpError(400, 'rejected', 'The registration response is malformed.');
    const taken = store.takeChallenge(challenge, user.id, purpose).status;
    if (taken === 'unknown')
      throw new HttpError(400, 'rejected', 'Unknown or already used challenge.');
    if (taken === 'expired')
      throw new HttpError(400, 'expired', 'The registration took too long; start again.');
    const { origins, rpID } = site(req);
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
      throw new HttpError(
        400,
        'rejected',
        `Verification failed: ${/** @type {Error} */ (err).message}`,
      );
    }
    if (!verification.verified) throw new HttpError(400, 'rejected', 'Verification failed.');
    const info = verification.registrationInfo;
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

  /** Whether this user's sensitive actions must be signed by one of their active passkeys. */
  const approvalRequired = (/** @type {import('./store.js').UserRow} */ user) =>
    requireApproval && store.hasActiveCredential(user.id);

  /**
   * Refuses an action on a credential that isn't this user's (404), or that would leave them
   * without an active passkey (409). Reads only: the write checks again in its transaction.
   * @param {import('./store.js').UserRow} user @param {ReturnType<typeof canonicalAction>} action
   */
  function checkTarget(user, action) {
    if (action.credentialId === null) return;
    const removes = action.type === 'deactivate' || action.type === 'delete';
    refuseObstacle(store.credentialObstacle(action.credentialId, user.id, removes));
  }

  /**
   * Checks that one of the user's active passkeys signed this very action, when approval is
   * required: an assertion over a challenge issued for it by /approval/options (used up here).
   * On success, records the assertion (counter, last used) and returns true; returns false
   * when no approval is required. Throws otherwise.
   * @param {Req} req @param {import('./store.js').UserRow} user
   * @param {ReturnType<typeof canonicalAction>} action @param {unknown} approval
   */
  async function checkApproval(req, user, action, approval) {
    if (!approvalRequired(user)) return false;
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
    const credential = typeof response.id === 'string' ? store.credential(response.id) : undefined;
    if (!credential || credential.user_id !== user.id || credential.active !== 1)
      throw new HttpError(403, 'forbidden', 'Approve with one of your active passkeys.');
    const { origins, rpID } = site(req);
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
      throw new HttpError(
        403,
        'forbidden',
        `The approval could not be verified: ${/** @type {Error} */ (err).message}`,
      );
    }
    if (!verification.verified)
      throw new HttpError(403, 'forbidden', 'The approval could not be verified.');
    store.touchCredential(credential.id, verification.authenticationInfo.newCounter);
    return true;
  }

  /**
   * The phone's registration, authorized by its handoff token alone: claims the handoff so it
   * is used once, and hands it back if verification fails so the phone can retry in time.
   * @param {Req} req @param {Res} res
   * @param {v.InferOutput<typeof schemas.registrationVerify> & { handoff: string }} body
   */
  async function verifyHandoff(req, res, body) {
    const { handoff, user } = usableHandoff(body.handoff);
    const name = validName(body.name ?? handoff.name);
    if (!store.claimHandoff(handoff.id)) {
      // Someone else changed it since it was read (or it just expired): say what happened.
      const now = store.handoff(handoff.id);
      if (now) refuseUnusable(now);
      throw new HttpError(409, 'conflict', 'This link has already been used.');
    }
    let row;
    try {
      row = await verifyNewCredential(req, user, name, body.response, `handoff:${handoff.id}`);
      if (!store.completeHandoff(handoff.id, row))
        throw new HttpError(409, 'conflict', 'This passkey is already registered.');
    } catch (err) {
      store.releaseHandoff(handoff.id);
      throw err;
    }
    notifyHandoff(handoff.id);
    send(res, 201, toCredentialJSON({ ...row, active: 1, last_used_at: null }));
  }

  /** @type {Record<string, (req: Req, res: Res) => Promise<void>>} */
  const routes = {
    // Demo only: starts a session for a fresh demo user. A real portal has its own sign-in.
    async 'POST /api/session'(req, res) {
      checkOrigin(req);
      const body = await readJson(req, schemas.session);
      const displayName = body.displayName?.trim() ? validName(body.displayName) : 'Alex Morgan';
      const id = randomUUID();
      const name = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}+${id.slice(0, 8)}@example.com`;
      store.createUser({
        id,
        webauthnId: randomBytes(32).toString('base64url'),
        name,
        displayName,
      });
      const token = randomBytes(32).toString('base64url');
      store.createSession(hash(token), id, Date.now() + sessionTtlMs);
      const secure = site(req).origin.startsWith('https:') ? '; Secure' : '';
      send(
        res,
        201,
        { user: { name, displayName } },
        {
          'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${sessionTtlMs / 1000}${secure}`,
        },
      );
    },

    async 'GET /api/session'(req, res) {
      const user = currentUser(req);
      send(res, 200, {
        user: {
          name: user.name,
          displayName: user.display_name,
          // For WebAuthn signals (signalAllAcceptedCredentials and friends) on the client.
          webauthnUserId: user.webauthn_id,
          rpId: site(req).rpID,
        },
      });
    },

    async 'POST /api/passkeys/registration/options'(req, res) {
      checkOrigin(req);
      spend(optionsLimits.address, clientAddress(req));
      const body = await readJson(req, schemas.registrationOptions);
      // A phone registers with its handoff token instead of a session (a cookie is ignored).
      const viaHandoff = body.handoff !== undefined ? usableHandoff(body.handoff) : undefined;
      const user = viaHandoff?.user ?? currentUser(req);
      spend(optionsLimits.account, user.id);
      validName(viaHandoff && body.name === undefined ? viaHandoff.handoff.name : body.name);
      const { rpID } = site(req);
      const options = await generateRegistrationOptions({
        rpName,
        rpID,
        userName: user.name,
        userDisplayName: user.display_name,
        userID: Buffer.from(user.webauthn_id, 'base64url'),
        timeout: ceremonyTimeoutMs,
        attestationType: 'none',
        // Every credential the user has, active or not, so an authenticator can't register twice.
        excludeCredentials: descriptors(store.credentials(user.id)),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      });
      // A handoff's challenge can only be verified through that same handoff.
      const purpose = viaHandoff ? `handoff:${viaHandoff.handoff.id}` : 'registration';
      store.saveChallenge(options.challenge, user.id, purpose, Date.now() + challengeTtlMs);
      send(res, 200, options);
    },

    async 'POST /api/passkeys/registration/verify'(req, res) {
      checkOrigin(req);
      const body = await readJson(req, schemas.registrationVerify);
      const { handoff } = body;
      if (handoff !== undefined) return verifyHandoff(req, res, { ...body, handoff });
      const user = currentUser(req);
      const name = validName(body.name);
      const row = await verifyNewCredential(req, user, name, body.response, 'registration');
      // Once the user has an active passkey, a new one must be approved by one of those.
      const approved = await checkApproval(
        req,
        user,
        canonicalAction({ type: 'register', name }),
        body.approval,
      );
      // Unapproved, it may only be the first: checked again with the write, so two tabs
      // verifying at once can't both add a "first" passkey.
      const added = store.addCredential(row, { onlyIfNoActive: requireApproval && !approved });
      if (added === 'exists')
        throw new HttpError(409, 'conflict', 'This passkey is already registered.');
      if (added === 'needs-approval')
        throw new HttpError(403, 'forbidden', 'Confirm this with one of your passkeys.');
      send(res, 201, toCredentialJSON({ ...row, active: 1, last_used_at: null }));
    },

    // Desktop: starts a handoff, a link for the phone to register one passkey for this user.
    async 'POST /api/passkeys/handoff'(req, res) {
      checkOrigin(req);
      spend(handoffLimits.address, clientAddress(req));
      const user = currentUser(req);
      spend(handoffLimits.account, user.id);
      const body = await readJson(req, schemas.handoffStart);
      const name = validName(body.name);
      // Approved here, on the signed-in desktop: the phone's token then carries that approval.
      await checkApproval(req, user, canonicalAction({ type: 'register', name }), body.approval);
      const token = randomBytes(32).toString('base64url');
      const id = randomBytes(16).toString('base64url');
      const expiresAt = Date.now() + handoffTtlMs;
      store.createHandoff({ id, tokenHash: hash(token), userId: user.id, name, expiresAt });
      // The token rides in the fragment, so it never reaches a server log or a Referer header.
      const url = `${site(req).origin}${handoffPath}#${token}`;
      send(res, 201, { id, url, expiresAt: new Date(expiresAt).toISOString() });
    },

    // Phone: what it is about to do, so the user can check the account (or decline).
    async 'POST /api/passkeys/handoff/details'(req, res) {
      checkOrigin(req);
      const body = await readJson(req, schemas.handoffToken);
      const { handoff, user } = usableHandoff(body.token);
      send(res, 200, {
        account: { name: user.name, displayName: user.display_name },
        name: handoff.name,
        expiresAt: new Date(handoff.expires_at).toISOString(),
      });
    },

    // Phone: "this isn't me" — the link is dead and the desktop is told.
    async 'POST /api/passkeys/handoff/decline'(req, res) {
      checkOrigin(req);
      const body = await readJson(req, schemas.handoffToken);
      const { handoff } = usableHandoff(body.token);
      if (!store.declineHandoff(handoff.id)) {
        const now = store.handoff(handoff.id);
        if (now) refuseUnusable(now);
        throw new HttpError(409, 'conflict', 'This link has already been used.');
      }
      notifyHandoff(handoff.id);
      sendNoContent(res);
    },

    // Asks for an approval of an action: 204 when none is needed, else request options for the
    // user's active passkeys, bound to this action.
    async 'POST /api/passkeys/approval/options'(req, res) {
      checkOrigin(req);
      const user = currentUser(req);
      const body = await readJson(req, schemas.approvalOptions);
      const action = canonicalAction(body.action);
      // Refused now rather than after the user has signed.
      checkTarget(user, action);
      if (!approvalRequired(user)) return sendNoContent(res);
      const options = await generateAuthenticationOptions({
        rpID: site(req).rpID,
        allowCredentials: descriptors(store.activeCredentials(user.id)),
        userVerification: 'required',
        timeout: ceremonyTimeoutMs,
      });
      store.saveChallenge(
        options.challenge,
        user.id,
        'approval',
        Date.now() + challengeTtlMs,
        JSON.stringify(action),
      );
      send(res, 200, options);
    },

    async 'GET /api/passkeys/credentials'(req, res) {
      const user = currentUser(req);
      send(res, 200, { credentials: store.credentials(user.id).map(toCredentialJSON) });
    },
  };

  /**
   * Renames or (de)activates one of the user's credentials, approved when required.
   * @param {Req} req @param {Res} res @param {string} rawId
   */
  async function patchCredential(req, res, rawId) {
    checkOrigin(req);
    const user = currentUser(req);
    const body = await readJson(req, schemas.credentialPatch);
    const change = credentialChange(body);
    const id = credentialIdFrom(rawId);
    const action = canonicalAction(
      'name' in change
        ? { type: 'rename', credentialId: id, name: change.name }
        : { type: change.active ? 'activate' : 'deactivate', credentialId: id },
    );
    // Cheap refusals first, so nothing is consumed; then the approval; then the write, which
    // repeats the last-active check in its transaction.
    checkTarget(user, action);
    await checkApproval(req, user, action, body.approval);
    const row = store.updateCredential(id, user.id, change);
    if (typeof row === 'string') return refuseObstacle(row);
    send(res, 200, toCredentialJSON(row));
  }

  /**
   * Deletes one of the user's credentials, approved when required. The body is optional.
   * @param {Req} req @param {Res} res @param {string} rawId
   */
  async function deleteCredential(req, res, rawId) {
    checkOrigin(req);
    const user = currentUser(req);
    const body = await readJson(req, schemas.credentialDelete, { optional: true });
    const id = credentialIdFrom(rawId);
    const action = canonicalAction({ type: 'delete', credentialId: id });
    checkTarget(user, action);
    await checkApproval(req, user, action, body.approval);
    refuseObstacle(store.deleteCredential(id, user.id));
    sendNoContent(res);
  }

  /**
   * Desktop: long poll until the phone completes or declines the handoff, it expires, or
   * `handoffPollMs` pass (202: poll again). Nothing outlives the request.
   * @param {Req} req @param {Res} res @param {string} id
   */
  async function waitForHandoff(req, res, id) {
    const user = currentUser(req);
    const row = BASE64URL.test(id) ? store.handoff(id) : undefined;
    if (!row || row.user_id !== user.id) throw new HttpError(404, 'rejected', 'No such handoff.');
    const ready = handoffOutcome(row);
    if (ready) return send(res, ready.status, ready.body);

    const set = waiters.get(id) ?? new Set();
    waiters.set(id, set);
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const drop = () => {
      clearTimeout(timer);
      set.delete(wake);
      if (set.size === 0 && waiters.get(id) === set) waiters.delete(id);
      res.off('close', drop);
    };
    /** Re-reads the handoff; replies if it's decided, or anyway when `final` (end of the wait). */
    const wake = (final = false) => {
      if (res.writableEnded || res.destroyed) return drop();
      /** @type {{ status: number, body: unknown } | undefined} */
      let outcome;
      try {
        outcome = closed ? undefined : handoffOutcome(store.handoff(id));
      } catch (err) {
        console.error('[rp]', err);
        outcome = { status: 500, body: { error: { code: 'server', message: 'Internal error.' } } };
      }
      if (!outcome && !final && !closed) return;
      drop();
      outcome ??= { status: 202, body: { status: 'pending' } };
      send(res, outcome.status, outcome.body);
    };
    set.add(wake);
    // The response's 'close' also fires when the client goes away early (unlike the request's
    // 'close', which may fire as soon as the request has been read).
    res.on('close', drop);
    // The wait ends at the poll window or the handoff's expiry (+ a little), whichever is first.
    const untilExpiry = handoffDeadline(row) - Date.now() + 5;
    timer = setTimeout(() => wake(true), Math.max(0, Math.min(handoffPollMs, untilExpiry)));
  }

  const HANDOFF_WAIT = /^\/api\/passkeys\/handoff\/([^/]+)\/wait$/;
  const CREDENTIAL_PATH = /^\/api\/passkeys\/credentials\/([^/]+)$/;

  /** Routes with a path parameter. @type {[string, RegExp, (req: Req, res: Res, param: string) => Promise<void>][]} */
  const paramRoutes = [
    ['GET', HANDOFF_WAIT, waitForHandoff],
    ['PATCH', CREDENTIAL_PATH, patchCredential],
    ['DELETE', CREDENTIAL_PATH, deleteCredential],
  ];

  /**
   * The handler for a request, if there is one.
   * @param {string | undefined} method @param {string} path
   * @returns {((req: Req, res: Res) => Promise<void>) | undefined}
   */
  function routeFor(method, path) {
    const exact = routes[`${method} ${path}`];
    if (exact) return exact;
    for (const [m, pattern, handler] of paramRoutes) {
      const param = method === m ? pattern.exec(path)?.[1] : undefined;
      if (param !== undefined) return (req, res) => handler(req, res, param);
    }
    return undefined;
  }

  /**
   * Connect-style middleware: handles /api/…, passes anything else on.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  function handle(req, res, next) {
    const path = (req.url ?? '/').split('?')[0];
    if (!path.startsWith('/api/')) return next();
    const route = routeFor(req.method, path);
    if (!route)
      return send(res, 404, { error: { code: 'not-found', message: 'No such endpoint.' } });
    route(req, res).catch((/** @type {unknown} */ err) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError)
        return send(
          res,
          err.status,
          { error: { code: err.code, message: err.message, ...err.details } },
          err.headers,
        );
      console.error('[rp]', err);
      send(res, 500, { error: { code: 'server', message: 'Internal error.' } });
    });
  }

  /** Ends every long poll (202: poll again) and closes the database. */
  function close() {
    closed = true;
    for (const set of [...waiters.values()]) for (const wake of [...set]) wake(true);
    store.close();
  }

  /**
   * Signs the user of a session in once more, as on a second browser; returns the new
   * session's cookie value, or undefined if `token` names no live session. For tests (two
   * sessions of one user); a real portal has its own sign-in.
   * @param {string} token
   */
  function addSession(token) {
    const user = store.sessionUser(hash(token));
    if (!user) return undefined;
    const second = randomBytes(32).toString('base64url');
    store.createSession(hash(second), user.id, Date.now() + sessionTtlMs);
    return second;
  }

  return { handle, close, addSession, sessionCookie: SESSION_COOKIE, dataDir: config.dataDir };
}
