/**
 * The reference RP's cross-device handoff, through real HTTP from the page. The test server
 * runs it with the handoff timings of test/support/rp-timings.mjs and handoffPath /demo/phone.html.
 * The desktop side uses this page's session cookie; the phone side omits cookies entirely.
 */
import { expect } from '@open-wc/testing';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  answerOptions,
  approve,
  brokenRegistration,
  freshUserWith,
  list,
  newSession,
  register,
} from '../support/rp-api.js';
import { HANDOFF_POLL_MS, HANDOFF_TTL_MS } from '../support/rp-timings.mjs';

const TTL_MS = HANDOFF_TTL_MS;
const POLL_MS = HANDOFF_POLL_MS;
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
      expect((await res.json()).error.code).to.equal('link-invalid');
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

    // The phone hears that its link is no longer valid (the desktop, above, that it expired).
    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(details.status).to.equal(410);
    expect((await details.json()).error.code).to.equal('link-invalid');
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
      response: brokenRegistration('bm90LWlzc3VlZA'),
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
      response: brokenRegistration(normal.challenge),
    });
    expect(res.status).to.equal(400);
    expect((await res.json()).error.message).to.match(/challenge/i);
  });
});

/** The phone's registration options for a handoff (with `name`, which it may not choose). */
async function phoneOptions(token: string, name?: string) {
  const res = await phonePost('/api/passkeys/registration/options', {
    handoff: token,
    ...(name === undefined ? {} : { name }),
  });
  expect(res.status, 'phone registration options').to.equal(200);
  return (await res.json()) as PublicKeyCredentialCreationOptionsJSON;
}

/** The phone's authenticator (the page's `internal` one) answering the handoff's options. */
async function phoneCreate(token: string, name?: string): Promise<RegistrationResponseJSON> {
  return answerOptions(await phoneOptions(token, name), 'platform');
}

const phoneVerify = (token: string, response: RegistrationResponseJSON, name?: string) =>
  phonePost('/api/passkeys/registration/verify', {
    handoff: token,
    response,
    ...(name === undefined ? {} : { name }),
  });

const cancel = (id: string, init: RequestInit = {}) =>
  fetch(`/api/passkeys/handoff/${id}/cancel`, { method: 'POST', headers: json, ...init });

