/**
 * The reference RP against hostile input: schema validation of every body, the CSRF defence,
 * rate limits, and single-use, expiring challenges. Real HTTP from the page to the RP on the
 * test server, real ceremonies on Chromium's virtual authenticators.
 */
import { expect } from '@open-wc/testing';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
// Only what the RP tests need from src/, so they don't depend on the elements' module graph.
import { PasskeyAdapterError } from '../../src/adapter.js';
import { createFetchAdapter } from '../../src/fetch-adapter.js';
import {
  answerOptions,
  api,
  approve,
  createCredential,
  forge,
  freshUserWith,
  JSON_HEADERS,
  list,
  newSession,
  register,
  reply,
  restartRp,
  sessionCookie,
} from '../support/rp-api.js';
import { until } from '../support/poll.js';

/** A raw POST with this page's session: the body exactly as given. */
const postRaw = (path: string, body: string) =>
  reply(fetch(`/api/passkeys${path}`, { method: 'POST', headers: JSON_HEADERS, body }));

async function currentUser(): Promise<string> {
  const res = await fetch('/api/session');
  return ((await res.json()) as { user: { name: string } }).user.name;
}

/** Expects a 400 JSON error with a code and a message; returns the error. */
async function expect400(res: Promise<{ status: number; body: unknown }>, label: string) {
  const { status, body } = await res;
  expect(status, label).to.equal(400);
  const error = (body as { error: { code: string; message: string } }).error;
  // A malformed handoff token is an invalid link.
  expect(['bad-request', 'rejected', 'link-invalid'], label).to.include(error.code);
  expect(error.message, label).to.be.a('string').and.not.equal('');
  return error as { code: string; message: string; issues?: { path: string }[] };
}

