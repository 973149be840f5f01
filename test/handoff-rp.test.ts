/**
 * The reference RP's cross-device handoff, through real HTTP from the page. The test server
 * runs it with handoffTtlMs 4000, handoffPollMs 1000 and handoffPath /demo/phone.html.
 * The desktop side uses this page's session cookie; the phone side omits cookies entirely.
 */
import { expect } from '@open-wc/testing';
import { newSession } from './support/helpers.js';

const TTL_MS = 4000;
const POLL_MS = 1000;
// X-Requested-With: the RP's CSRF defence refuses writes without it.
const json = { 'Content-Type': 'application/json', 'X-Requested-With': 'test' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A POST as the desktop (with the session cookie). */
const desktopPost = (path: string, body: unknown) =>
  fetch(path, { method: 'POST', headers: json, body: JSON.stringify(body) });

/** A POST as the phone: a different device, so no cookie. */
const phonePost = (path: string, body: unknown) =>
  fetch(path, {
    method: 'POST',
    credentials: 'omit',
    headers: json,
    body: JSON.stringify(body),
  });

interface Handoff {
  id: string;
  url: string;
  expiresAt: string;
  token: string;
}

async function startHandoff(name = 'My phone'): Promise<Handoff> {
  const res = await desktopPost('/api/passkeys/handoff', { name });
  expect(res.status).to.equal(201);
  const body = (await res.json()) as Omit<Handoff, 'token'>;
  return { ...body, token: new URL(body.url).hash.slice(1) };
}

const wait = (id: string, init: RequestInit = {}) =>
  fetch(`/api/passkeys/handoff/${id}/wait`, init);

/** A registration response naming `challenge`, good enough to reach the challenge check. */
function fakeResponse(challenge: string) {
  const clientDataJSON = btoa(
    JSON.stringify({ type: 'webauthn.create', challenge, origin: location.origin }),
  )
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return {
    id: 'x',
    rawId: 'x',
    type: 'public-key',
    response: { clientDataJSON, attestationObject: 'AA' },
    clientExtensionResults: {},
  };
}

async function sessionUser(): Promise<{ name: string; displayName: string }> {
  const res = await fetch('/api/session');
  return ((await res.json()) as { user: { name: string; displayName: string } }).user;
}

describe('reference RP: cross-device handoff', function () {
  this.timeout(15_000);
  beforeEach(newSession);

  it('needs a session to start a handoff', async () => {
    const res = await fetch('/api/passkeys/handoff', {
      method: 'POST',
      credentials: 'omit',
      headers: json,
      body: JSON.stringify({ name: 'My phone' }),
    });
    expect(res.status).to.equal(401);
    expect((await res.json()).error.code).to.equal('unauthenticated');
  });

  it('refuses a bad name', async () => {
    const res = await desktopPost('/api/passkeys/handoff', { name: 'a\u202Eb' });
    expect(res.status).to.equal(400);
    expect((await res.json()).error.code).to.equal('rejected');
  });

  it('returns a phone URL with a 256-bit token in its fragment and a short expiry', async () => {
    const before = Date.now();
    const { id, url, expiresAt, token } = await startHandoff();
    const link = new URL(url);
    expect(link.origin).to.equal(location.origin);
    expect(link.pathname).to.equal('/demo/phone.html');
    expect(link.search).to.equal('');
    expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(id).not.to.equal(token);
    const expires = Date.parse(expiresAt);
    expect(expires).to.be.greaterThan(before);
    expect(expires - before).to.be.at.most(5 * 60_000);
    expect(expires - before).to.be.at.most(TTL_MS + 1000);
    // A fresh token every time.
    expect((await startHandoff()).token).not.to.equal(token);
  });

  it('shows the phone the account without any cookie', async () => {
    const user = await sessionUser();
    const { token, expiresAt } = await startHandoff('Work phone');
    const res = await phonePost('/api/passkeys/handoff/details', { token });
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const body = await res.json();
    expect(body.account).to.deep.equal({ name: user.name, displayName: user.displayName });
    expect(body.name).to.equal('Work phone');
    expect(body.expiresAt).to.equal(expiresAt);
  });

  it('refuses an unknown or malformed token', async () => {
    for (const token of ['A'.repeat(43), '', 'not a token!', 42, null]) {
      const res = await phonePost('/api/passkeys/handoff/details', { token });
      expect(res.status, String(token)).to.equal(400);
      expect((await res.json()).error.code).to.equal('rejected');
    }
  });

  it('answers a wait with 202 pending when the poll window passes', async () => {
    const { id } = await startHandoff();
    const started = performance.now();
    const res = await wait(id);
    const took = performance.now() - started;
    expect(res.status).to.equal(202);
    expect(await res.json()).to.deep.equal({ status: 'pending' });
    expect(took).to.be.at.least(POLL_MS - 100);
    expect(took).to.be.below(POLL_MS + 1500);
  });

  it('declines: 204, and a waiting desktop hears it at once; then wait and details say 409 declined', async () => {
    const { id, token } = await startHandoff();
    const started = performance.now();
    const waiting = wait(id);
    await sleep(200);
    const decline = await phonePost('/api/passkeys/handoff/decline', { token });
    expect(decline.status).to.equal(204);
    expect(await decline.text()).to.equal('');

    const woken = await waiting;
    expect(woken.status).to.equal(409);
    expect((await woken.json()).error.code).to.equal('declined');
    expect(performance.now() - started).to.be.below(POLL_MS);

    const again = await wait(id);
    expect(again.status).to.equal(409);
    expect((await again.json()).error.code).to.equal('declined');
    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(details.status).to.equal(409);
    expect((await details.json()).error.code).to.equal('declined');
    const declineTwice = await phonePost('/api/passkeys/handoff/decline', { token });
    expect(declineTwice.status).to.equal(409);
    const options = await phonePost('/api/passkeys/registration/options', {
      name: 'x',
      handoff: token,
    });
    expect(options.status).to.equal(409);
    expect((await options.json()).error.code).to.equal('declined');
  });

  it('expires after handoffTtlMs: a wait in progress ends with 410, then details say 410', async () => {
    const { id, token } = await startHandoff();
    await sleep(TTL_MS - 700);
    // The poll window would end after the expiry: the wait ends at the expiry instead.
    const started = performance.now();
    const res = await wait(id);
    expect(res.status).to.equal(410);
    expect((await res.json()).error.code).to.equal('expired');
    expect(performance.now() - started).to.be.below(POLL_MS);

    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(details.status).to.equal(410);
    expect((await details.json()).error.code).to.equal('expired');
    const decline = await phonePost('/api/passkeys/handoff/decline', { token });
    expect(decline.status).to.equal(410);
    const options = await phonePost('/api/passkeys/registration/options', {
      name: 'x',
      handoff: token,
    });
    expect(options.status).to.equal(410);
    const again = await wait(id);
    expect(again.status).to.equal(410);
  });

  it("won't let another user wait on the handoff", async () => {
    const { id } = await startHandoff();
    await newSession();
    const res = await wait(id);
    expect(res.status).to.equal(404);
    expect((await res.json()).error.code).to.equal('rejected');
    const unknown = await wait('A'.repeat(22));
    expect(unknown.status).to.equal(404);
  });

  it('needs the session cookie to wait', async () => {
    const { id } = await startHandoff();
    const res = await wait(id, { credentials: 'omit' });
    expect(res.status).to.equal(401);
  });

  it('a token authorizes nothing but its own registration', async () => {
    const { token } = await startHandoff();
    const attempts: Record<string, string>[] = [
      { Authorization: `Bearer ${token}` },
      { 'X-Handoff': token },
    ];
    for (const headers of attempts) {
      const res = await fetch(`/api/passkeys/credentials?handoff=${token}`, {
        credentials: 'omit',
        headers,
      });
      expect(res.status).to.equal(401);
    }
    // Nor can it start another handoff.
    const res = await fetch('/api/passkeys/handoff', {
      method: 'POST',
      credentials: 'omit',
      headers: json,
      body: JSON.stringify({ name: 'x', handoff: token, token }),
    });
    expect(res.status).to.equal(401);
  });

  it("gives the phone registration options for the desktop user's account, without a cookie", async () => {
    const user = await sessionUser();
    const { token } = await startHandoff();
    const res = await phonePost('/api/passkeys/registration/options', {
      name: 'My phone',
      handoff: token,
    });
    expect(res.status).to.equal(200);
    const options = await res.json();
    expect(options.user.name).to.equal(user.name);
    expect(options.user.displayName).to.equal(user.displayName);
    expect(options.authenticatorSelection.userVerification).to.equal('required');
    expect(options.challenge).to.be.a('string');
  });

  it('hands the handoff back after a failed verification, so the phone can retry', async () => {
    const { token } = await startHandoff();
    const res = await phonePost('/api/passkeys/registration/verify', {
      name: 'My phone',
      handoff: token,
      response: fakeResponse('bm90LWlzc3VlZA'),
    });
    expect(res.status).to.equal(400);
    expect((await res.json()).error.code).to.equal('rejected');
    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(details.status).to.equal(200);
  });

  it("won't verify a normal registration's challenge through a handoff", async () => {
    // A challenge issued to the desktop session, for the same user.
    const normal = (await (
      await desktopPost('/api/passkeys/registration/options', { name: 'k' })
    ).json()) as { challenge: string };
    const { token } = await startHandoff();
    const res = await phonePost('/api/passkeys/registration/verify', {
      name: 'My phone',
      handoff: token,
      response: fakeResponse(normal.challenge),
    });
    expect(res.status).to.equal(400);
    expect((await res.json()).error.message).to.match(/challenge/i);
  });
});