async function codeOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe('reference RP: handoff links that the desktop moved on from', function () {
  this.timeout(15_000);
  freshUserWith(['internal', 'usb']);

  it('cancels: POST /handoff/{id}/cancel answers 204, a waiting desktop hears it, the link is dead', async () => {
    const { id, token } = await startHandoff();
    const waiting = wait(id);
    await sleep(100);
    const res = await cancel(id);
    expect(res.status).to.equal(204);
    const woken = await waiting;
    expect(woken.status).to.equal(410);
    expect(await codeOf(woken)).to.equal('link-invalid');
    // Every phone request on that link now says so.
    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(details.status).to.equal(410);
    expect(await codeOf(details)).to.equal('link-invalid');
    const options = await phonePost('/api/passkeys/registration/options', { handoff: token });
    expect(await codeOf(options)).to.equal('link-invalid');
    // Cancelling twice is fine (the link is dead either way).
    expect((await cancel(id)).status).to.equal(204);
  });

  it('cancels only with the session that owns it, and with the CSRF header', async () => {
    const { id, token } = await startHandoff();
    expect((await cancel(id, { credentials: 'omit' })).status).to.equal(401);
    const noHeader = await fetch(`/api/passkeys/handoff/${id}/cancel`, { method: 'POST' });
    expect(noHeader.status).to.equal(403);
    await newSession();
    const other = await cancel(id);
    expect(other.status).to.equal(404);
    expect((await cancel('A'.repeat(22))).status).to.equal(404);
    expect((await phonePost('/api/passkeys/handoff/details', { token })).status).to.equal(200);
  });

  it('refuses a phone verification that finishes after the desktop cancelled, storing nothing', async () => {
    const { id, token } = await startHandoff();
    const response = await phoneCreate(token);
    expect((await cancel(id)).status).to.equal(204);
    const res = await phoneVerify(token, response);
    expect(res.status).to.equal(410);
    expect(await codeOf(res)).to.equal('link-invalid');
    expect(await list()).to.have.length(0);
  });

  it("a new handoff cancels the same user's pending ones, not other users'", async () => {
    const otherUsers = await startHandoff();
    await newSession();
    const older = await startHandoff();
    const waiting = wait(older.id);
    await sleep(100);
    const newer = await startHandoff();
    // The older link is dead, and a desktop still waiting on it hears so at once.
    const woken = await waiting;
    expect(woken.status).to.equal(410);
    expect(await codeOf(woken)).to.equal('link-invalid');
    const old = await phonePost('/api/passkeys/handoff/details', { token: older.token });
    expect(old.status).to.equal(410);
    expect(await codeOf(old)).to.equal('link-invalid');
    const current = await phonePost('/api/passkeys/handoff/details', { token: newer.token });
    expect(current.status).to.equal(200);
    // Another user's link is untouched.
    const other = await phonePost('/api/passkeys/handoff/details', { token: otherUsers.token });
    expect(other.status).to.equal(200);
  });

  it('refuses a link made without approval once the account has a passkey', async () => {
    const { id, token } = await startHandoff();
    // The phone gets its options while the account has no passkey…
    const response = await phoneCreate(token);
    // …then the desktop registers the first one, which needs no approval.
    const first = await register('Laptop', 'cross-platform');
    const res = await phoneVerify(token, response);
    expect(res.status).to.equal(403);
    expect(await codeOf(res)).to.equal('link-invalid');
    expect((await list()).map((c) => c.id)).to.deep.equal([first.id]);
    // Refused up front too, before the phone's ceremony.
    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(await codeOf(details)).to.equal('link-invalid');
    // The desktop's wait says the link is dead.
    const waited = await wait(id);
    expect(await codeOf(waited)).to.equal('link-invalid');
  });

  it('keeps a link made with approval usable', async () => {
    const first = await register('Laptop', 'cross-platform');
    const approval = await approve({ type: 'register', name: 'My phone' }, first);
    const res = await desktopPost('/api/passkeys/handoff', { name: 'My phone', approval });
    expect(res.status).to.equal(201);
    const token = new URL(((await res.json()) as { url: string }).url).hash.slice(1);
    const verified = await phoneVerify(token, await phoneCreate(token));
    expect(verified.status).to.equal(201);
  });

  it("stores the desktop's name, whatever name the phone sends", async () => {
    const { id, token } = await startHandoff('Work phone');
    const response = await phoneCreate(token, 'Evil name');
    const res = await phoneVerify(token, response, 'Evil name');
    expect(res.status).to.equal(201);
    expect(((await res.json()) as { name: string }).name).to.equal('Work phone');
    expect((await list()).map((c) => c.name)).to.deep.equal(['Work phone']);
    const waited = await wait(id);
    expect(((await waited.json()) as { name: string }).name).to.equal('Work phone');
  });

  it('answers a used link with link-used on every phone request', async () => {
    const { token } = await startHandoff();
    const response = await phoneCreate(token);
    expect((await phoneVerify(token, response)).status).to.equal(201);
    for (const path of ['details', 'decline']) {
      const res = await phonePost(`/api/passkeys/handoff/${path}`, { token });
      expect(res.status, path).to.equal(409);
      expect(await codeOf(res), path).to.equal('link-used');
    }
    const options = await phonePost('/api/passkeys/registration/options', { handoff: token });
    expect(await codeOf(options)).to.equal('link-used');
    const again = await phoneVerify(token, response);
    expect(again.status).to.equal(409);
    expect(await codeOf(again)).to.equal('link-used');
  });

  it('leaves the link usable when the server dies between verifying and storing', async () => {
    const { id, token } = await startHandoff();
    const response = await phoneCreate(token);
    const crashed = await executeServerCommand<{ signal: string | null; reply?: unknown }, object>(
      'rp-client',
      { action: 'crash-verify', body: { handoff: token, response } },
    );
    expect(crashed.signal, JSON.stringify(crashed.reply)).to.equal('SIGKILL');
    // Nothing was stored, and the link is not stuck as "used": the phone can try again.
    expect(await list()).to.have.length(0);
    const details = await phonePost('/api/passkeys/handoff/details', { token });
    expect(details.status).to.equal(200);
    const retried = await phoneVerify(token, await phoneCreate(token));
    expect(retried.status).to.equal(201);
    expect((await wait(id)).status).to.equal(200);
  });
});
