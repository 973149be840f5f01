// Token-bucket rate limits for the reference RP, kept in memory: each key may spend `limit`
// requests at once, and earns them back evenly over `windowMs`. A restart forgets the buckets,
// which is fine for a demo; a server with several processes would keep them in a shared store.

/** Buckets kept at most; full buckets are dropped first, since they hold no state. */
const MAX_KEYS = 50_000;

/**
 * @param {{ limit: number, windowMs: number, now?: () => number }} opts
 */
export function createRateLimiter({ limit, windowMs, now = Date.now }) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  const perMs = limit / windowMs;

  /** @param {string} key @param {number} t */
  function refilled(key, t) {
    const b = buckets.get(key);
    if (!b) return limit;
    return Math.min(limit, b.tokens + (t - b.at) * perMs);
  }

  function sweep(/** @type {number} */ t) {
    for (const key of buckets.keys()) if (refilled(key, t) >= limit) buckets.delete(key);
    // Still too many (a flood of distinct keys): forget the oldest, which errs towards allowing.
    for (const key of buckets.keys()) {
      if (buckets.size <= MAX_KEYS) break;
      buckets.delete(key);
    }
  }

  return {
    /**
     * Spends one request for `key`. Returns 0 when allowed, else how many seconds until the
     * next one is (for Retry-After); nothing is spent then.
     * @param {string} key
     */
    take(key) {
      if (!Number.isFinite(limit)) return 0;
      if (limit <= 0) return Math.max(1, Math.ceil(windowMs / 1000)); // "never": once a window
      const t = now();
      const tokens = refilled(key, t);
      if (tokens < 1) return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      buckets.delete(key); // re-insert: the Map's order is then least recently used first
      buckets.set(key, { tokens: tokens - 1, at: t });
      if (buckets.size > MAX_KEYS) sweep(t);
      return 0;
    },
  };
}
