import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PasskeyAdapterError, createFetchAdapter } from '../src/index.js';
import { TWO_FACTOR_METHODS } from '../src/two-factor-methods.js';
import type { PasskeyCredentials } from '../src/passkey-credentials/passkey-credentials.js';
import { approve, root, rowAction } from './support/credentials-ui.js';
import { byRole, choice, toChoosing, untilStep } from './support/drive.js';
import {
  addAuthenticator,
  mount,
  needs,
  newSession,
  removeAuthenticators,
} from './support/helpers.js';
import { base32Decode, totp } from './support/totp-code.js';

function replying(status: number, body: string, seen: Request[] = []) {
  return createFetchAdapter({
    baseUrl: '/rp/',
    twoFactorUrl: '/rp-2fa/',
    headers: () => ({ 'X-CSRF': 'token' }),
    fetch: (input, init) => {
      seen.push(new Request(new URL(input as string, location.href), init));
      return Promise.resolve(
        new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
      );
    },
  });
}

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(PasskeyAdapterError);
    return (err as PasskeyAdapterError).code;
  }
  throw new Error('expected a rejection');
}

const signal = new AbortController().signal;

describe('createFetchAdapter', () => {
  it('POSTs JSON to the documented endpoint with the custom headers', async () => {
    const seen: Request[] = [];
    const options = await replying(200, '{"challenge":"x"}', seen).registrationOptions(
      { name: 'Key' },
      signal,
    );
    expect(options).to.deep.equal({ challenge: 'x' });
    expect(seen[0].method).to.equal('POST');
    expect(new URL(seen[0].url).pathname).to.equal('/rp/registration/options');
    expect(seen[0].headers.get('content-type')).to.equal('application/json');
    expect(seen[0].headers.get('x-requested-with')).to.equal('passkey-register');
    expect(seen[0].headers.get('x-csrf')).to.equal('token');
    expect(await seen[0].json()).to.deep.equal({ name: 'Key' });
  });

  const statuses: [number, string][] = [
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [409, 'conflict'],
    [410, 'expired'],
    [429, 'rate-limited'],
    [400, 'rejected'],
    [500, 'server'],
    [503, 'server'],
  ];
  for (const [status, code] of statuses) {
    it(`maps HTTP ${status} to ${code}`, async () => {
      expect(
        await codeOf(replying(status, 'oops').registrationOptions({ name: 'k' }, signal)),
      ).to.equal(code);
    });
  }

  it('prefers a known code from a 4xx body, but never from a 5xx', async () => {
    const body = JSON.stringify({ error: { code: 'expired', message: 'late' } });
    expect(await codeOf(replying(400, body).registrationOptions({ name: 'k' }, signal))).to.equal(
      'expired',
    );
    expect(await codeOf(replying(502, body).registrationOptions({ name: 'k' }, signal))).to.equal(
      'server',
    );
  });

  it('an unreachable server is a network error', async () => {
    const adapter = createFetchAdapter({
      baseUrl: 'http://127.0.0.1:9/api',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await codeOf(adapter.registrationOptions({ name: 'k' }, signal))).to.equal('network');
  });

  it('a 2xx that is not JSON is invalid-response', async () => {
    expect(
      await codeOf(replying(200, '<html>').registrationOptions({ name: 'k' }, signal)),
    ).to.equal('invalid-response');
  });

  it('passes aborts through untouched', async () => {
    const ac = new AbortController();
    const adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });
    const p = adapter.registrationOptions({ name: 'k' }, ac.signal);
    ac.abort();
    try {
      await p;
      throw new Error('expected a rejection');
    } catch (err) {
      expect((err as Error).name).to.equal('AbortError');
    }
  });

  describe('second factors (twoFactorUrl)', () => {
    it('has the authenticator-app and recovery-code methods only when twoFactorUrl is given', () => {
      const without = createFetchAdapter({ baseUrl: '/api/passkeys' });
      for (const name of TWO_FACTOR_METHODS) expect(name in without, name).to.equal(false);
      expect(typeof without.registrationOptions).to.equal('function');
      const withIt = createFetchAdapter({ baseUrl: '/api/passkeys', twoFactorUrl: '/api/2fa' });
      for (const name of TWO_FACTOR_METHODS)
        expect(typeof (withIt as unknown as Record<string, unknown>)[name], name).to.equal(
          'function',
        );
    });

    it('sends each call to its endpoint with only the fields the protocol names', async () => {
      const seen: Request[] = [];
      const a = replying(200, '{}', seen);
      const approval = { id: 'x' } as never;
      await a.totpStatus(signal);
      await a.startTotp({ approval, extra: 1 } as never, signal);
      await a.verifyTotp({ id: 's1', code: '123456', name: 'App', extra: 1 } as never, signal);
      await a.verifyTotp({ id: 's1', code: '123456' }, signal);
      await a.removeTotp(approval, signal);
      await a.recoveryCodesStatus(signal);
      await a.generateRecoveryCodes(undefined, signal);
      await a.confirmRecoveryCodes('a/b', signal);
      const calls = await Promise.all(
        // (Request.body is null in Firefox: read the text.)
        seen.map(async (r) => [
          r.method,
          new URL(r.url).pathname,
          await r.text().then((t) => (t ? (JSON.parse(t) as unknown) : null)),
          r.headers.get('x-requested-with'),
        ]),
      );
      expect(calls).to.deep.equal([
        ['GET', '/rp-2fa/totp', null, 'passkey-register'],
        ['POST', '/rp-2fa/totp/setup', { approval: { id: 'x' } }, 'passkey-register'],
        [
          'POST',
          '/rp-2fa/totp/verify',
          { id: 's1', code: '123456', name: 'App' },
          'passkey-register',
        ],
        ['POST', '/rp-2fa/totp/verify', { id: 's1', code: '123456' }, 'passkey-register'],
        ['DELETE', '/rp-2fa/totp', { approval: { id: 'x' } }, 'passkey-register'],
        ['GET', '/rp-2fa/recovery-codes', null, 'passkey-register'],
        ['POST', '/rp-2fa/recovery-codes', {}, 'passkey-register'],
        ['POST', '/rp-2fa/recovery-codes/a%2Fb/confirm', null, 'passkey-register'],
      ]);
    });

    it('passes invalid-code through from a 422, and maps 410 and 429', async () => {
      const body = JSON.stringify({ error: { code: 'invalid-code', message: 'wrong' } });
      const req = { id: 's', code: '000000' };
      expect(await codeOf(replying(422, body).verifyTotp(req, signal))).to.equal('invalid-code');
      expect(await codeOf(replying(410, 'x').verifyTotp(req, signal))).to.equal('expired');
      expect(await codeOf(replying(429, 'x').verifyTotp(req, signal))).to.equal('rate-limited');
      expect(await codeOf(replying(409, 'x').startTotp({}, signal))).to.equal('conflict');
    });

    it('sets up an app and recovery codes with the reference RP', async () => {
      await newSession();
      const a = createFetchAdapter({ baseUrl: '/api/passkeys', twoFactorUrl: '/api/two-factor' });
      expect(await a.totpStatus(signal)).to.deep.equal({ configured: false });
      const setup = await a.startTotp({}, signal);
      expect(setup.uri).to.match(/^otpauth:\/\/totp\//);
      const key = base32Decode(new URL(setup.uri).searchParams.get('secret') ?? '');
      // Clear of a step boundary, so the code is still current when the RP checks it.
      if (Date.now() % 30_000 > 26_000)
        await new Promise((r) => setTimeout(r, 30_100 - (Date.now() % 30_000)));
      const code = await totp(key, Date.now());
      const wrong = String((Number(code) + 1) % 1e6).padStart(6, '0');
      expect(await codeOf(a.verifyTotp({ id: setup.id, code: wrong }, signal))).to.equal(
        'invalid-code',
      );
      const status = await a.verifyTotp({ id: setup.id, code, name: 'Phone' }, signal);
      expect(status).to.include({ configured: true, name: 'Phone' });
      expect(await codeOf(a.startTotp({}, signal))).to.equal('conflict');
      const set = await a.generateRecoveryCodes(undefined, signal);
      expect(set.codes).to.have.length(10);
      expect(await a.recoveryCodesStatus(signal)).to.include({ configured: false });
      expect(await a.confirmRecoveryCodes(set.id, signal)).to.include({
        configured: true,
        remaining: 10,
        total: 10,
      });
      expect(await a.removeTotp(undefined, signal)).to.equal(undefined);
      expect(await a.totpStatus(signal)).to.deep.equal({ configured: false });
    });
  });
});

