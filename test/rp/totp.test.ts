/**
 * The reference RP's authenticator app (demo/rp/totp.js): its TOTP against RFC 6238's test
 * vectors, and over real HTTP setup, verify, replay, the ±1 step window, limits, expiry,
 * conflicts, approvals and removal. Codes are computed by the test (test/support/totp-code.ts,
 * Web Crypto), not by the RP's library.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  addAuthenticator,
  approve,
  newSession,
  register,
  removeAuthenticators,
  restartRp,
} from '../support/rp-api.js';
import { readKeyUri, totp } from '../support/totp-code.js';
import type { TotpAlgorithm } from '../support/totp-code.js';
import {
  clearOfStepBoundary,
  codeAt,
  currentUserId,
  enrolTotp,
  signIn,
  sleep,
  sql,
  startSetup,
  stepNow,
  tf,
} from './two-factor-helpers.js';

// RFC 6238 Appendix B: the seeds (ASCII) and the expected 8-digit codes.
const SEEDS: Record<TotpAlgorithm, string> = {
  'SHA-1': '12345678901234567890',
  'SHA-256': '12345678901234567890123456789012',
  'SHA-512': '1234567890123456789012345678901234567890123456789012345678901234',
};
const VECTORS: [number, TotpAlgorithm, string][] = [
  [59, 'SHA-1', '94287082'],
  [59, 'SHA-256', '46119246'],
  [59, 'SHA-512', '90693936'],
  [1111111109, 'SHA-1', '07081804'],
  [1111111109, 'SHA-256', '68084774'],
  [1111111109, 'SHA-512', '25091201'],
  [1111111111, 'SHA-1', '14050471'],
  [1111111111, 'SHA-256', '67062674'],
  [1111111111, 'SHA-512', '99943326'],
  [1234567890, 'SHA-1', '89005924'],
  [1234567890, 'SHA-256', '91819424'],
  [1234567890, 'SHA-512', '93441116'],
  [2000000000, 'SHA-1', '69279037'],
  [2000000000, 'SHA-256', '90698825'],
  [2000000000, 'SHA-512', '38618901'],
  [20000000000, 'SHA-1', '65353130'],
  [20000000000, 'SHA-256', '77737706'],
  [20000000000, 'SHA-512', '47863826'],
];

const hex = (ascii: string) =>
  [...new TextEncoder().encode(ascii)].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('reference RP: authenticator app (TOTP)', function () {
  this.timeout(60_000);
  beforeEach(newSession);
  afterEach(removeAuthenticators);

  it("computes RFC 6238 Appendix B's codes (SHA-1, SHA-256, SHA-512; 8 digits), as does the test's own TOTP", async () => {
    for (const [seconds, algorithm, expected] of VECTORS) {
      const label = `${algorithm} at ${seconds}`;
      const rp = await executeServerCommand<string, object>('rp-inspect', {
        action: 'totp-code',
        secretHex: hex(SEEDS[algorithm]),
        algorithm: algorithm.replace('-', ''),
        digits: 8,
        period: 30,
        timestamp: seconds * 1000,
      });
      expect(rp, `RP, ${label}`).to.equal(expected);
      const own = await totp(new TextEncoder().encode(SEEDS[algorithm]), seconds * 1000, {
        algorithm,
        digits: 8,
      });
      expect(own, `test, ${label}`).to.equal(expected);
    }
  });

  it('sets up with a code the test computes: a key URI with a 160-bit secret, then the app stored with its name', async () => {
    expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
    const setup = await startSetup();
    const uri = readKeyUri(setup.uri);
    const { user } = (await (await fetch('/api/session')).json()) as { user: { name: string } };
    expect(uri.protocol).to.equal('otpauth:');
    expect(uri.type).to.equal('totp');
    expect(uri.label).to.equal(`Acme Portal:${user.name}`);
    expect(uri.params).to.include({
      issuer: 'Acme Portal',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
    expect(uri.params.secret).to.match(/^[A-Z2-7]{32}$/);
    expect(setup.key.length, 'secret bytes').to.be.at.least(20);
    expect(new Date(setup.expiresAt).getTime() - Date.now()).to.be.within(9 * 60_000, 10 * 60_000);
    // Nothing is stored until a code verifies.
    expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
    expect(await sql('SELECT * FROM totp WHERE user_id = ?', await currentUserId())).to.have.length(
      0,
    );

    await clearOfStepBoundary();
    const res = await tf('POST', '/totp/verify', {
      id: setup.id,
      code: await codeAt(setup.key),
      name: '  Pixel Authenticator ',
    });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ configured: true, name: 'Pixel Authenticator' });
    expect(Date.parse(res.body.createdAt as string)).to.be.closeTo(Date.now(), 60_000);
    const [row] = await sql<{ secret: string; name: string }>(
      'SELECT secret, name FROM totp WHERE user_id = ?',
      await currentUserId(),
    );
    expect(row).to.deep.equal({ secret: uri.params.secret, name: 'Pixel Authenticator' });
  });

  it('never returns the secret after setup: not in the status, not to a second setup (a new secret)', async () => {
    const first = await startSetup();
    const secret = readKeyUri(first.uri).params.secret;
    const second = await startSetup();
    expect(readKeyUri(second.uri).params.secret).to.not.equal(secret);
    expect(second.id).to.not.equal(first.id);
    // The first setup was replaced: its ID no longer works, even with its right code.
    await clearOfStepBoundary();
    const stale = await tf('POST', '/totp/verify', { id: first.id, code: await codeAt(first.key) });
    expect(stale.status).to.equal(410);
    expect(stale.body.error?.code).to.equal('expired');
    expect(
      (await tf('POST', '/totp/verify', { id: second.id, code: await codeAt(second.key) })).status,
    ).to.equal(200);
    const status = await fetch('/api/two-factor/totp');
    const text = await status.text();
    expect(JSON.parse(text)).to.have.keys('configured', 'createdAt');
    expect(text).to.not.include(readKeyUri(second.uri).params.secret);
  });

  it('refuses a wrong code (422 invalid-code) and stores nothing; the right one then works', async () => {
    const setup = await startSetup();
    await clearOfStepBoundary();
    const right = await codeAt(setup.key);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (const code of [wrong, 'abcdef', '12345', '1234567']) {
      const res = await tf('POST', '/totp/verify', { id: setup.id, code });
      expect(res.status, code).to.equal(422);
      expect(res.body.error?.code, code).to.equal('invalid-code');
    }
    expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
    expect((await tf('POST', '/totp/verify', { id: setup.id, code: right })).status).to.equal(200);
  });

  it('accepts each code once: the setup code is refused at sign-in, as is a sign-in code used twice', async () => {
    const setup = await startSetup();
    await clearOfStepBoundary();
    const now = await codeAt(setup.key);
    expect((await tf('POST', '/totp/verify', { id: setup.id, code: now })).status).to.equal(200);
    expect(await signIn('totp', now), 'the setup code again').to.equal(422);
    const next = await codeAt(setup.key, 1);
    expect(await signIn('totp', next), 'the next step').to.equal(204);
    expect(await signIn('totp', next), 'the same code twice').to.equal(422);
    // An older step than the last accepted one is refused too, though inside the window.
    expect(await signIn('totp', now), 'an older step').to.equal(422);
    const [row] = await sql<{ last_step: number }>(
      'SELECT last_step FROM totp WHERE user_id = ?',
      await currentUserId(),
    );
    expect(row.last_step).to.equal(stepNow() + 1);
  });

  it('refuses the same code sent twice at once: exactly one of them is accepted', async () => {
    const key = await enrolTotp();
    const next = await codeAt(key, 1);
    const statuses = await Promise.all([signIn('totp', next), signIn('totp', next)]);
    expect(statuses.sort()).to.deep.equal([204, 422]);
  });

  it('accepts codes from the previous and the next step, and refuses codes two steps away', async () => {
    const setup = await startSetup();
    await clearOfStepBoundary();
    expect(
      (await tf('POST', '/totp/verify', { id: setup.id, code: await codeAt(setup.key, -2) }))
        .status,
      'two steps back, at setup',
    ).to.equal(422);
    expect(
      (await tf('POST', '/totp/verify', { id: setup.id, code: await codeAt(setup.key, -1) }))
        .status,
      'the previous step, at setup',
    ).to.equal(200);
    expect(await signIn('totp', await codeAt(setup.key, 2)), 'two steps ahead').to.equal(422);
    expect(await signIn('totp', await codeAt(setup.key, 1)), 'the next step').to.equal(204);
  });

  it('limits code attempts per account, wrong codes included: 429 with Retry-After, even for the right code', async () => {
    // The test configuration keeps the default: 5 attempts at once per account.
    const setup = await startSetup();
    for (let i = 0; i < 5; i++)
      expect(
        (await tf('POST', '/totp/verify', { id: setup.id, code: '000000' })).status,
      ).to.be.oneOf([422]);
    await clearOfStepBoundary();
    const res = await fetch('/api/two-factor/totp/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
      body: JSON.stringify({ id: setup.id, code: await codeAt(setup.key) }),
    });
    expect(res.status).to.equal(429);
    expect(Number(res.headers.get('Retry-After'))).to.be.within(1, 300);
    expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('rate-limited');
    // The sign-in check shares the account's limit.
    expect(await signIn('totp', '123456')).to.equal(429);
    // Another account is not held back by this one.
    await newSession();
    await enrolTotp();
  });

  it('limits code attempts per address, across accounts', async () => {
    try {
      await restartRp({ rateLimits: { codeAttempts: { perAccount: 100, perAddress: 3 } } });
      for (let i = 0; i < 3; i++) {
        await newSession();
        expect(await signIn('totp', '000000'), `account ${i}`).to.equal(422);
      }
      await newSession();
      expect(await signIn('totp', '000000'), 'a fourth account, same address').to.equal(429);
    } finally {
      await restartRp();
    }
  });

  it('an expired setup is 410 expired, even with its right code', async () => {
    try {
      await restartRp({ twoFactorSetupTtlMs: 800 });
      const setup = await startSetup();
      await sleep(1000);
      await clearOfStepBoundary();
      const res = await tf('POST', '/totp/verify', { id: setup.id, code: await codeAt(setup.key) });
      expect(res.status).to.equal(410);
      expect(res.body.error?.code).to.equal('expired');
      expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
    } finally {
      await restartRp();
    }
  });

  it("a setup belongs to its user: another user's session can't verify it", async () => {
    const setup = await startSetup();
    await newSession();
    await clearOfStepBoundary();
    const res = await tf('POST', '/totp/verify', { id: setup.id, code: await codeAt(setup.key) });
    expect(res.status).to.equal(410);
    expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
  });

  it('refuses a second app (409 conflict): setup, and approval options for a setup, until it is removed', async () => {
    await enrolTotp('First');
    const again = await tf('POST', '/totp/setup', {});
    expect(again.status).to.equal(409);
    expect(again.body.error?.code).to.equal('conflict');
    const options = await fetch('/api/passkeys/approval/options', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
      body: JSON.stringify({ action: { type: 'totp-setup' } }),
    });
    expect(options.status, 'approval options').to.equal(409);
    expect((await tf('DELETE', '/totp', {})).status).to.equal(204);
    expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
    expect(await signIn('totp', '123456'), 'no app, no sign-in').to.equal(422);
    await enrolTotp('Second');
    expect((await tf('GET', '/totp')).body).to.include({ configured: true, name: 'Second' });
  });

  it('removing when no app is set up changes nothing (204)', async () => {
    expect((await tf('DELETE', '/totp')).status).to.equal(204);
  });

  describe('with a passkey', () => {
    beforeEach(() => addAuthenticator('internal'));

    it('setup needs an approval for totp-setup; one for another action is refused', async () => {
      const laptop = await register('Laptop');
      const none = await tf('POST', '/totp/setup', {});
      expect(none.status).to.equal(403);
      expect(none.body.error?.code).to.equal('forbidden');
      const wrongAction = await approve({ type: 'totp-remove' }, laptop);
      const refused = await tf('POST', '/totp/setup', { approval: wrongAction });
      expect(refused.status).to.equal(403);
      expect(refused.body.error?.message).to.match(/different action/);
      const approval = await approve({ type: 'totp-setup' }, laptop);
      const setup = await startSetup(approval);
      // An approval is used once.
      expect((await tf('POST', '/totp/setup', { approval })).status).to.equal(403);
      await clearOfStepBoundary();
      // The later setup above was refused, so this one is still the pending one.
      const res = await tf('POST', '/totp/verify', {
        id: setup.id,
        code: await codeAt(setup.key),
      });
      expect(res.status).to.equal(200);
    });

    it('remove needs an approval for totp-remove', async () => {
      const key = await enrolTotp('Phone');
      const laptop = await register('Laptop');
      expect((await tf('DELETE', '/totp', {})).status).to.equal(403);
      const otherApproval = await approve({ type: 'recovery-codes' }, laptop);
      expect((await tf('DELETE', '/totp', { approval: otherApproval })).status).to.equal(403);
      expect((await tf('GET', '/totp')).body).to.include({ configured: true });
      const approval = await approve({ type: 'totp-remove' }, laptop);
      expect((await tf('DELETE', '/totp', { approval })).status).to.equal(204);
      expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
      expect(await signIn('totp', await codeAt(key, 1))).to.equal(422);
    });

    it('approval options for the new actions: 200 with a passkey, 204 without one', async () => {
      const ask = (type: string) =>
        fetch('/api/passkeys/approval/options', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
          body: JSON.stringify({ action: { type } }),
        });
      for (const type of ['totp-setup', 'totp-remove', 'recovery-codes'])
        expect((await ask(type)).status, `${type}, no passkey`).to.equal(204);
      await register('Laptop');
      for (const type of ['totp-setup', 'totp-remove', 'recovery-codes'])
        expect((await ask(type)).status, `${type}, with a passkey`).to.equal(200);
    });

    it('a setup started before the account had a passkey cannot be finished after one was added', async () => {
      const setup = await startSetup();
      await register('Laptop');
      await clearOfStepBoundary();
      const res = await tf('POST', '/totp/verify', { id: setup.id, code: await codeAt(setup.key) });
      expect(res.status).to.equal(410);
      expect((await tf('GET', '/totp')).body).to.deep.equal({ configured: false });
    });
  });
});
