// Who is asking, and from where: the configured origin and RP ID (never the Host header), the
// Host and CSRF checks, the session cookie, rate limits, and the demo's sign-in routes.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { HttpError, readJson, send } from './http.js';
import { schemas } from './schemas.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/** @typedef {import('./server.js').Context} Context */

export const SESSION_COOKIE = 'pr_session';

/** @param {string} token */
export const hash = (token) => createHash('sha256').update(token).digest('base64url');

/**
 * Where the pages must be: the configured origins (the first is where links point), or for
 * local development http://localhost on the port this request arrived on. Never the Host header.
 * @param {Context} ctx @param {Req} req
 */
export function site(ctx, req) {
  const origins = ctx.config.origins.length
    ? ctx.config.origins
    : [`http://localhost:${req.socket.localPort}`];
  const origin = origins[0];
  return { origin, origins, rpID: ctx.config.rpID ?? new URL(origin).hostname };
}

/**
 * Refuses a request for another Host (421): a DNS-rebinding page, or a name this RP wasn't
 * configured for, gets nothing, not even a read.
 * @param {Context} ctx @param {Req} req
 */
export function checkHost(ctx, req) {
  const hosts = site(ctx, req).origins.map((o) => new URL(o).host);
  if (!hosts.includes(req.headers.host ?? ''))
    throw new HttpError(421, 'forbidden', 'This server does not answer for that host.');
}

/**
 * CSRF defence for every state change, on top of the SameSite=Strict session cookie: the
 * request must come from our own page (Origin), and carry X-Requested-With, which a
 * cross-site page can't send without a CORS preflight that this server never grants.
 * @param {Context} ctx @param {Req} req
 */
export function checkOrigin(ctx, req) {
  const origin = req.headers.origin;
  if (!origin || !site(ctx, req).origins.includes(origin))
    throw new HttpError(403, 'forbidden', 'Cross-site request refused.');
  if (!req.headers['x-requested-with'])
    throw new HttpError(403, 'forbidden', 'Send the X-Requested-With header.');
}

/**
 * The signed-in user and their session's token hash, or a 401.
 * @param {Context} ctx @param {Req} req
 */
export function currentSession(ctx, req) {
  const token = (req.headers.cookie ?? '')
    .split(/;\s*/)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  const sessionHash = token ? hash(token) : undefined;
  const user = sessionHash ? ctx.store.sessionUser(sessionHash) : undefined;
  if (!user || !sessionHash) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
  return { user, sessionHash };
}

/**
 * Spends one request from a rate limit, or refuses with 429 and Retry-After.
 * @param {ReturnType<typeof import('./rate-limit.js').createRateLimiter>} limiter @param {string} key
 */
export function spend(limiter, key) {
  tooMany(limiter.take(key));
}

/** Refuses with 429 when `retryAfter` (seconds) is set. @param {number} retryAfter */
export function tooMany(retryAfter) {
  if (retryAfter === 0) return;
  throw new HttpError(
    429,
    'rate-limited',
    `Too many attempts. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
    { headers: { 'Retry-After': String(retryAfter) }, details: { retryAfter } },
  );
}

/** Demo only: starts a session for a fresh demo user. A real portal has its own sign-in. */
async function startSession(
  /** @type {Context} */ ctx,
  /** @type {Req} */ req,
  /** @type {Res} */ res,
) {
  checkOrigin(ctx, req);
  spend(ctx.config.limits.sessions, ctx.config.clientAddress(req));
  const body = await readJson(req, schemas.session);
  const displayName = body.displayName || 'Alex Morgan';
  const id = randomUUID();
  const name = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}+${id.slice(0, 8)}@example.com`;
  ctx.store.createUser({
    id,
    webauthnId: randomBytes(32).toString('base64url'),
    name,
    displayName,
  });
  const token = randomBytes(32).toString('base64url');
  const { sessionTtlMs } = ctx.config;
  ctx.store.createSession(hash(token), id, Date.now() + sessionTtlMs);
  const secure = site(ctx, req).origin.startsWith('https:') ? '; Secure' : '';
  send(
    res,
    201,
    { user: { name, displayName } },
    {
      'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${sessionTtlMs / 1000}${secure}`,
    },
  );
}

async function getSession(
  /** @type {Context} */ ctx,
  /** @type {Req} */ req,
  /** @type {Res} */ res,
) {
  const { user } = currentSession(ctx, req);
  send(res, 200, {
    user: {
      name: user.name,
      displayName: user.display_name,
      // For WebAuthn signals (signalAllAcceptedCredentials and friends) on the client.
      webauthnUserId: user.webauthn_id,
      rpId: site(ctx, req).rpID,
    },
  });
}

/** @type {import('./http.js').Route<Context>[]} */
export const sessionRoutes = [
  ['POST', '/api/session', startSession],
  ['GET', '/api/session', getSession],
];
