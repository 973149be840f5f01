// The store's second factors besides passkeys, in the same SQLite database (store.js opens it
// and adds these methods to its own): an authenticator app (TOTP) per user and its pending
// setups, and recovery-code sets with their hashed codes. Every change that depends on a check
// makes the check in the same immediate transaction, so two tabs can't both win a race.

export const TWO_FACTOR_SCHEMA = `
-- A user's authenticator app. The secret is the HMAC key (base32); a real deployment would
-- encrypt it at rest (e.g. with a key from a KMS). last_step: the RFC 6238 time step of the last
-- code accepted, so each code is accepted once (a code for a step <= last_step is refused).
CREATE TABLE IF NOT EXISTS totp (
  user_id TEXT PRIMARY KEY REFERENCES users(id),
  secret TEXT NOT NULL,
  name TEXT,
  created_at TEXT NOT NULL,
  last_step INTEGER NOT NULL
);
-- A setup in progress: its secret is stored as the user's app once a code from it verifies.
-- approved: whether starting it was approved with a passkey (else the account had none, or
-- was inside the recently-confirmed window).
CREATE TABLE IF NOT EXISTS totp_setups (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  secret TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  approved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS totp_setups_user ON totp_setups(user_id);
-- Recovery-code sets: 'pending' (generated, shown, not in force) until confirmed, then 'active'
-- (at most one per user). salt and params: scrypt's, shared by the set's codes.
CREATE TABLE IF NOT EXISTS recovery_sets (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  status TEXT NOT NULL,
  salt TEXT NOT NULL,
  params TEXT NOT NULL,
  total INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  confirmed_at TEXT,
  approved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS recovery_sets_user ON recovery_sets(user_id);
-- Only the codes' scrypt hashes (base64url); used_at is set when one is spent.
CREATE TABLE IF NOT EXISTS recovery_codes (
  set_id TEXT NOT NULL REFERENCES recovery_sets(id) ON DELETE CASCADE,
  hash TEXT NOT NULL,
  used_at TEXT,
  PRIMARY KEY (set_id, hash)
);
`;

/**
 * @typedef {{ user_id: string, secret: string, name: string | null, created_at: string,
 *   last_step: number }} TotpRow
 * @typedef {{ id: string, user_id: string, secret: string, expires_at: number,
 *   approved: number }} TotpSetupRow
 * @typedef {{ id: string, user_id: string, status: 'pending' | 'active', salt: string,
 *   params: string, total: number, expires_at: number, confirmed_at: string | null,
 *   approved: number }} RecoverySetRow
 */

/** Pending rows expired this long ago are dropped. */
const PURGE_AFTER_MS = 60 * 60_000;