describe('reference RP: hostile input, CSRF, rate limits, challenges', function () {
  this.timeout(20_000);

  freshUserWith(['internal', 'usb']);

  describe('schema validation', () => {
    const polluting = [
      '{"name":"k","__proto__":{"isAdmin":true}}',
      '{"name":"k","constructor":{"prototype":{"isAdmin":true}}}',
      '{"name":"k","prototype":{}}',
      '{"__proto__":[],"name":"k"}',
    ];
    const notObjects = ['[]', 'null', '"name"', '42', 'true'];

    it('refuses malformed registration-options bodies with a 400 naming the field', async () => {
      const bodies: unknown[] = [
        {},
        { name: 42 },
        { name: null },
        { name: ['k'] },
        { name: { toString: 'k' } },
        { name: 'k', extra: 'x'.repeat(60_000) },
        { name: 'k', isAdmin: true },
        { name: 'x'.repeat(2000) },
        { name: 'k', handoff: 42 },
      ];
      for (const body of bodies)
        await expect400(
          reply(api('POST', '/registration/options', body)),
          JSON.stringify(body).slice(0, 60),
        );
      for (const raw of [...polluting, ...notObjects])
        await expect400(postRaw('/registration/options', raw), raw);

      const typed = await expect400(
        reply(api('POST', '/registration/options', { name: 42 })),
        'type',
      );
      expect(typed.code).to.equal('bad-request');
      expect(typed.issues?.[0]?.path).to.equal('name');
      const extra = await expect400(
        reply(api('POST', '/registration/options', { name: 'k', isAdmin: true })),
        'extra',
      );
      expect(extra.issues?.[0]?.path).to.equal('isAdmin');
      const proto = await expect400(postRaw('/registration/options', polluting[0]), 'proto');
      expect(proto.message).to.contain('__proto__');
    });

    it('refuses malformed verify bodies without using up the challenge, then verifies the real one', async () => {
      const response = await createCredential('Laptop');
      const good = { name: 'Laptop', response };
      const r = response.response;
      const broken: [string, unknown][] = [
        ['no response', { name: 'Laptop' }],
        ['response a string', { name: 'Laptop', response: 'x' }],
        ['id a number', { ...good, response: { ...response, id: 42 } }],
        ['wrong type', { ...good, response: { ...response, type: 'password' } }],
        [
          'clientDataJSON not base64url',
          { ...good, response: { ...response, response: { ...r, clientDataJSON: 'e30=!' } } },
        ],
        [
          'no attestationObject',
          { ...good, response: { ...response, response: { clientDataJSON: r.clientDataJSON } } },
        ],
        [
          'huge attestationObject',
          {
            ...good,
            response: { ...response, response: { ...r, attestationObject: 'A'.repeat(60_000) } },
          },
        ],
        [
          'transports not strings',
          { ...good, response: { ...response, response: { ...r, transports: [1, 2] } } },
        ],
        [
          'extensions not an object',
          { ...good, response: { ...response, clientExtensionResults: 'x' } },
        ],
        ['approval malformed', { ...good, approval: { id: 'x' } }],
        ['extra top-level field', { ...good, admin: true }],
        ['huge extra string', { ...good, note: 'x'.repeat(30_000) }],
      ];
      for (const [label, body] of broken)
        await expect400(reply(api('POST', '/registration/verify', body)), label);
      // Prototype-pollution keys nested anywhere, here in the extension results.
      const json = JSON.stringify(good).replace(
        '"clientExtensionResults":{',
        '"clientExtensionResults":{"__proto__":{"polluted":1},',
      );
      const nested = await expect400(postRaw('/registration/verify', json), 'nested __proto__');
      expect(nested.message).to.contain('__proto__');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(await list()).to.have.length(0);

      // None of those reached the challenge: the intact response still verifies, once.
      const ok = await reply(api('POST', '/registration/verify', good));
      expect(ok.status).to.equal(201);
      expect((await list()).map((c) => c.id)).to.deep.equal([response.id]);
    });

    it('refuses malformed bodies on every other write, changing nothing', async () => {
      const a = await register('A');
      const userBefore = await currentUser();
      const id = encodeURIComponent(a.id);
      const cases: [string, string, unknown][] = [
        ['POST', '/handoff', {}],
        ['POST', '/handoff', { name: 7 }],
        ['POST', '/handoff', { name: 'Phone', approval: 'yes' }],
        ['POST', '/handoff/details', { token: { $ne: null } }],
        ['POST', '/handoff/decline', { token: ['x'] }],
        ['POST', '/approval/options', {}],
        [
          'POST',
          '/approval/options',
          { action: { type: 'delete', credentialId: a.id, sudo: true } },
        ],
        ['POST', '/approval/options', { action: { type: 'delete', credentialId: 42 } }],
        ['PATCH', `/credentials/${id}`, { name: 'x', active: 'no' }],
        ['PATCH', `/credentials/${id}`, { active: false, approval: [] }],
        ['PATCH', `/credentials/${id}`, { name: 'x', owner: 'someone' }],
        ['DELETE', `/credentials/${id}`, { approval: 42 }],
        ['DELETE', `/credentials/${id}`, { force: true }],
      ];
      for (const [method, path, body] of cases)
        await expect400(
          reply(api(method, path, body)),
          `${method} ${path} ${JSON.stringify(body)}`,
        );
      for (const raw of polluting) {
        await expect400(
          reply(
            api('PATCH', `/credentials/${id}`, undefined, {
              body: raw.replace('"name":"k"', '"name":"Renamed"'),
            }),
          ),
          raw,
        );
        await expect400(postRaw('/handoff', raw), raw);
      }
      // Session sign-in (demo) too: a bad body starts no session.
      await expect400(
        reply(
          fetch('/api/session', {
            method: 'POST',
            headers: JSON_HEADERS,
            body: '{"displayName":1}',
          }),
        ),
        'session',
      );
      await expect400(
        reply(fetch('/api/session', { method: 'POST', headers: JSON_HEADERS, body: polluting[0] })),
        'session proto',
      );
      expect(await currentUser()).to.equal(userBefore);

      const [stored] = await list();
      expect(stored).to.include({ id: a.id, name: 'A', active: true });
      expect(await list()).to.have.length(1);
    });

    it('keeps the 64 KB limit (413) and the JSON content type (415) on every write', async () => {
      const big = JSON.stringify({ name: 'k', pad: 'x'.repeat(70_000) });
      for (const path of [
        '/registration/options',
        '/registration/verify',
        '/handoff',
        '/approval/options',
      ]) {
        expect((await postRaw(path, big)).status, path).to.equal(413);
        const form = await reply(
          fetch(`/api/passkeys${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'text/plain', 'X-Requested-With': 'test' },
            body: '{"name":"k"}',
          }),
        );
        expect(form.status, path).to.equal(415);
      }
    });
  });

  describe('CSRF defence', () => {
    const origin = location.origin;

    it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
      expect(await sessionCookie()).to.deep.equal({
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
      });
    });

    it('refuses writes from a foreign Origin, without one, or without X-Requested-With, changing nothing', async () => {
      const a = await register('A');
      const id = encodeURIComponent(a.id);
      const writes: [string, string, unknown][] = [
        ['POST', '/api/passkeys/registration/options', { name: 'Evil' }],
        ['POST', '/api/passkeys/handoff', { name: 'Evil' }],
        [
          'POST',
          '/api/passkeys/approval/options',
          { action: { type: 'rename', credentialId: a.id, name: 'Evil' } },
        ],
        ['PATCH', `/api/passkeys/credentials/${id}`, { name: 'Evil' }],
        ['DELETE', `/api/passkeys/credentials/${id}`, {}],
        ['POST', '/api/session', { displayName: 'Evil' }],
      ];
      const json = { 'Content-Type': 'application/json' };
      const attempts: [string, Record<string, string>][] = [
        ['foreign origin', { ...json, Origin: 'https://evil.example', 'X-Requested-With': 'x' }],
        [
          'look-alike origin',
          { ...json, Origin: `${origin}.evil.example`, 'X-Requested-With': 'x' },
        ],
        ['opaque origin', { ...json, Origin: 'null', 'X-Requested-With': 'x' }],
        ['no origin', { ...json, 'X-Requested-With': 'x' }],
        ['no custom header', { ...json, Origin: origin }],
      ];
      for (const [method, path, body] of writes) {
        for (const [label, headers] of attempts) {
          const res = await forge(method, path, headers, body);
          expect(res.status, `${label}: ${method} ${path}`).to.equal(403);
          expect((res.body as { error: { code: string } }).error.code).to.equal('forbidden');
        }
      }
      // In the page itself: the same origin, but no custom header.
      const bare = await fetch(`/api/passkeys/credentials/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Evil' }),
      });
      expect(bare.status).to.equal(403);

      const stored = await list();
      expect(stored).to.have.length(1);
      expect(stored[0]).to.include({ id: a.id, name: 'A', active: true });

      // The forged requests were refused for their headers alone: with ours, they go through.
      const control = await forge(
        'POST',
        '/api/passkeys/registration/options',
        { ...json, Origin: origin, 'X-Requested-With': 'x' },
        { name: 'Fine' },
      );
      expect(control.status).to.equal(200);
    });
  });

  describe('rate limits', () => {
    const limits = {
      registrationOptions: { perAccount: 3, perAddress: 5 },
      // Every request spends from its address first, even one its account then refuses.
      handoffs: { perAccount: 2, perAddress: 4 },
    };
    // A fresh RP (empty buckets) per test; the last restart puts the suite's config back.
    beforeEach(() => restartRp({ rateLimits: limits }));
    after(() => restartRp());

    const options = () => reply(api('POST', '/registration/options', { name: 'k' }));
    const handoff = () => reply(api('POST', '/handoff', { name: 'Phone' }));

    function expect429(res: Awaited<ReturnType<typeof reply>>, retryAfter: string | null) {
      expect(res.status).to.equal(429);
      expect(res.body.error?.code).to.equal('rate-limited');
      expect(Number(retryAfter)).to.be.within(1, 60);
      expect((res.body.error as { retryAfter?: number }).retryAfter).to.equal(Number(retryAfter));
    }

    it('limits registration options per account, with Retry-After', async () => {
      for (let i = 0; i < 3; i++)
        expect((await options()).status, `request ${i + 1}`).to.equal(200);
      const res = await api('POST', '/registration/options', { name: 'k' });
      expect429(await reply(res.clone()), res.headers.get('Retry-After'));
      // Another account from the same address still has its own allowance.
      await newSession();
      expect((await options()).status).to.equal(200);
    });

    it('limits registration options per address, across accounts', async () => {
      for (let i = 0; i < 5; i++) {
        await newSession();
        expect((await options()).status, `account ${i + 1}`).to.equal(200);
      }
      await newSession();
      const res = await api('POST', '/registration/options', { name: 'k' });
      expect429(await reply(res.clone()), res.headers.get('Retry-After'));
    });

    it('limits handoff creation per account and per address', async () => {
      expect((await handoff()).status).to.equal(201);
      expect((await handoff()).status).to.equal(201);
      const res = await api('POST', '/handoff', { name: 'Phone' });
      expect429(await reply(res.clone()), res.headers.get('Retry-After'));
      await newSession();
      expect((await handoff()).status).to.equal(201);
      await newSession();
      expect((await handoff()).status, 'address allowance spent').to.equal(429);
    });

    it('reaches the fetch adapter and the widget as "rate-limited"', async () => {
      const adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });
      const signal = new AbortController().signal;
      for (let i = 0; i < 3; i++) await adapter.registrationOptions({ name: 'k' }, signal);
      const err = await adapter.registrationOptions({ name: 'k' }, signal).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(PasskeyAdapterError);
      expect((err as PasskeyAdapterError).code).to.equal('rate-limited');

      // The element, loaded here so that the other RP tests don't depend on its module graph.
      const { mount, realAdapter } = await import('../support/helpers.js');
      const {
        errorCode: widgetErrorCode,
        submitName,
        untilStep,
      } = await import('../support/drive.js');
      const el = await mount(realAdapter());
      await submitName(el, 'Laptop');
      await untilStep(el, 'error');
      expect(widgetErrorCode(el)).to.equal('rate-limited');
    });

    it('lets the account in again once Retry-After has passed', async () => {
      // 2 at once, one more every 500 ms.
      await restartRp({ rateLimits: { windowMs: 1000, registrationOptions: { perAccount: 2 } } });
      expect((await options()).status).to.equal(200);
      expect((await options()).status).to.equal(200);
      const res = await api('POST', '/registration/options', { name: 'k' });
      expect(res.status).to.equal(429);
      const wait = Number(res.headers.get('Retry-After')) * 1000;
      expect(wait).to.equal(1000);
      const refusedAt = performance.now();
      await until(() => performance.now() - refusedAt >= wait);
      expect((await options()).status).to.equal(200);
    });
  });

  describe('challenges', () => {
    /** Registration options for `name`, the authenticator's response, and when they were issued. */
    async function optionsAndResponse(name: string) {
      const res = await api('POST', '/registration/options', { name });
      const issuedAt = performance.now();
      const options = (await res.json()) as PublicKeyCredentialCreationOptionsJSON;
      const response = await answerOptions(options, 'platform');
      return { response, issuedAt };
    }
    const verify = (name: string, response: RegistrationResponseJSON) =>
      reply(api('POST', '/registration/verify', { name, response }));

    it('refuses a replayed registration response, after and during its verification', async () => {
      const { response } = await optionsAndResponse('Laptop');
      expect((await verify('Laptop', response)).status).to.equal(201);
      const replay = await verify('Laptop', response);
      expect(replay.status).to.equal(400);
      expect(replay.body.error?.message).to.match(/challenge/i);

      // Two submissions of one response at once: exactly one is stored.
      const b = await createCredential('Key', 'cross-platform');
      const a = await list();
      const approval = await approve({ type: 'register', name: 'Key' }, a[0]);
      const both = await Promise.all([
        reply(api('POST', '/registration/verify', { name: 'Key', response: b, approval })),
        reply(api('POST', '/registration/verify', { name: 'Key', response: b, approval })),
      ]);
      expect(both.map((r) => r.status).sort()).to.deep.equal([201, 400]);
      expect((await list()).map((c) => c.name)).to.deep.equal(['Laptop', 'Key']);
    });

    it("refuses another user's challenge", async () => {
      const { response } = await optionsAndResponse('Laptop');
      await newSession();
      const res = await verify('Laptop', response);
      expect(res.status).to.equal(400);
      expect(await list()).to.have.length(0);
    });

    describe('with a 1 s challenge lifetime', () => {
      before(() => restartRp({ challengeTtlMs: 1000 }));
      after(() => restartRp());

      it('refuses an expired registration challenge, and stores nothing', async () => {
        const { response, issuedAt } = await optionsAndResponse('Laptop');
        await until(() => performance.now() - issuedAt > 1100);
        const late = await verify('Laptop', response);
        expect(late.status).to.equal(400);
        expect(late.body.error?.code).to.equal('expired');
        // Used up by that attempt, too.
        expect((await verify('Laptop', response)).body.error?.code).to.equal('rejected');
        expect(await list()).to.have.length(0);
      });

      it('refuses an expired approval, and keeps the passkey', async () => {
        const a = await register('A');
        const b = await register('B', 'cross-platform', a);
        const approval = await approve({ type: 'delete', credentialId: b.id }, a);
        const signedAt = performance.now();
        await until(() => performance.now() - signedAt > 1100);
        const res = await reply(
          api('DELETE', `/credentials/${encodeURIComponent(b.id)}`, { approval }),
        );
        expect(res.status).to.equal(410);
        expect(res.body.error?.code).to.equal('expired');
        expect((await list()).map((c) => c.id)).to.deep.equal([a.id, b.id]);
      });
    });
  });
});
