/**
 * The reference RP's approval and credential management, with real ceremonies: Chromium's
 * virtual authenticators sign, the RP verifies. Two authenticators per test: an `internal` one
 * (reached with attachment `platform`) holds passkey A, a `usb` one (`cross-platform`) holds B.
 * To pick the signer, `approve()` narrows `allowCredentials` to its ID *and transports*: Chromium
 * then asks only the authenticator with that transport. Without transports both are asked, and
 * the one without the credential answers first, so get() fails with NotAllowedError.
 */
import { expect } from '@open-wc/testing';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { addAuthenticator, newSession, removeAuthenticators } from '../support/helpers.js';
import {
  answerOptions,
  api,
  approvalOptions,
  approve,
  createCredential,
  list,
} from '../support/rp-api.js';
import type { Credential } from '../support/rp-api.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

/**
 * Registers a passkey on the platform (A's) or cross-platform (B's) authenticator.
 * `approver`: sign the registration with that passkey first.
 */
async function register(
  name: string,
  attachment: AuthenticatorAttachment,
  approver?: Credential,
): Promise<Response> {
  const response = await createCredential(name, attachment);
  const approval = approver ? await approve({ type: 'register', name }, approver) : undefined;
  return api('POST', '/registration/verify', { name, response, approval });
}

async function registered(res: Response): Promise<Credential> {
  expect(res.status).to.equal(201);
  return (await res.json()) as Credential;
}

/** A (platform, no approval needed) and B (cross-platform, approved by A). */
async function twoPasskeys(): Promise<{ a: Credential; b: Credential }> {
  const a = await registered(await register('A', 'platform'));
  const b = await registered(await register('B', 'cross-platform', a));
  return { a, b };
}

const patch = (id: string, body: Record<string, unknown>) =>
  api('PATCH', `/credentials/${encodeURIComponent(id)}`, body);
const del = (id: string, body?: Record<string, unknown>) =>
  api('DELETE', `/credentials/${encodeURIComponent(id)}`, body);