/** @param {import('better-sqlite3').Database} db */
export function twoFactorStore(db) {
  const q = {
    totpOf: db.prepare('SELECT * FROM totp WHERE user_id = ?'),
    insertTotp: db.prepare(
      'INSERT INTO totp (user_id, secret, name, created_at, last_step) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteTotp: db.prepare('DELETE FROM totp WHERE user_id = ?'),
    // Atomic "once": of two requests with the same code, only one moves last_step on.
    acceptStep: db.prepare('UPDATE totp SET last_step = ? WHERE user_id = ? AND last_step < ?'),
    purgeSetups: db.prepare('DELETE FROM totp_setups WHERE expires_at <= ?'),
    deleteSetupsOf: db.prepare('DELETE FROM totp_setups WHERE user_id = ?'),
    insertSetup: db.prepare(
      'INSERT INTO totp_setups (id, user_id, secret, expires_at, approved) VALUES (?, ?, ?, ?, ?)',
    ),
    setup: db.prepare('SELECT * FROM totp_setups WHERE id = ?'),
    deleteSetup: db.prepare('DELETE FROM totp_setups WHERE id = ?'),
    purgeSets: db.prepare("DELETE FROM recovery_sets WHERE status = 'pending' AND expires_at <= ?"),
    deletePendingSetsOf: db.prepare(
      "DELETE FROM recovery_sets WHERE user_id = ? AND status = 'pending'",
    ),
    deleteActiveSetsOf: db.prepare(
      "DELETE FROM recovery_sets WHERE user_id = ? AND status = 'active'",
    ),
    insertSet: db.prepare(`INSERT INTO recovery_sets
      (id, user_id, status, salt, params, total, expires_at, approved)
      VALUES (?, ?, 'pending', ?, ?, ?, ?, ?)`),
    insertCode: db.prepare('INSERT INTO recovery_codes (set_id, hash) VALUES (?, ?)'),
    set: db.prepare('SELECT * FROM recovery_sets WHERE id = ?'),
    activeSetOf: db.prepare("SELECT * FROM recovery_sets WHERE user_id = ? AND status = 'active'"),
    activate: db.prepare(
      "UPDATE recovery_sets SET status = 'active', confirmed_at = ? WHERE id = ? AND status = 'pending'",
    ),
    unusedCodes: db.prepare('SELECT hash FROM recovery_codes WHERE set_id = ? AND used_at IS NULL'),
    useCode: db.prepare(
      'UPDATE recovery_codes SET used_at = ? WHERE set_id = ? AND hash = ? AND used_at IS NULL',
    ),
  };

  /** The setup becomes the user's app, if it is still pending and they have none. */
  const completeSetup = db.transaction(
    /** @param {string} id @param {string} userId @param {string | null} name @param {number} step */
    (id, userId, name, step) => {
      const setup = /** @type {TotpSetupRow | undefined} */ (q.setup.get(id));
      if (!setup || setup.user_id !== userId || setup.expires_at <= Date.now()) return 'gone';
      if (q.totpOf.get(userId)) return 'exists';
      q.insertTotp.run(userId, setup.secret, name, new Date().toISOString(), step);
      q.deleteSetupsOf.run(userId);
      return 'added';
    },
  );

  /** A new pending setup, replacing the user's others (a second setup is a new secret). */
  const createSetup = db.transaction(
    /** @param {{ id: string, userId: string, secret: string, expiresAt: number, approved: boolean }} s */
    (s) => {
      q.purgeSetups.run(Date.now() - PURGE_AFTER_MS);
      if (q.totpOf.get(s.userId)) return false;
      q.deleteSetupsOf.run(s.userId);
      q.insertSetup.run(s.id, s.userId, s.secret, s.expiresAt, s.approved ? 1 : 0);
      return true;
    },
  );

  const removeTotp = db.transaction(
    /** @param {string} userId */
    (userId) => {
      q.deleteSetupsOf.run(userId);
      return q.deleteTotp.run(userId).changes === 1;
    },
  );

  /** A new pending set with its hashes, replacing the user's other pending ones. */
  const createRecoverySet = db.transaction(
    /** @param {{ id: string, userId: string, salt: string, params: string, hashes: string[],
     *   expiresAt: number, approved: boolean }} s */
    (s) => {
      q.purgeSets.run(Date.now() - PURGE_AFTER_MS);
      q.deletePendingSetsOf.run(s.userId);
      q.insertSet.run(
        s.id,
        s.userId,
        s.salt,
        s.params,
        s.hashes.length,
        s.expiresAt,
        s.approved ? 1 : 0,
      );
      for (const h of s.hashes) q.insertCode.run(s.id, h);
    },
  );

  /** pending → active, dropping the old active set (its codes with it), both or neither. */
  const confirmRecoverySet = db.transaction(
    /** @param {string} id @param {string} userId @param {(set: RecoverySetRow) => boolean} stillValid */
    (id, userId, stillValid) => {
      const set = /** @type {RecoverySetRow | undefined} */ (q.set.get(id));
      if (!set || set.user_id !== userId || set.status !== 'pending') return 'gone';
      if (set.expires_at <= Date.now() || !stillValid(set)) return 'gone';
      q.deleteActiveSetsOf.run(userId);
      q.activate.run(new Date().toISOString(), id);
      return 'confirmed';
    },
  );

  return {
    /** @param {string} userId @returns {TotpRow | undefined} */
    totp(userId) {
      return /** @type {TotpRow | undefined} */ (q.totpOf.get(userId));
    },
    /**
     * Saves a pending setup (replacing the user's others), unless the user has an app already.
     * @param {{ id: string, userId: string, secret: string, expiresAt: number, approved: boolean }} s
     * @returns {boolean} false: the user has an app
     */
    createTotpSetup(s) {
      return createSetup.immediate(s);
    },
    /** @param {string} id @returns {TotpSetupRow | undefined} */
    totpSetup(id) {
      return /** @type {TotpSetupRow | undefined} */ (q.setup.get(id));
    },
    /** @param {string} id */
    deleteTotpSetup(id) {
      q.deleteSetup.run(id);
    },
    /**
     * Stores the setup's secret as the user's app, the verifying code's step already used.
     * @param {string} id @param {string} userId @param {string | null} name @param {number} step
     * @returns {'added' | 'gone' | 'exists'}
     */
    completeTotpSetup(id, userId, name, step) {
      return completeSetup.immediate(id, userId, name, step);
    },
    /**
     * Accepts a code's time step once: true if it is newer than any accepted before.
     * @param {string} userId @param {number} step
     */
    acceptTotpStep(userId, step) {
      return q.acceptStep.run(step, userId, step).changes === 1;
    },
    /** Removes the user's app and pending setups. @param {string} userId @returns {boolean} */
    removeTotp(userId) {
      return removeTotp.immediate(userId);
    },
    /**
     * @param {{ id: string, userId: string, salt: string, params: string, hashes: string[],
     *   expiresAt: number, approved: boolean }} s
     */
    createRecoverySet(s) {
      createRecoverySet.immediate(s);
    },
    /** @param {string} id @returns {RecoverySetRow | undefined} */
    recoverySet(id) {
      return /** @type {RecoverySetRow | undefined} */ (q.set.get(id));
    },
    /**
     * Puts a pending set in force in place of the old one; `stillValid` is asked inside the
     * transaction.
     * @param {string} id @param {string} userId @param {(set: RecoverySetRow) => boolean} stillValid
     * @returns {'confirmed' | 'gone'}
     */
    confirmRecoverySet(id, userId, stillValid) {
      return confirmRecoverySet.immediate(id, userId, stillValid);
    },
    /** @param {string} userId @returns {RecoverySetRow | undefined} */
    activeRecoverySet(userId) {
      return /** @type {RecoverySetRow | undefined} */ (q.activeSetOf.get(userId));
    },
    /** @param {string} setId @returns {string[]} */
    unusedRecoveryHashes(setId) {
      return /** @type {{ hash: string }[]} */ (q.unusedCodes.all(setId)).map((r) => r.hash);
    },
    /**
     * Spends one code, once: false if it was spent meanwhile (or its set replaced).
     * @param {string} setId @param {string} hash
     */
    useRecoveryCode(setId, hash) {
      return q.useCode.run(new Date().toISOString(), setId, hash).changes === 1;
    },
  };
}
