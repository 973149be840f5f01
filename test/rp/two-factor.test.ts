/**
 * The reference RP's second-factor routes (demo/rp/two-factor.js) against hostile input: the
 * CSRF defence on every write, a session on every route, strict schemas (unknown fields, wrong
 * types, bad names), as for the passkey routes.
 */
import { expect } from '@open-wc/testing';
import { forge, newSession } from '../support/rp-api.js';
import {
  clearOfStepBoundary,
  codeAt,
  currentUserId,
  enrolTotp,
  signIn,
  sql,
  startSetup,
  tf,
} from './two-factor-helpers.js';

const json = { 'Content-Type': 'application/json' };

/** This session's user's pending TOTP setups. */
const setupsOfUser = async () =>
  sql('SELECT id FROM totp_setups WHERE user_id = ?', await currentUserId());
const origin = location.origin;

describe('reference RP: second-factor routes, hostile input', function () {
  this.timeout(30_000);
  beforeEach(newSession);

  it('refuses every write from a foreign Origin, without one, or without X-Requested-With, changing nothing', async () => {
    const key = await enrolTotp('Phone');
    const pendingSet = (await tf('POST', '/recovery-codes', {})).body as unknown as {
      id: string;
    };
    await clearOfStepBoundary();
    const code = await codeAt(key, 1);
    const writes: [string, string, unknown][] = [
      ['POST', '/api/two-factor/totp/setup', {}],
      ['POST', '/api/two-factor/totp/verify', { id: 'abc', code: '123456' }],
      ['DELETE', '/api/two-factor/totp', {}],
      ['POST', '/api/two-factor/recovery-codes', {}],
      ['POST', `/api/two-factor/recovery-codes/${pendingSet.id}/confirm`, {}],
      ['POST', '/api/two-factor/verify', { method: 'totp', code }],
    ];
    const attempts: [string, Record<string, string>][] = [
      ['foreign origin', { ...json, Origin: 'https://evil.example', 'X-Requested-With': 'x' }],
      ['look-alike origin', { ...json, Origin: `${origin}.evil.example`, 'X-Requested-With': 'x' }],
      ['opaque origin', { ...json, Origin: 'null', 'X-Requested-With': 'x' }],
      ['no origin', { ...json, 'X-Requested-With': 'x' }],
      ['no custom header', { ...json, Origin: origin }],
    ];
    for (const [method, path, body] of writes)
      for (const [label, headers] of attempts) {
        const res = await forge(method, path, headers, body);
        expect(res.status, `${label}: ${method} ${path}`).to.equal(403);
        expect(res.body.error?.code).to.equal('forbidden');
      }
    // Nothing changed: the app is there, the set still pending, no setup started, the code unused.
    expect((await tf('GET', '/totp')).body).to.include({ configured: true, name: 'Phone' });
    expect((await tf('GET', '/recovery-codes')).body).to.include({ configured: false });
    expect(await sql('SELECT status FROM recovery_sets WHERE id = ?', pendingSet.id)).to.deep.equal(
      [{ status: 'pending' }],
    );
    expect(await setupsOfUser()).to.deep.equal([]);
    expect(await signIn('totp', code), 'the code the forgeries carried').to.equal(204);
    // With our headers, a forged request goes through: the refusals were for the headers alone.
    const control = await forge(
      'POST',
      `/api/two-factor/recovery-codes/${pendingSet.id}/confirm`,
      { ...json, Origin: origin, 'X-Requested-With': 'x' },
      {},
    );
    expect(control.status).to.equal(200);
  });

  it('requires a session on every route (401)', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/totp'],
      ['POST', '/totp/setup', {}],
      ['POST', '/totp/verify', { id: 'abc', code: '123456' }],
      ['DELETE', '/totp', {}],
      ['GET', '/recovery-codes'],
      ['POST', '/recovery-codes', {}],
      ['POST', '/recovery-codes/abc/confirm', {}],
      ['POST', '/verify', { method: 'recovery', code: 'abcde-fghjk' }],
    ];
    for (const [method, path, body] of routes) {
      const res = await fetch(`/api/two-factor${path}`, {
        method,
        credentials: 'omit',
        headers: { ...json, 'X-Requested-With': 'test' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(res.status, `${method} ${path}`).to.equal(401);
      const { error } = (await res.json()) as { error: { code: string } };
      expect(error.code).to.equal('unauthenticated');
    }
  });

  it('refuses unknown fields and wrong types with a 400 naming the field, storing nothing', async () => {
    const setup = await startSetup();
    const userId = await currentUserId();
    const bodies: [string, string, unknown, string][] = [
      ['POST', '/totp/setup', { approval: null, secret: 'AAAA' }, 'secret'],
      ['POST', '/totp/setup', { approval: 'yes' }, 'approval'],
      ['POST', '/totp/verify', { id: setup.id, code: '123456', isAdmin: true }, 'isAdmin'],
      ['POST', '/totp/verify', { id: setup.id, code: 123456 }, 'code'],
      ['POST', '/totp/verify', { id: setup.id }, 'code'],
      ['POST', '/totp/verify', { code: '123456' }, 'id'],
      ['POST', '/totp/verify', { id: '../../etc', code: '123456' }, 'id'],
      ['POST', '/totp/verify', { id: setup.id, code: 'x'.repeat(65) }, 'code'],
      ['POST', '/totp/verify', { id: setup.id, code: '123456', name: 7 }, 'name'],
      ['DELETE', '/totp', { approval: null, force: true }, 'force'],
      ['POST', '/recovery-codes', { count: 100 }, 'count'],
      ['POST', '/recovery-codes/abc/confirm', { codes: ['x'] }, 'codes'],
      ['POST', '/verify', { method: 'sms', code: '123456' }, 'method'],
      ['POST', '/verify', { method: 'totp', code: '123456', userId: 'other' }, 'userId'],
      ['POST', '/verify', { method: 'totp' }, 'code'],
    ];
    for (const [method, path, body, field] of bodies) {
      // Each check of a code spends a code attempt, malformed or not: a fresh account each.
      if (path.endsWith('/verify')) await newSession();
      const res = await tf(method, path, body);
      const label = `${method} ${path} ${JSON.stringify(body)}`;
      expect(res.status, label).to.equal(400);
      expect(res.body.error?.code, label).to.equal('bad-request');
      expect(
        res.body.error?.issues?.map((i) => i.path),
        label,
      ).to.include(field);
    }
    expect(await sql('SELECT id FROM totp_setups WHERE id = ?', setup.id)).to.have.length(1);
    // Neither the first account nor the last (which the later bodies were sent with) has anything.
    for (const user of [userId, await currentUserId()]) {
      expect(await sql('SELECT id FROM recovery_sets WHERE user_id = ?', user)).to.deep.equal([]);
      expect(await sql('SELECT user_id FROM totp WHERE user_id = ?', user)).to.deep.equal([]);
    }
  });

  it("refuses a bad app name by the passkeys' rule (400 rejected); an empty name is no name", async () => {
    const setup = await startSetup();
    await clearOfStepBoundary();
    const code = await codeAt(setup.key);
    for (const name of ['\u202Eevil', 'a\nb', ' '.repeat(3).concat('\u200B'), 'x'.repeat(65)]) {
      const res = await tf('POST', '/totp/verify', { id: setup.id, code, name });
      expect(res.status, JSON.stringify(name)).to.equal(400);
      expect(res.body.error?.code).to.equal('rejected');
    }
    const res = await tf('POST', '/totp/verify', { id: setup.id, code, name: '  ' });
    expect(res.status).to.equal(200);
    expect(res.body).to.have.keys('configured', 'createdAt');
  });

  it('refuses a body that is not a JSON object, and a polluting key', async () => {
    for (const raw of ['[]', 'null', '{"code":', '{"method":"totp","code":"1","__proto__":{}}']) {
      const res = await fetch('/api/two-factor/totp/setup', {
        method: 'POST',
        headers: { ...json, 'X-Requested-With': 'test' },
        body: raw,
      });
      expect(res.status, raw).to.equal(400);
    }
    expect(await setupsOfUser()).to.deep.equal([]);
  });
});
