// The reference relying party's store: SQLite on disk (better-sqlite3), so credentials survive
// a restart. Every statement is synchronous, which makes each one atomic within this process.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TWO_FACTOR_SCHEMA, twoFactorStore } from './two-factor-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  webauthn_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  -- Until when this session's changes need no approval (the recently-confirmed window).
  confirmed_until INTEGER
);
CREATE TABLE IF NOT EXISTS challenges (
  challenge TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  purpose TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  -- For purpose 'approval': the canonical JSON of the action it approves.
  action TEXT
);
CREATE TABLE IF NOT EXISTS credentials (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  public_key BLOB NOT NULL,
  counter INTEGER NOT NULL,
  transports TEXT NOT NULL,
  aaguid TEXT NOT NULL,
  device_type TEXT NOT NULL,
  backed_up INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  last_used_at TEXT
);
CREATE INDEX IF NOT EXISTS credentials_user ON credentials(user_id);
-- Cross-device handoffs: a desktop session lets a phone register one passkey for its user.
-- Only the token's hash is stored; status is pending → completed, declined or cancelled.
-- approved: whether its creation was approved with a passkey (else the account had none).
CREATE TABLE IF NOT EXISTS handoffs (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  credential_id TEXT REFERENCES credentials(id),
  expires_at INTEGER NOT NULL,
  approved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS handoffs_expiry ON handoffs(expires_at);
`;

/**
 * @typedef {{ id: string, webauthn_id: string, name: string, display_name: string, created_at: string }} UserRow
 * @typedef {{ id: string, user_id: string, name: string, public_key: Buffer, counter: number,
 *   transports: string, aaguid: string, device_type: string, backed_up: number, active: number,
 *   created_at: string, last_used_at: string | null }} CredentialRow
 * @typedef {'pending' | 'completed' | 'declined' | 'cancelled'} HandoffStatus
 * @typedef {{ id: string, token_hash: string, user_id: string, name: string,
 *   status: HandoffStatus, credential_id: string | null, expires_at: number,
 *   approved: number }} HandoffRow
 */

/**
 * Brings a database made by an older version up to date. Inside one immediate transaction, so
 * two processes opening the same old file can't both add a column.
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  /** @param {string} table @param {string} column @param {string} type */
  const addColumn = (table, column, type) => {
    const columns = /** @type {{ name: string }[]} */ (db.pragma(`table_info(${table})`));
    if (!columns.some((c) => c.name === column))
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  };
  db.transaction(() => {
    addColumn('challenges', 'action', 'TEXT');
    addColumn('sessions', 'confirmed_until', 'INTEGER');
    addColumn('handoffs', 'approved', 'INTEGER NOT NULL DEFAULT 0');
    // Older versions claimed a link before verifying; a crash then left it "claimed" for good.
    db.exec("UPDATE handoffs SET status = 'pending' WHERE status = 'claimed'");
  }).immediate();
}

/** @param {string} dataDir */
export function openStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'passkeys.sqlite3'));
  db.pragma('journal_mode = WAL');
  // better-sqlite3 would reopen a WAL database at NORMAL, where a power cut can lose the last
  // acknowledged writes: FULL syncs the WAL at every commit.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Wait for a concurrent writer (another process on the same file) instead of failing.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  // New tables only (CREATE IF NOT EXISTS): an older database gains them as they are.
  db.exec(TWO_FACTOR_SCHEMA);
  migrate(db);

  const q = {
    insertUser: db.prepare(
      'INSERT INTO users (id, webauthn_id, name, display_name, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    userById: db.prepare('SELECT * FROM users WHERE id = ?'),
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)',
    ),
    sessionUser: db.prepare(
      'SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id WHERE token_hash = ? AND expires_at > ?',
    ),
    insertChallenge: db.prepare(
      'INSERT INTO challenges (challenge, user_id, purpose, expires_at, action) VALUES (?, ?, ?, ?, ?)',
    ),
    // DELETE … RETURNING makes "use once" atomic: two concurrent verifications can't both take it.
    takeChallenge: db.prepare(
      'DELETE FROM challenges WHERE challenge = ? AND user_id = ? AND purpose = ? RETURNING expires_at, action',
    ),
    purgeExpired: db.prepare('DELETE FROM challenges WHERE expires_at <= ?'),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    confirmSession: db.prepare('UPDATE sessions SET confirmed_until = ? WHERE token_hash = ?'),
    confirmedUntil: db.prepare(
      'SELECT confirmed_until AS until FROM sessions WHERE token_hash = ?',
    ),
    insertCredential: db.prepare(`INSERT INTO credentials
      (id, user_id, name, public_key, counter, transports, aaguid, device_type, backed_up, created_at)
      VALUES (@id, @user_id, @name, @public_key, @counter, @transports, @aaguid, @device_type, @backed_up, @created_at)`),
    credentialsOf: db.prepare(
      'SELECT * FROM credentials WHERE user_id = ? ORDER BY created_at, rowid',
    ),
    credentialById: db.prepare('SELECT * FROM credentials WHERE id = ?'),
    activeCredentialsOf: db.prepare(
      'SELECT * FROM credentials WHERE user_id = ? AND active = 1 ORDER BY created_at, rowid',
    ),
    countActive: db.prepare(
      'SELECT COUNT(*) AS n FROM credentials WHERE user_id = ? AND active = 1',
    ),
    // After a successful assertion: the authenticator's new counter, and when it was used.
    // MAX: two approvals verified at once must not put the counter back (a lost update).
    touchCredential: db.prepare(
      'UPDATE credentials SET counter = MAX(counter, ?), last_used_at = ? WHERE id = ?',
    ),
    renameCredential: db.prepare('UPDATE credentials SET name = ? WHERE id = ?'),
    setActive: db.prepare('UPDATE credentials SET active = ? WHERE id = ?'),
    deleteCredential: db.prepare('DELETE FROM credentials WHERE id = ?'),
    // A completed handoff names its credential (a foreign key): forget it before deleting.
    forgetHandoffCredential: db.prepare(
      'UPDATE handoffs SET credential_id = NULL WHERE credential_id = ?',
    ),
    insertHandoff:
      db.prepare(`INSERT INTO handoffs (id, token_hash, user_id, name, status, expires_at, approved)
      VALUES (?, ?, ?, ?, 'pending', ?, ?)`),
    // A user's newer link replaces their older ones.
    cancelPendingOf: db.prepare(
      "UPDATE handoffs SET status = 'cancelled' WHERE user_id = ? AND status = 'pending' RETURNING id",
    ),
    purgeHandoffs: db.prepare('DELETE FROM handoffs WHERE expires_at <= ?'),
    handoffById: db.prepare('SELECT * FROM handoffs WHERE id = ?'),
    handoffByToken: db.prepare('SELECT * FROM handoffs WHERE token_hash = ?'),
    // Each transition names the state it leaves, so only one of two racing requests wins.
    completeHandoff: db.prepare(
      "UPDATE handoffs SET status = 'completed', credential_id = ? WHERE id = ? AND status = 'pending' AND expires_at > ?",
    ),
    cancelHandoff: db.prepare(
      "UPDATE handoffs SET status = 'cancelled' WHERE id = ? AND status = 'pending'",
    ),
    declineHandoff: db.prepare(
      "UPDATE handoffs SET status = 'declined' WHERE id = ? AND status = 'pending' AND expires_at > ?",
    ),
  };

  /** @param {Omit<CredentialRow, 'active' | 'last_used_at'>} c @returns {boolean} false if the ID exists */
  function insertCredential(c) {
    try {
      q.insertCredential.run(c);
      return true;
    } catch (err) {
      if (/** @type {{ code?: string }} */ (err).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        return false;
      throw err;
    }
  }

  // "Only if the user has no active passkey" checked with the insert, in one transaction.
  const addCredential = db.transaction(
    /** @param {Omit<CredentialRow, 'active' | 'last_used_at'>} c @param {boolean} onlyIfNoActive */
    (c, onlyIfNoActive) => {
      if (onlyIfNoActive && /** @type {{ n: number }} */ (q.countActive.get(c.user_id)).n > 0)
        return 'needs-approval';
      return insertCredential(c) ? 'added' : 'exists';
    },
  );

  /**
   * Why a change to a credential can't be made, if it can't: it isn't this user's ('missing'),
   * or it would leave the user without an active credential ('last-active').
   * @param {string} id @param {string} userId @param {boolean} deactivates whether the change
   *   deactivates or deletes it
   * @returns {'missing' | 'last-active' | undefined}
   */
  function obstacle(id, userId, deactivates) {
    const row = /** @type {CredentialRow | undefined} */ (q.credentialById.get(id));
    if (!row || row.user_id !== userId) return 'missing';
    const active = /** @type {{ n: number }} */ (q.countActive.get(userId)).n;
    if (deactivates && row.active === 1 && active <= 1) return 'last-active';
    return undefined;
  }

  // The check and the write in one transaction, so two tabs can't both remove the last two
  // active credentials. IMMEDIATE takes the write lock first, also against other processes.
  const updateCredential = db.transaction(
    /** @param {string} id @param {string} userId @param {{ name?: string, active?: boolean }} change */
    (id, userId, change) => {
      const refused = obstacle(id, userId, change.active === false);
      if (refused) return refused;
      if (change.name !== undefined) q.renameCredential.run(change.name, id);
      if (change.active !== undefined) q.setActive.run(change.active ? 1 : 0, id);
      return /** @type {CredentialRow} */ (q.credentialById.get(id));
    },
  );

  const deleteCredential = db.transaction(
    /** @param {string} id @param {string} userId */
    (id, userId) => {
      const refused = obstacle(id, userId, true);
      if (refused) return refused;
      q.forgetHandoffCredential.run(id);
      q.deleteCredential.run(id);
      return undefined;
    },
  );

  /**
   * Stores the phone's verified credential and completes its handoff, both or neither: only
   * while the handoff is pending and unexpired (and, with onlyIfNoActive, while the user has no
   * active passkey).
   */
  const completeHandoff = db.transaction(
    /** @param {string} id @param {Omit<CredentialRow, 'active' | 'last_used_at'>} c @param {boolean} onlyIfNoActive */
    (id, c, onlyIfNoActive) => {
      const h = /** @type {HandoffRow | undefined} */ (q.handoffById.get(id));
      if (!h || h.status !== 'pending' || h.expires_at <= Date.now()) return 'gone';
      if (onlyIfNoActive && /** @type {{ n: number }} */ (q.countActive.get(c.user_id)).n > 0)
        return 'needs-approval';
      if (!insertCredential(c)) return 'exists';
      q.completeHandoff.run(c.id, id, Date.now());
      return 'completed';
    },
  );

  /** A new pending handoff, cancelling the user's others; returns the IDs cancelled. */
  const createHandoff = db.transaction(
    /** @param {{ id: string, tokenHash: string, userId: string, name: string, approved: boolean, expiresAt: number }} h */
    (h) => {
      q.purgeHandoffs.run(Date.now() - 60 * 60_000);
      const cancelled = /** @type {{ id: string }[]} */ (q.cancelPendingOf.all(h.userId));
      q.insertHandoff.run(h.id, h.tokenHash, h.userId, h.name, h.expiresAt, h.approved ? 1 : 0);
      return cancelled.map((r) => r.id);
    },
  );

  return {
    // Authenticator apps and recovery codes (two-factor-store.js).
    ...twoFactorStore(db),
    /** @param {{ id: string, webauthnId: string, name: string, displayName: string }} u */
    createUser(u) {
      q.insertUser.run(u.id, u.webauthnId, u.name, u.displayName, new Date().toISOString());
    },
    /** @param {string} id @returns {UserRow | undefined} */
    user(id) {
      return /** @type {UserRow | undefined} */ (q.userById.get(id));
    },
    /** @param {string} tokenHash @param {string} userId @param {number} expiresAt */
    createSession(tokenHash, userId, expiresAt) {
      q.purgeSessions.run(Date.now());
      q.insertSession.run(tokenHash, userId, expiresAt);
    },
    /** @param {string} tokenHash @returns {UserRow | undefined} */
    sessionUser(tokenHash) {
      return /** @type {UserRow | undefined} */ (q.sessionUser.get(tokenHash, Date.now()));
    },
    /** Opens a session's recently-confirmed window. @param {string} tokenHash @param {number} until */
    confirmSession(tokenHash, until) {
      q.confirmSession.run(until, tokenHash);
    },
    /** When a session's recently-confirmed window ends (0: none). @param {string} tokenHash */
    confirmedUntil(tokenHash) {
      const row = /** @type {{ until: number | null } | undefined} */ (
        q.confirmedUntil.get(tokenHash)
      );
      return row?.until ?? 0;
    },
    /**
     * @param {string} challenge @param {string} userId @param {string} purpose @param {number} expiresAt
     * @param {string | null} [action] what an approval challenge approves (canonical JSON)
     */
    saveChallenge(challenge, userId, purpose, expiresAt, action = null) {
      q.purgeExpired.run(Date.now());
      q.insertChallenge.run(challenge, userId, purpose, expiresAt, action);
    },
    /**
     * Removes the challenge and says whether it was there and still fresh, and what it approves.
     * @param {string} challenge @param {string} userId @param {string} purpose
     * @returns {{ status: 'ok' | 'expired' | 'unknown', action: string | null }}
     */
    takeChallenge(challenge, userId, purpose) {
      const row = /** @type {{ expires_at: number, action: string | null } | undefined} */ (
        q.takeChallenge.get(challenge, userId, purpose)
      );
      if (!row) return { status: 'unknown', action: null };
      return { status: row.expires_at > Date.now() ? 'ok' : 'expired', action: row.action };
    },
    insertCredential,
    /**
     * Stores a new credential; with `onlyIfNoActive`, only while its user has no active one
     * (an unapproved registration may only be the first).
     * @param {Omit<CredentialRow, 'active' | 'last_used_at'>} c
     * @param {{ onlyIfNoActive?: boolean }} [opts]
     * @returns {'added' | 'exists' | 'needs-approval'}
     */
    addCredential(c, { onlyIfNoActive = false } = {}) {
      return addCredential.immediate(c, onlyIfNoActive);
    },
    /** @param {string} userId @returns {CredentialRow[]} */
    credentials(userId) {
      return /** @type {CredentialRow[]} */ (q.credentialsOf.all(userId));
    },
    /** @param {string} userId @returns {CredentialRow[]} */
    activeCredentials(userId) {
      return /** @type {CredentialRow[]} */ (q.activeCredentialsOf.all(userId));
    },
    /** @param {string} userId @returns {boolean} */
    hasActiveCredential(userId) {
      return /** @type {{ n: number }} */ (q.countActive.get(userId)).n > 0;
    },
    /** @param {string} id @returns {CredentialRow | undefined} */
    credential(id) {
      return /** @type {CredentialRow | undefined} */ (q.credentialById.get(id));
    },
    /**
     * Why this user can't change or delete the credential now, if they can't (a read-only
     * preview of the check the write repeats in its transaction).
     * @param {string} id @param {string} userId @param {boolean} deactivates
     */
    credentialObstacle(id, userId, deactivates) {
      return obstacle(id, userId, deactivates);
    },
    /** Records a successful assertion. @param {string} id @param {number} counter */
    touchCredential(id, counter) {
      q.touchCredential.run(counter, new Date().toISOString(), id);
    },
    /**
     * Renames or (de)activates this user's credential, unless that would leave no active one.
     * @param {string} id @param {string} userId @param {{ name?: string, active?: boolean }} change
     * @returns {CredentialRow | 'missing' | 'last-active'}
     */
    updateCredential(id, userId, change) {
      return updateCredential.immediate(id, userId, change);
    },
    /**
     * Deletes this user's credential, unless it is their last active one.
     * @param {string} id @param {string} userId
     * @returns {'missing' | 'last-active' | undefined} why nothing was deleted
     */
    deleteCredential(id, userId) {
      return deleteCredential.immediate(id, userId);
    },
    /**
     * Saves a new pending handoff and cancels the user's other pending ones (first dropping
     * those that expired over an hour ago). Returns the IDs it cancelled.
     * @param {{ id: string, tokenHash: string, userId: string, name: string, approved: boolean, expiresAt: number }} h
     * @returns {string[]}
     */
    createHandoff(h) {
      return createHandoff.immediate(h);
    },
    /** @param {string} id @returns {HandoffRow | undefined} */
    handoff(id) {
      return /** @type {HandoffRow | undefined} */ (q.handoffById.get(id));
    },
    /** @param {string} tokenHash @returns {HandoffRow | undefined} */
    handoffByToken(tokenHash) {
      return /** @type {HandoffRow | undefined} */ (q.handoffByToken.get(tokenHash));
    },
    /**
     * pending → completed, storing the verified credential in the same transaction.
     * @param {string} id @param {Omit<CredentialRow, 'active' | 'last_used_at'>} c
     * @param {{ onlyIfNoActive?: boolean }} [opts]
     * @returns {'completed' | 'gone' | 'needs-approval' | 'exists'} gone: no longer pending or
     *   expired; exists: the credential ID is taken (nothing changed in either case)
     */
    completeHandoff(id, c, { onlyIfNoActive = false } = {}) {
      return completeHandoff.immediate(id, c, onlyIfNoActive);
    },
    /** pending → cancelled. @param {string} id @returns {boolean} whether it was pending */
    cancelHandoff(id) {
      return q.cancelHandoff.run(id).changes === 1;
    },
    /** pending → declined, only while unexpired. @param {string} id @returns {boolean} */
    declineHandoff(id) {
      return q.declineHandoff.run(id, Date.now()).changes === 1;
    },
    /** The connection's durability settings, for the tests. */
    settings() {
      return {
        synchronous: db.pragma('synchronous', { simple: true }),
        journal_mode: db.pragma('journal_mode', { simple: true }),
        foreign_keys: db.pragma('foreign_keys', { simple: true }),
      };
    },
    close() {
      db.close();
    },
  };
}

/** @typedef {ReturnType<typeof openStore>} Store */