describe('reference RP: approval and credential management', function () {
  this.timeout(15_000);

  beforeEach(async () => {
    await newSession();
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
  });
  afterEach(removeAuthenticators);

  it('needs no approval for the first passkey: approval options answer 204', async () => {
    const res = await api('POST', '/approval/options', { action: { type: 'register', name: 'A' } });
    expect(res.status).to.equal(204);
    expect(await res.text()).to.equal('');
    const a = await registered(await register('A', 'platform'));
    expect(a.active).to.equal(true);
    expect(a.aaguid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await list()).map((c) => c.name)).to.deep.equal(['A']);
  });

  it('tells the session its WebAuthn user handle and RP ID', async () => {
    const options = (await (
      await api('POST', '/registration/options', { name: 'A' })
    ).json()) as PublicKeyCredentialCreationOptionsJSON;
    const { user } = (await (await fetch('/api/session')).json()) as {
      user: { webauthnUserId: string; rpId: string };
    };
    expect(user.webauthnUserId).to.equal(options.user.id);
    expect(user.rpId).to.equal('localhost');
  });

  it('refuses a second passkey without approval, and stores nothing', async () => {
    const a = await registered(await register('A', 'platform'));
    const res = await register('B', 'cross-platform');
    expect(res.status).to.equal(403);
    expect(await errorCode(res)).to.equal('forbidden');
    expect((await list()).map((c) => c.id)).to.deep.equal([a.id]);
  });

  it('stores a second passkey approved by the first, and records the approval as a use', async () => {
    const a = await registered(await register('A', 'platform'));
    expect(a.lastUsedAt).to.equal(undefined);
    const b = await registered(await register('B', 'cross-platform', a));
    expect(b.name).to.equal('B');
    const [storedA, storedB] = await list();
    expect(storedB.id).to.equal(b.id);
    expect(storedA.lastUsedAt).to.be.a('string');
    expect(storedB.lastUsedAt).to.equal(undefined);
  });

  it('refuses an approval made for another name', async () => {
    const a = await registered(await register('A', 'platform'));
    const response = await createCredential('B', 'cross-platform');
    const approval = await approve({ type: 'register', name: 'Something else' }, a);
    const verify = await api('POST', '/registration/verify', { name: 'B', response, approval });
    expect(verify.status).to.equal(403);
    expect(((await verify.json()) as { error: { message: string } }).error.message).to.match(
      /different action/,
    );
    expect(await list()).to.have.length(1);
  });

  it('needs approval to start a handoff once a passkey exists', async () => {
    const a = await registered(await register('A', 'platform'));
    const refused = await api('POST', '/handoff', { name: 'Phone' });
    expect(refused.status).to.equal(403);
    expect(await errorCode(refused)).to.equal('forbidden');
    const approval = await approve({ type: 'register', name: 'Phone' }, a);
    const res = await api('POST', '/handoff', { name: 'Phone', approval });
    expect(res.status).to.equal(201);
  });

  it('lists only active passkeys in the approval options', async () => {
    const { a, b } = await twoPasskeys();
    const both = await approvalOptions({ type: 'rename', credentialId: a.id, name: 'x' });
    expect(both.userVerification).to.equal('required');
    expect(both.allowCredentials!.map((c) => c.id)).to.deep.equal([a.id, b.id]);
    expect(both.allowCredentials![0].transports).to.deep.equal(a.transports);

    const approval = await approve({ type: 'deactivate', credentialId: b.id }, a);
    expect((await patch(b.id, { active: false, approval })).status).to.equal(200);
    const onlyA = await approvalOptions({ type: 'rename', credentialId: a.id, name: 'x' });
    expect(onlyA.allowCredentials!.map((c) => c.id)).to.deep.equal([a.id]);
  });

  it('renames with approval, and updates the approver’s last use', async () => {
    const { a, b } = await twoPasskeys();
    const firstUse = (await list())[0].lastUsedAt!;
    await sleep(5);
    const approval = await approve(
      { type: 'rename', credentialId: b.id, name: '  Backup key ' },
      a,
    );
    const res = await patch(b.id, { name: '  Backup key ', approval });
    expect(res.status).to.equal(200);
    const renamed = (await res.json()) as Credential;
    expect(renamed).to.include({ id: b.id, name: 'Backup key', active: true });
    const [storedA, storedB] = await list();
    expect(storedB.name).to.equal('Backup key');
    expect(Date.parse(storedA.lastUsedAt!)).to.be.greaterThan(Date.parse(firstUse));
  });

  it('refuses a rename without approval', async () => {
    const { b } = await twoPasskeys();
    const res = await patch(b.id, { name: 'Sneaky' });
    expect(res.status).to.equal(403);
    expect(await errorCode(res)).to.equal('forbidden');
    expect((await list())[1].name).to.equal('B');
  });

  it('refuses an approval replayed for another action, and any approval used twice', async () => {
    const { a, b } = await twoPasskeys();
    // Approved "rename B", sent as "delete B": refused, and the approval is used up.
    const forRename = await approve({ type: 'rename', credentialId: b.id, name: 'New' }, a);
    const replayed = await del(b.id, { approval: forRename });
    expect(replayed.status).to.equal(403);
    expect(await errorCode(replayed)).to.equal('forbidden');
    expect((await list()).map((c) => c.id)).to.deep.equal([a.id, b.id]);
    const late = await patch(b.id, { name: 'New', approval: forRename });
    expect(late.status).to.equal(403);

    // Approved "rename B" for another name.
    const otherName = await approve({ type: 'rename', credentialId: b.id, name: 'One' }, a);
    expect((await patch(b.id, { name: 'Two', approval: otherName })).status).to.equal(403);

    // Used once: fine. Twice: refused.
    const once = await approve({ type: 'rename', credentialId: b.id, name: 'New' }, a);
    expect((await patch(b.id, { name: 'New', approval: once })).status).to.equal(200);
    const twice = await patch(b.id, { name: 'New', approval: once });
    expect(twice.status).to.equal(403);
    expect(await errorCode(twice)).to.equal('forbidden');
  });

  it('deactivates with approval; a deactivated passkey cannot approve', async () => {
    const { a, b } = await twoPasskeys();
    const approval = await approve({ type: 'deactivate', credentialId: b.id }, a);
    const res = await patch(b.id, { active: false, approval });
    expect(res.status).to.equal(200);
    expect(((await res.json()) as Credential).active).to.equal(false);
    expect((await list())[1].active).to.equal(false);

    // B's authenticator signs a real challenge for "rename A"; the RP refuses B.
    const byB = await approve({ type: 'rename', credentialId: a.id, name: 'Mine now' }, b);
    expect(byB.id).to.equal(b.id);
    const refused = await patch(a.id, { name: 'Mine now', approval: byB });
    expect(refused.status).to.equal(403);
    expect(await errorCode(refused)).to.equal('forbidden');
    expect((await list())[0].name).to.equal('A');

    // A deactivated passkey is still excluded from new registrations.
    const options = (await (
      await api('POST', '/registration/options', { name: 'C' })
    ).json()) as PublicKeyCredentialCreationOptionsJSON;
    expect(options.excludeCredentials!.map((c) => c.id)).to.deep.equal([a.id, b.id]);
  });

  it('reactivates, lets the reactivated passkey approve, and deletes', async () => {
    const { a, b } = await twoPasskeys();
    const off = await approve({ type: 'deactivate', credentialId: b.id }, a);
    expect((await patch(b.id, { active: false, approval: off })).status).to.equal(200);
    const on = await approve({ type: 'activate', credentialId: b.id }, a);
    const reactivated = await patch(b.id, { active: true, approval: on });
    expect(reactivated.status).to.equal(200);
    expect(((await reactivated.json()) as Credential).active).to.equal(true);

    // B approves its own deletion.
    const approval = await approve({ type: 'delete', credentialId: b.id }, b);
    const res = await del(b.id, { approval });
    expect(res.status).to.equal(204);
    expect(await res.text()).to.equal('');
    expect((await list()).map((c) => c.id)).to.deep.equal([a.id]);
    expect((await del(b.id, {})).status).to.equal(404);
  });

  it('never removes the last active passkey (409 conflict), consuming nothing', async () => {
    const { a, b } = await twoPasskeys();
    const off = await approve({ type: 'deactivate', credentialId: b.id }, a);
    expect((await patch(b.id, { active: false, approval: off })).status).to.equal(200);

    // A is the only active one now (B is inactive): asking to approve its removal is refused.
    for (const type of ['delete', 'deactivate'] as const) {
      const res = await api('POST', '/approval/options', { action: { type, credentialId: a.id } });
      expect(res.status, type).to.equal(409);
      expect(await errorCode(res)).to.equal('conflict');
    }
    // An approval for something else, offered for the removal: refused before it is looked at.
    const spare = await approve({ type: 'rename', credentialId: a.id, name: 'Still here' }, a);
    for (const res of [
      await del(a.id, { approval: spare }),
      await patch(a.id, { active: false, approval: spare }),
    ]) {
      expect(res.status).to.equal(409);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error).to.deep.equal({
        code: 'conflict',
        message: 'You need at least one active passkey.',
      });
    }
    // …so the approval was not used up.
    expect((await patch(a.id, { name: 'Still here', approval: spare })).status).to.equal(200);
    const [storedA] = await list();
    expect(storedA).to.include({ id: a.id, name: 'Still here', active: true });

    // The inactive B can still be deleted, approved by A.
    const gone = await approve({ type: 'delete', credentialId: b.id }, a);
    expect((await del(b.id, { approval: gone })).status).to.equal(204);
    expect((await list()).map((c) => c.id)).to.deep.equal([a.id]);
  });

  it('refuses a DELETE without approval, with or without a body', async () => {
    const { b } = await twoPasskeys();
    const bare = await fetch(`/api/passkeys/credentials/${b.id}`, {
      method: 'DELETE',
      headers: { 'X-Requested-With': 'test' },
    });
    expect(bare.status).to.equal(403);
    expect(await errorCode(bare)).to.equal('forbidden');
    const empty = await del(b.id, {});
    expect(empty.status).to.equal(403);
    expect(await list()).to.have.length(2);
  });

  it("answers 404 for an unknown passkey or another user's", async () => {
    const { a } = await twoPasskeys();
    for (const id of ['AAAA', 'not*base64']) {
      expect((await patch(id, { name: 'x' })).status, id).to.equal(404);
      expect((await del(id)).status, id).to.equal(404);
    }
    await newSession();
    const res = await patch(a.id, { name: 'Mine' });
    expect(res.status).to.equal(404);
    expect(await errorCode(res)).to.equal('rejected');
    expect((await del(a.id)).status).to.equal(404);
    const options = await api('POST', '/approval/options', {
      action: { type: 'delete', credentialId: a.id },
    });
    expect(options.status).to.equal(404);
  });

  it('deletes a passkey that came through a handoff', async () => {
    const a = await registered(await register('A', 'platform'));
    const approval = await approve({ type: 'register', name: 'Phone' }, a);
    const start = await api('POST', '/handoff', { name: 'Phone', approval });
    const { id, url } = (await start.json()) as { id: string; url: string };
    const token = new URL(url).hash.slice(1);
    // The phone (no cookie, no approval of its own) registers on the cross-platform authenticator.
    const phone = { credentials: 'omit' as const };
    const options = (await (
      await api('POST', '/registration/options', { handoff: token }, phone)
    ).json()) as PublicKeyCredentialCreationOptionsJSON;
    const response = await answerOptions(options, 'cross-platform');
    const p = await registered(
      await api('POST', '/registration/verify', { handoff: token, response }, phone),
    );
    expect((await fetch(`/api/passkeys/handoff/${id}/wait`)).status).to.equal(200);

    const gone = await approve({ type: 'delete', credentialId: p.id }, a);
    expect((await del(p.id, { approval: gone })).status).to.equal(204);
    const wait = await fetch(`/api/passkeys/handoff/${id}/wait`);
    expect(wait.status).to.equal(404);
  });

  it('refuses malformed PATCH bodies and approval actions with 400', async () => {
    const { b } = await twoPasskeys();
    const bodies: unknown[] = [
      { name: 'x', active: true },
      {},
      { approval: null },
      { active: 'false' },
      { active: 1 },
      { name: 42 },
      { name: '   ' },
      { name: 'a\u202Eb' },
      { name: 'x'.repeat(65) },
    ];
    for (const body of bodies) {
      const res = await api('PATCH', `/credentials/${b.id}`, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
    }
    const bad = await api('PATCH', `/credentials/${b.id}`, undefined, {
      headers: { 'Content-Type': 'text/plain', 'X-Requested-With': 'test' },
      body: 'name=x',
    });
    expect(bad.status).to.equal(415);

    const actions: unknown[] = [
      undefined,
      'rename',
      { type: 'promote', credentialId: b.id },
      { type: 'rename', credentialId: b.id },
      { type: 'rename', name: 'x' },
      { type: 'delete' },
      { type: 'register' },
      { type: 'delete', credentialId: 'A'.repeat(1365) },
      { type: 'delete', credentialId: 'not base64!' },
      { type: 'register', name: '\u0007' },
    ];
    for (const action of actions) {
      const res = await api('POST', '/approval/options', { action });
      expect(res.status, JSON.stringify(action)).to.equal(400);
    }
    expect((await list())[1].name).to.equal('B');
  });
});
