import { expect } from '@open-wc/testing';
import { PasskeyAdapterError, createFetchAdapter } from '../src/index.js';

function replying(status: number, body: string, seen: Request[] = []) {
  return createFetchAdapter({
    baseUrl: '/rp/',
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
});
