// Looks into the reference RP from Node, for its own tests: its database as the files on disk
// (a separate read-only connection, as an attacker with a copy of the files would see them), and
// its TOTP module run on given inputs (RFC 6238's test vectors).
// Browser side: executeServerCommand('rp-inspect', { action, ... }).
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {() => { dataDir: string }} getRp the RP currently mounted on the test server */
export function rpInspectPlugin(getRp) {
  const file = () => join(getRp().dataDir, 'passkeys.sqlite3');
  return {
    name: 'rp-inspect',
    /** @param {{ command: string, payload: any }} args */
    async executeCommand({ command, payload }) {
      if (command !== 'rp-inspect') return undefined;
      switch (payload.action) {
        case 'sql': {
          // { query, params }: the rows of a read-only query.
          const db = new Database(file(), { readonly: true, fileMustExist: true });
          try {
            return db.prepare(payload.query).all(...(payload.params ?? []));
          } finally {
            db.close();
          }
        }
        case 'files-contain': {
          // { needles }: which of these strings occur anywhere in the database's files (the
          // main file and its write-ahead log), in UTF-8.
          const bytes = [file(), `${file()}-wal`]
            .filter((f) => existsSync(f))
            .map((f) => readFileSync(f));
          return /** @type {string[]} */ (payload.needles).filter((n) =>
            bytes.some((b) => b.includes(Buffer.from(n, 'utf8'))),
          );
        }
        case 'totp-code': {
          // { secretHex, algorithm, digits, period, timestamp }: the RP's own TOTP code.
          const { totpCode } = await import('../../demo/rp/totp.js');
          return totpCode({ ...payload, secret: Buffer.from(payload.secretHex, 'hex') });
        }
        default:
          throw new Error(`Unknown rp-inspect action: ${payload.action}`);
      }
    },
  };
}
