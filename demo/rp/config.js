// The reference RP's configuration: every option with its default, resolved once.
import { createRateLimiter } from './rate-limit.js';

/** A handoff link lives at most this long, whatever the configuration says. */
export const MAX_HANDOFF_TTL_MS = 5 * 60_000;

/**
 * @typedef {{ perAccount?: number, perAddress?: number }} RateLimit
 * @typedef {{ windowMs?: number, sessions?: { perAddress?: number },
 *   registrationOptions?: RateLimit, approvalOptions?: RateLimit, handoffs?: RateLimit,
 *   longPolls?: { perSession?: number },
 *   codeAttempts?: RateLimit & { windowMs?: number },
 *   recoveryCodes?: RateLimit }} RateLimits
 * @typedef {import('node:http').IncomingMessage} Req
 */

/** Defaults: generous for a person retrying, tight for a script; a NAT shares one address. */
export const DEFAULT_RATE_LIMITS = {
  windowMs: 60_000,
  sessions: { perAddress: 30 },
  registrationOptions: { perAccount: 20, perAddress: 300 },
  approvalOptions: { perAccount: 30, perAddress: 300 },
  handoffs: { perAccount: 10, perAddress: 100 },
  // Long polls held at once by one session (a browser allows 6 connections per host).
  longPolls: { perSession: 4 },
  // Second-factor codes checked (TOTP and recovery codes, at setup and at sign-in; right or
  // wrong), over their own, longer window: 5 at once, then one a minute. A guesser gets about
  // 1,440 tries a day, each with 3 codes in the ±1 step window: under 0.5 % a day for 6 digits.
  codeAttempts: { perAccount: 5, perAddress: 100, windowMs: 5 * 60_000 },
  // New recovery-code sets (each costs ten scrypt hashes).
  recoveryCodes: { perAccount: 5, perAddress: 50 },
};

/** Every limit off: for a load test, whose clients all share one address. */
export const NO_RATE_LIMITS = {
  sessions: { perAddress: Infinity },
  registrationOptions: { perAccount: Infinity, perAddress: Infinity },
  approvalOptions: { perAccount: Infinity, perAddress: Infinity },
  handoffs: { perAccount: Infinity, perAddress: Infinity },
  longPolls: { perSession: Infinity },
  codeAttempts: { perAccount: Infinity, perAddress: Infinity },
  recoveryCodes: { perAccount: Infinity, perAddress: Infinity },
};

/**
 * @typedef {{
 *   dataDir: string,
 *   origin?: string,
 *   origins?: string[],
 *   rpID?: string,
 *   rpName?: string,
 *   challengeTtlMs?: number,
 *   ceremonyTimeoutMs?: number,
 *   sessionTtlMs?: number,
 *   handoffTtlMs?: number,
 *   handoffPollMs?: number,
 *   handoffPath?: string,
 *   requireApproval?: boolean,
 *   recentlyConfirmedMs?: number,
 *   twoFactorSetupTtlMs?: number,
 *   rateLimits?: RateLimits,
 *   clientAddress?: (req: Req) => string,
 *   log?: (...args: unknown[]) => void,
 * }} RelyingPartyConfig
 *   origin: where the pages are (scheme, host, port), e.g. https://portal.example; the RP ID is
 *   its hostname unless `rpID` says otherwise. Requests for any other Host are refused. Without
 *   it: http://localhost:<the port the request arrived on>, for local development only.
 *   origins: further origins accepted (e.g. an Android app's), after `origin`.
 *   recentlyConfirmedMs: after an approval, how long the same session's changes need none
 *   (like GitHub's sudo mode); 0 turns it off.
 *   twoFactorSetupTtlMs: how long an authenticator-app setup and an unconfirmed set of recovery
 *   codes stay pending (10 minutes by default).
 *   rateLimits: requests allowed at once per account (all its sessions and handoff links) and
 *   per client address, refilled evenly over `windowMs`; `Infinity` turns one off.
 *   clientAddress: the client's address for the per-address limits; by default the socket's
 *   (behind a reverse proxy, read the proxy's header here instead).
 *   log: where internal errors are logged (console.error by default).
 */

/** @param {RelyingPartyConfig} config */
export function resolveConfig(config) {
  const configured = [config.origin, ...(config.origins ?? [])].filter(
    /** @returns {o is string} */ (o) => typeof o === 'string',
  );
  for (const o of configured)
    if (new URL(o).origin !== o) throw new Error(`createRelyingParty: "${o}" is not an origin`);
  const windowMs = config.rateLimits?.windowMs ?? DEFAULT_RATE_LIMITS.windowMs;
  /** @template {Exclude<keyof typeof DEFAULT_RATE_LIMITS, 'windowMs'>} K @param {K} kind */
  const limitsOf = (kind) => ({ ...DEFAULT_RATE_LIMITS[kind], ...config.rateLimits?.[kind] });
  /**
   * @param {'registrationOptions' | 'approvalOptions' | 'handoffs' | 'codeAttempts' |
   *   'recoveryCodes'} kind
   * @param {number} [window] this kind's own window, if it has one
   */
  const limiters = (kind, window = windowMs) => ({
    account: createRateLimiter({ limit: limitsOf(kind).perAccount, windowMs: window }),
    address: createRateLimiter({ limit: limitsOf(kind).perAddress, windowMs: window }),
  });
  const codeWindowMs =
    config.rateLimits?.codeAttempts?.windowMs ?? DEFAULT_RATE_LIMITS.codeAttempts.windowMs;
  return {
    dataDir: config.dataDir,
    /** Configured origins, the first being where pages and links are; empty: localhost default. */
    origins: [...new Set(configured)],
    rpID: config.rpID,
    rpName: config.rpName ?? 'Acme Portal',
    challengeTtlMs: config.challengeTtlMs ?? 5 * 60_000,
    ceremonyTimeoutMs: config.ceremonyTimeoutMs ?? 120_000,
    sessionTtlMs: config.sessionTtlMs ?? 8 * 60 * 60_000,
    handoffTtlMs: Math.min(config.handoffTtlMs ?? MAX_HANDOFF_TTL_MS, MAX_HANDOFF_TTL_MS),
    handoffPollMs: config.handoffPollMs ?? 25_000,
    handoffPath: config.handoffPath ?? '/phone.html',
    requireApproval: config.requireApproval ?? true,
    recentlyConfirmedMs: Math.max(0, config.recentlyConfirmedMs ?? 5 * 60_000),
    twoFactorSetupTtlMs: config.twoFactorSetupTtlMs ?? 10 * 60_000,
    clientAddress: config.clientAddress ?? ((req) => req.socket.remoteAddress ?? 'unknown'),
    log: config.log ?? ((...args) => console.error(...args)),
    limits: {
      sessions: createRateLimiter({ limit: limitsOf('sessions').perAddress, windowMs }),
      registrationOptions: limiters('registrationOptions'),
      approvalOptions: limiters('approvalOptions'),
      handoffs: limiters('handoffs'),
      codeAttempts: limiters('codeAttempts', codeWindowMs),
      recoveryCodes: limiters('recoveryCodes'),
      longPollsPerSession: limitsOf('longPolls').perSession,
    },
  };
}

/** @typedef {ReturnType<typeof resolveConfig>} Config */
