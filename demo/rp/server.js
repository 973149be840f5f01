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
 * }} config
 */
export function createRelyingParty(config) {
  const store = openStore(config.dataDir);
  const rpName = config.rpName ?? 'Acme Portal';
  const challengeTtlMs = config.challengeTtlMs ?? 5 * 60_000;
  const ceremonyTimeoutMs = config.ceremonyTimeoutMs ?? 120_000;
  const sessionTtlMs = config.sessionTtlMs ?? 8 * 60 * 60_000;

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
      const user = currentUser(req);
      const body = await readJson(req);
      validName(body.name);
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
      store.saveChallenge(options.challenge, user.id, 'registration', Date.now() + challengeTtlMs);
      send(res, 200, options);
    },

    async 'POST /api/passkeys/registration/verify'(req, res) {
      checkOrigin(req);
      const user = currentUser(req);
      const body = await readJson(req);
      const name = validName(body.name);
      const response = /** @type {import('@simplewebauthn/server').RegistrationResponseJSON} */ (
        body.response
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
      const taken = store.takeChallenge(challenge, user.id, 'registration');
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
      const row = {
        id: info.credential.id,
        user_id: user.id,
        name,
        public_key: Buffer.from(info.credential.publicKey),
        counter: info.credential.counter,
        transports: JSON.stringify(
          info.credential.transports ?? response.response.transports ?? [],
        ),
        aaguid: info.aaguid,
        device_type: info.credentialDeviceType,
        backed_up: info.credentialBackedUp ? 1 : 0,
        created_at: new Date().toISOString(),
      };
      if (!store.insertCredential(row))
        throw new HttpError(409, 'conflict', 'This passkey is already registered.');
      send(res, 201, toCredentialJSON({ ...row, active: 1, last_used_at: null }));
    },

    async 'GET /api/passkeys/credentials'(req, res) {
      const user = currentUser(req);
      send(res, 200, { credentials: store.credentials(user.id).map(toCredentialJSON) });
    },
  };

  /**
   * Connect-style middleware: handles /api/…, passes anything else on.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  function handle(req, res, next) {
    const path = (req.url ?? '/').split('?')[0];
    if (!path.startsWith('/api/')) return next();
    const route = routes[`${req.method} ${path}`];
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

  return { handle, close: () => store.close() };
}
