/**
 * The reference RP's recovery codes (demo/rp/recovery-codes.js) over real HTTP: ten codes from a
 * pending set, stored only as scrypt hashes, in force only once confirmed (which ends the old
 * set), each usable once, counted in the status; expiry, approvals and limits.
 */
import { expect } from '@open-wc/testing';
import {
  addAuthenticator,
  approve,
  newSession,
  register,
  removeAuthenticators,
  restartRp,
} from '../support/rp-api.js';
import { currentUserId, filesContain, signIn, sleep, sql, tf } from './two-factor-helpers.js';

interface CodeSet {
  id: string;
  codes: string[];
  expiresAt: string;
}

async function generate(approval?: unknown): Promise<CodeSet> {
  const res = await tf('POST', '/recovery-codes', approval === undefined ? {} : { approval });
  expect(res.status, `generate: ${JSON.stringify(res.body)}`).to.equal(201);
  return res.body as unknown as CodeSet;
}

const confirm = (id: string) => tf('POST', `/recovery-codes/${id}/confirm`);
const status = async () => (await tf('GET', '/recovery-codes')).body;

describe('reference RP: recovery codes', function () {
  this.timeout(60_000);
  beforeEach(newSession);
  afterEach(removeAuthenticators);

  it('generates 10 distinct codes, xxxxx-xxxxx in an alphabet without look-alikes, as a pending set', async () => {
    expect(await status()).to.deep.equal({ configured: false, remaining: 0, total: 0 });
    const set = await generate();
    expect(set.codes).to.have.length(10);
    expect(new Set(set.codes).size).to.equal(10);
    for (const code of set.codes)
      expect(code).to.match(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(new Date(set.expiresAt).getTime() - Date.now()).to.be.within(9 * 60_000, 10 * 60_000);
    // Pending: not in force, and not usable.
    expect(await status()).to.deep.equal({ configured: false, remaining: 0, total: 0 });
    expect(await signIn('recovery', set.codes[0]), 'a pending code').to.equal(422);
    const res = await confirm(set.id);
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ configured: true, remaining: 10, total: 10 });
    expect(Date.parse(res.body.createdAt as string)).to.be.closeTo(Date.now(), 60_000);
    expect(await signIn('recovery', set.codes[0])).to.equal(204);
  });

  it('stores only scrypt hashes: no code, in any form, is in the database files', async () => {
    const set = await generate();
    await confirm(set.id);
    const userId = await currentUserId();
    const rows = await sql<{ hash: string; salt: string; params: string }>(
      `SELECT recovery_codes.hash, recovery_sets.salt, recovery_sets.params FROM recovery_codes
       JOIN recovery_sets ON recovery_sets.id = recovery_codes.set_id WHERE user_id = ?`,
      userId,
    );
    expect(rows).to.have.length(10);
    for (const row of rows) expect(row.hash).to.match(/^[A-Za-z0-9_-]{43}$/); // 32 bytes
    expect(JSON.parse(rows[0].params)).to.deep.equal({ N: 16384, r: 8, p: 1 });
    const forms = set.codes.flatMap((c) => [c, c.replace('-', ''), c.toUpperCase()]);
    expect(await filesContain(forms)).to.deep.equal([]);
    // The check itself is meaningful: the files do hold the (public) set ID.
    expect(await filesContain([set.id])).to.deep.equal([set.id]);
  });

  it('a code works once, and the remaining count goes down', async () => {
    const set = await generate();
    await confirm(set.id);
    expect(await signIn('recovery', set.codes[3])).to.equal(204);
    expect(await signIn('recovery', set.codes[3]), 'the same code again').to.equal(422);
    expect(await status()).to.include({ configured: true, remaining: 9, total: 10 });
    expect(await signIn('recovery', set.codes[7])).to.equal(204);
    expect(await status()).to.include({ remaining: 8, total: 10 });
  });

  it('the same code sent twice at once is accepted once', async () => {
    const set = await generate();
    await confirm(set.id);
    const statuses = await Promise.all([
      signIn('recovery', set.codes[0]),
      signIn('recovery', set.codes[0]),
    ]);
    expect(statuses.sort()).to.deep.equal([204, 422]);
    expect(await status()).to.include({ remaining: 9 });
  });

  it('accepts a code typed loosely: upper case, without the hyphen, with spaces', async () => {
    const set = await generate();
    await confirm(set.id);
    expect(await signIn('recovery', set.codes[0].toUpperCase())).to.equal(204);
    expect(await signIn('recovery', set.codes[1].replace('-', ''))).to.equal(204);
    expect(await signIn('recovery', ` ${set.codes[2].replace('-', ' - ')} `)).to.equal(204);
    // Five attempts: the account's limit in the test configuration.
    for (const wrong of ['abcde-fghij', `${set.codes[3]}0`])
      expect(await signIn('recovery', wrong), wrong).to.equal(422);
    expect(await status()).to.include({ remaining: 7 });
  });

  it('a new set is pending beside the old one; confirming it ends every code of the old set', async () => {
    const old = await generate();
    await confirm(old.id);
    expect(await signIn('recovery', old.codes[0])).to.equal(204);
    const fresh = await generate();
    // Not yet in force: the old set still works, the new one doesn't.
    expect(await status()).to.include({ remaining: 9, total: 10 });
    expect(await signIn('recovery', old.codes[1]), 'old, before confirming').to.equal(204);
    expect(await signIn('recovery', fresh.codes[0]), 'new, before confirming').to.equal(422);
    expect((await confirm(fresh.id)).body).to.include({ configured: true, remaining: 10 });
    expect(await signIn('recovery', old.codes[2]), 'old, after confirming').to.equal(422);
    expect(await signIn('recovery', fresh.codes[0]), 'new, after confirming').to.equal(204);
    // The old set's hashes are gone from the database, not only marked.
    expect(await sql('SELECT id FROM recovery_sets WHERE id = ?', old.id)).to.have.length(0);
    expect(await sql('SELECT hash FROM recovery_codes WHERE set_id = ?', old.id)).to.have.length(0);
  });

  it('a set is confirmed once; a newer pending set replaces an older pending one', async () => {
    const first = await generate();
    const second = await generate();
    expect((await confirm(first.id)).status, 'the replaced pending set').to.equal(410);
    expect((await confirm(second.id)).status).to.equal(200);
    const again = await confirm(second.id);
    expect(again.status, 'confirmed twice').to.equal(410);
    expect(again.body.error?.code).to.equal('expired');
    expect((await confirm('no-such-set')).status).to.equal(410);
  });

  it('confirming one set twice at once puts it in force once', async () => {
    const old = await generate();
    await confirm(old.id);
    const fresh = await generate();
    const replies = await Promise.all([confirm(fresh.id), confirm(fresh.id)]);
    expect(replies.map((r) => r.status).sort()).to.deep.equal([200, 410]);
    const sets = await sql<{ id: string }>(
      "SELECT id FROM recovery_sets WHERE user_id = ? AND status = 'active'",
      await currentUserId(),
    );
    expect(sets).to.deep.equal([{ id: fresh.id }]);
  });

  it("a set belongs to its user: another user's session can't confirm it", async () => {
    const set = await generate();
    await newSession();
    expect((await confirm(set.id)).status).to.equal(410);
    expect(await status()).to.deep.equal({ configured: false, remaining: 0, total: 0 });
  });

  it('an unconfirmed set expires (410 expired) and the old set stays in force', async () => {
    try {
      await restartRp({ twoFactorSetupTtlMs: 800 });
      const old = await generate();
      await confirm(old.id);
      const late = await generate();
      await sleep(1000);
      const res = await confirm(late.id);
      expect(res.status).to.equal(410);
      expect(res.body.error?.code).to.equal('expired');
      expect(await signIn('recovery', old.codes[0])).to.equal(204);
      expect(await signIn('recovery', late.codes[0])).to.equal(422);
    } finally {
      await restartRp();
    }
  });

  it('limits recovery-code attempts with the code-attempt limit (429 + Retry-After), wrong ones included', async () => {
    const set = await generate();
    await confirm(set.id);
    for (let i = 0; i < 5; i++) expect(await signIn('recovery', 'aaaaa-aaaaa')).to.equal(422);
    const res = await fetch('/api/two-factor/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
      body: JSON.stringify({ method: 'recovery', code: set.codes[0] }),
    });
    expect(res.status).to.equal(429);
    expect(Number(res.headers.get('Retry-After'))).to.be.within(1, 300);
    expect(await status()).to.include({ remaining: 10 });
  });

  it('limits how often a set is generated (each costs ten scrypt hashes)', async () => {
    try {
      await restartRp({ rateLimits: { recoveryCodes: { perAccount: 2, perAddress: 100 } } });
      await generate();
      await generate();
      const res = await tf('POST', '/recovery-codes', {});
      expect(res.status).to.equal(429);
      expect(res.body.error?.code).to.equal('rate-limited');
    } finally {
      await restartRp();
    }
  });

  describe('with a passkey', () => {
    beforeEach(() => addAuthenticator('internal'));

    it('generating needs an approval for recovery-codes; one for another action is refused', async () => {
      const laptop = await register('Laptop');
      expect((await tf('POST', '/recovery-codes', {})).status).to.equal(403);
      const wrong = await approve({ type: 'totp-setup' }, laptop);
      const refused = await tf('POST', '/recovery-codes', { approval: wrong });
      expect(refused.status).to.equal(403);
      expect(refused.body.error?.message).to.match(/different action/);
      const set = await generate(await approve({ type: 'recovery-codes' }, laptop));
      expect((await confirm(set.id)).status).to.equal(200);
    });

    it('a set generated before the account had a passkey cannot be confirmed after one was added', async () => {
      const set = await generate();
      await register('Laptop');
      expect((await confirm(set.id)).status).to.equal(410);
      expect(await status()).to.deep.equal({ configured: false, remaining: 0, total: 0 });
    });
  });
});
