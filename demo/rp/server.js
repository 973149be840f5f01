// The reference relying party: a Connect-style middleware speaking passkey-register's fetch
// protocol, verifying with @simplewebauthn/server and storing credentials in SQLite.
// Mounted by Vite for `npm start` and by the test runner for the browser tests.
//
// This file wires the parts together; each concern lives in its own module, and every handler
// gets one context object (config, store, handoff state) instead of closing over them:
//   config.js      options and their defaults, rate limiters
//   http.js        JSON replies, errors, body parsing, routing
//   schemas.js     the one validation layer: bodies, names, credential IDs, actions
//   session.js     origin/RP ID, Host and CSRF checks, sessions, rate limits, demo sign-in
//   ceremonies.js  registration and approval verification, the recently-confirmed window
//   credentials.js registration and credential-management routes
//   handoff.js     the cross-device handoff (desktop and phone routes, long polls)
//   two-factor.js  other second factors: totp.js (authenticator app), recovery-codes.js, and
//                  two-factor-common.js, what they share
//   store.js       SQLite (two-factor-store.js: the tables of the other second factors)
import { randomBytes } from 'node:crypto';
import { resolveConfig } from './config.js';
import { credentialRoutes } from './credentials.js';
import { createHandoffState, handoffRoutes } from './handoff.js';
import { replyError, routeFor, send, errorBody } from './http.js';
import { checkHost, hash, SESSION_COOKIE, sessionRoutes } from './session.js';
import { openStore } from './store.js';
import { twoFactorRoutes } from './two-factor.js';

export { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS } from './config.js';
export { toCredentialJSON } from './ceremonies.js';

/** @typedef {import('./http.js').Req} Req */
/** @typedef {import('./http.js').Res} Res */
/**
 * What every handler gets.
 * @typedef {{ config: import('./config.js').Config, store: import('./store.js').Store,
 *   handoffs: ReturnType<typeof createHandoffState> }} Context
 */

/** @type {import('./http.js').Route<Context>[]} */
const routes = [...sessionRoutes, ...credentialRoutes, ...handoffRoutes, ...twoFactorRoutes];

/** @param {import('./config.js').RelyingPartyConfig} options */
export function createRelyingParty(options) {
  const config = resolveConfig(options);
  /** @type {Context} */
  const ctx = { config, store: openStore(config.dataDir), handoffs: createHandoffState() };

  /**
   * Connect-style middleware: handles /api/…, passes anything else on.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  function handle(req, res, next) {
    const path = (req.url ?? '/').split('?')[0];
    if (!path.startsWith('/api/')) return next();
    try {
      checkHost(ctx, req);
    } catch (err) {
      return replyError(res, err, config.log);
    }
    // No route answers OPTIONS: a CORS preflight gets a 404 without any Access-Control header.
    const route = routeFor(routes, req.method, path);
    if (!route) return send(res, 404, errorBody('not-found', 'No such endpoint.'));
    route(ctx, req, res).catch((/** @type {unknown} */ err) => replyError(res, err, config.log));
  }

  /** Ends every long poll (202: poll again) and closes the database. */
  function close() {
    ctx.handoffs.closed = true;
    for (const set of [...ctx.handoffs.waiters.values()]) for (const wake of [...set]) wake(true);
    ctx.store.close();
  }

  /**
   * Signs the user of a session in once more, as on a second browser; returns the new
   * session's cookie value, or undefined if `token` names no live session. For tests (two
   * sessions of one user); a real portal has its own sign-in.
   * @param {string} token
   */
  function addSession(token) {
    const user = ctx.store.sessionUser(hash(token));
    if (!user) return undefined;
    const second = randomBytes(32).toString('base64url');
    ctx.store.createSession(hash(second), user.id, Date.now() + config.sessionTtlMs);
    return second;
  }

  return {
    handle,
    close,
    addSession,
    sessionCookie: SESSION_COOKIE,
    dataDir: config.dataDir,
    /** The database connection's durability settings (synchronous, journal_mode), for tests. */
    databaseSettings: () => ctx.store.settings(),
  };
}