const randomB64url = (n: number) =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('createFetchAdapter: extension results on the wire', () => {
  beforeEach(newSession);
  afterEach(removeAuthenticators);

  it('a passkey registered with PRF: the PRF output (key material) is not sent to the server, prf.enabled is', async () => {
    needs('a virtual authenticator with PRF (CDP hasPrf)', 'firefox');
    await addAuthenticator({ transport: 'internal', hasPrf: true });
    const sent: { response: { clientExtensionResults: Record<string, unknown> } }[] = [];
    // The reference RP, asking for a PRF output at creation as a site encrypting on the device
    // would; what the fetch adapter sends it to verify is kept.
    const adapter = createFetchAdapter({
      baseUrl: '/api/passkeys',
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        const path = input as string;
        if (path.endsWith('/registration/verify'))
          sent.push(JSON.parse(init!.body as string) as (typeof sent)[number]);
        if (!path.endsWith('/registration/options') || !res.ok) return res;
        const options = (await res.json()) as { extensions?: object };
        return Response.json({
          ...options,
          extensions: { ...options.extensions, prf: { eval: { first: randomB64url(32) } } },
        });
      },
    });
    const el = await mount(adapter);
    await toChoosing(el);
    choice(el, 'this-device').click();
    await untilStep(el, 'success');
    expect(sent).to.have.length(1);
    expect(sent[0].response.clientExtensionResults.prf).to.deep.equal({ enabled: true });
  });

  it('an approval that reads a large blob: its bytes reach the server as base64url, not {}', async () => {
    needs('a virtual authenticator with largeBlob (CDP hasLargeBlob)', 'firefox');
    await addAuthenticator({ transport: 'internal', hasLargeBlob: true });
    const blob = randomB64url(16);
    let approvals = 0;
    const patches: { approval?: { clientExtensionResults: Record<string, unknown> } }[] = [];
    // The reference RP, asking for large-blob support at creation, then writing a blob with the
    // first approval and reading it back with the second.
    const adapter = createFetchAdapter({
      baseUrl: '/api/passkeys',
      fetch: async (input, init) => {
        const path = input as string;
        if (init?.method === 'PATCH')
          patches.push(JSON.parse(init.body as string) as (typeof patches)[number]);
        const res = await fetch(input, init);
        const add = path.endsWith('/registration/options')
          ? { largeBlob: { support: 'required' } }
          : path.endsWith('/approval/options') && res.status === 200
            ? { largeBlob: approvals++ === 0 ? { write: blob } : { read: true } }
            : undefined;
        if (!add) return res;
        const options = (await res.json()) as { extensions?: object };
        return Response.json({ ...options, extensions: { ...options.extensions, ...add } });
      },
    });
    const first = await mount(adapter, 'Laptop');
    await toChoosing(first);
    choice(first, 'this-device').click();
    await untilStep(first, 'success');
    first.remove();

    const el = await fixture<PasskeyCredentials>(
      html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
    );
    for (const name of ['Laptop 2', 'Laptop 3']) {
      await waitUntil(() => root(el).querySelector('.item'), 'no list');
      await rowAction(root(el).querySelector('.item')!, 'rename');
      await waitUntil(() => root(el).querySelector('.rename input'));
      root(el).querySelector<HTMLInputElement>('.rename input')!.value = name;
      byRole(el, 'button', 'Save').click();
      await approve(el);
      await waitUntil(() => patches.length === approvals, `${name} not sent`, { timeout: 5000 });
      await waitUntil(() => root(el).querySelector('.item .name')?.textContent === name);
    }
    const [written, read] = patches.map((p) => p.approval!.clientExtensionResults.largeBlob);
    expect(written).to.deep.equal({ written: true });
    expect(read).to.deep.equal({ blob });
  });
});
