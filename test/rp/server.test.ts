/** The reference RP's protocol edges, through real HTTP from the page. */
import { expect } from '@open-wc/testing';
import { newSession } from '../support/helpers.js';
import { brokenRegistration } from '../support/rp-api.js';

const post = (
  path: string,
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) => fetch(path, { method: 'POST', headers: { 'X-Requested-With': 'test', ...headers }, body });

describe('reference RP', () => {
  beforeEach(newSession);

  it('answers malformed JSON with a 400 JSON error', async () => {
    const res = await post('/api/passkeys/registration/options', '{"name":');
    expect(res.status).to.equal(400);
    expect((await res.json()).error.code).to.equal('bad-request');
  });

  it('answers an oversized body with a 413 JSON error', async () => {
    const res = await post(
      '/api/passkeys/registration/options',
      JSON.stringify({ name: 'x'.repeat(200_000) }),
    );
    expect(res.status).to.equal(413);
    expect((await res.json()).error.code).to.equal('bad-request');
  });

  it('refuses a body that is not JSON', async () => {
    const res = await post('/api/passkeys/registration/options', 'name=x', {
      'Content-Type': 'text/plain',
    });
    expect(res.status).to.equal(415);
  });

  it('refuses a bad name', async () => {
    const res = await post(
      '/api/passkeys/registration/options',
      JSON.stringify({ name: 'a\u202Eb' }),
    );
    expect(res.status).to.equal(400);
    expect((await res.json()).error.code).to.equal('rejected');
  });

  it('requires a session', async () => {
    const res = await fetch('/api/passkeys/credentials', { credentials: 'omit' });
    expect(res.status).to.equal(401);
    expect((await res.json()).error.code).to.equal('unauthenticated');
  });

  it('issues options with userVerification required and a fresh challenge each time', async () => {
    const a = await (
      await post('/api/passkeys/registration/options', JSON.stringify({ name: 'k' }))
    ).json();
    const b = await (
      await post('/api/passkeys/registration/options', JSON.stringify({ name: 'k' }))
    ).json();
    expect(a.authenticatorSelection.userVerification).to.equal('required');
    expect(a.rp.id).to.equal('localhost');
    expect(a.challenge).not.to.equal(b.challenge);
  });

  it('refuses a verification for a challenge it never issued', async () => {
    const res = await post(
      '/api/passkeys/registration/verify',
      JSON.stringify({ name: 'k', response: brokenRegistration('bm90LWlzc3VlZA') }),
    );
    expect(res.status).to.equal(400);
    expect((await res.json()).error.code).to.equal('rejected');
  });

  it('answers an unknown endpoint with a 404 JSON error', async () => {
    const res = await fetch('/api/nope');
    expect(res.status).to.equal(404);
  });
});
