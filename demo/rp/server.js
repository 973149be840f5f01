// The reference relying party: a Connect-style middleware speaking passkey-register's fetch
// protocol, verifying with @simplewebauthn/server and storing credentials in SQLite.
// Mounted by Vite for `npm start` and by the test runner for the browser tests.
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

class HttpError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
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

/** @param {Req} req @returns {Promise<Record<string, unknown>>} */
async function readJson(req) {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'bad-request', 'Send JSON with Content-Type: application/json.');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'bad-request', 'The request body is too large.');
    chunks.push(chunk);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new Error('not an object');
    return body;
  } catch {
    throw new HttpError(400, 'bad-request', 'The request body is not a JSON object.');
  }
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

/** @param {string} token */
const hash = (token) => createHash('sha256').update(token).digest('base64url');

/** @param {import('./store.js').CredentialRow} row */
export function toCredentialJSON(row) {
  const provider = PROVIDERS[row.aaguid];
  return {
    id: row.id,
    name: row.name,
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
 * }} config
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

  /** Where the page must be: configured, or this request's own origin (same-origin dev setups). */
  function site(/** @type {Req} */ req) {
    const host = req.headers.host ?? 'localhost';
    const proto = /** @type {{ encrypted?: boolean }} */ (req.socket).encrypted ? 'https' : 'http';
    const origin = config.origins?.[0] ?? `${proto}://${host}`;
    const rpID = config.rpID ?? new URL(origin).hostname;
    return { origin, origins: config.origins ?? [origin], rpID };
  }

  /** CSRF defence for every state change: the request must come from our own page. */
  function checkOrigin(/** @type {Req} */ req) {
    const origin = req.headers.origin;
    if (!origin || !site(req).origins.includes(origin)) {
      throw new HttpError(403, 'forbidden', 'Cross-site request refused.');
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
    let challenge;
    try {
      const clientData = JSON.parse(
        Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8'),
      );
      challenge = String(clientData.challenge);
    } catch {
      throw new HttpError(400, 'rejected', 'The registration response is malformed.');
    }
    const taken = store.takeChallenge(challenge, user.id, purpose);
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

  /**
   * The phone's registration, authorized by its handoff token alone: claims the handoff so it
   * is used once, and hands it back if verification fails so the phone can retry in time.
   * @param {Req} req @param {Res} res @param {Record<string, unknown>} body
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
      const body = await readJson(req);
      const displayName =
        typeof body.displayName === 'string' && body.displayName.trim()
          ? validName(body.displayName)
          : 'Alex Morgan';
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
      send(res, 200, { user: { name: user.name, displayName: user.display_name } });
    },

    async 'POST /api/passkeys/registration/options'(req, res) {
      checkOrigin(req);
      const body = await readJson(req);
      // A phone registers with its handoff token instead of a session (a cookie is ignored).
      const viaHandoff = body.handoff !== undefined ? usableHandoff(body.handoff) : undefined;
      const user = viaHandoff?.user ?? currentUser(req);
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
        excludeCredentials: store
          .credentials(user.id)
          .map((c) => ({ id: c.id, transports: JSON.parse(c.transports) })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      });
      // A handoff's challenge can only be verified through that same handoff.
      const purpose = viaHandoff ? `handoff:${viaHandoff.handoff.id}` : 'registration';
      store.saveChallenge(options.challenge, user.id, purpose, Date.now() + challengeTtlMs);
      send(res, 200, options);
    },

    async 'POST /api/passkeys/registration/verify'(req, res) {
      checkOrigin(req);
      const body = await readJson(req);
      if (body.handoff !== undefined) return verifyHandoff(req, res, body);
      const user = currentUser(req);
      const name = validName(body.name);
      const row = await verifyNewCredential(req, user, name, body.response, 'registration');
      if (!store.insertCredential(row))
        throw new HttpError(409, 'conflict', 'This passkey is already registered.');
      send(res, 201, toCredentialJSON({ ...row, active: 1, last_used_at: null }));
    },

    // Desktop: starts a handoff, a link for the phone to register one passkey for this user.
    async 'POST /api/passkeys/handoff'(req, res) {
      checkOrigin(req);
      const user = currentUser(req);
      const body = await readJson(req);
      const name = validName(body.name);
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
      const body = await readJson(req);
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
      const body = await readJson(req);
      const { handoff } = usableHandoff(body.token);
      if (!store.declineHandoff(handoff.id)) {
        const now = store.handoff(handoff.id);
        if (now) refuseUnusable(now);
        throw new HttpError(409, 'conflict', 'This link has already been used.');
      }
      notifyHandoff(handoff.id);
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
    },

    async 'GET /api/passkeys/credentials'(req, res) {
      const user = currentUser(req);
      send(res, 200, { credentials: store.credentials(user.id).map(toCredentialJSON) });
    },
  };

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

  /**
   * Connect-style middleware: handles /api/…, passes anything else on.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  function handle(req, res, next) {
    const path = (req.url ?? '/').split('?')[0];
    if (!path.startsWith('/api/')) return next();
    const waitFor = req.method === 'GET' ? HANDOFF_WAIT.exec(path)?.[1] : undefined;
    const route =
      waitFor !== undefined
        ? (/** @type {Req} */ req, /** @type {Res} */ res) => waitForHandoff(req, res, waitFor)
        : routes[`${req.method} ${path}`];
    if (!route)
      return send(res, 404, { error: { code: 'not-found', message: 'No such endpoint.' } });
    route(req, res).catch((/** @type {unknown} */ err) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError)
        return send(res, err.status, { error: { code: err.code, message: err.message } });
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

  return { handle, close };
}
