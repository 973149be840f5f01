/**
 * The reference RP under concurrent writes from "two tabs": parallel requests with this page's
 * session, and a second session of the same user in another browser context, at the same
 * time. Nothing may be lost or stored twice, and the one-active-passkey rule must hold.
 */
import { expect } from '@open-wc/testing';
import type { RegistrationResponseJSON } from '@simplewebauthn/browser';
import {
  api,
  approve,
  closeSecondSession,
  createCredential,
  freshUserWith,
  fromSecondSession,
  list,
  openSecondSession,
  register,
  reply,
  restartRp,
} from '../support/rp-api.js';
import type { Reply } from '../support/rp-api.js';

interface Request {
  method: string;
  path: string;
  body?: unknown;
}

/** Sends `mine` from this page and `theirs` from the second session, all at once. */
async function together(mine: Request[], theirs: Request[]): Promise<[Reply[], Reply[]]> {
  return Promise.all([
    Promise.all(mine.map((r) => reply(api(r.method, r.path, r.body)))),
    fromSecondSession(theirs.map((r) => ({ ...r, path: `/api/passkeys${r.path}` }))),
  ]);
}

const statuses = (replies: Reply[]) => replies.map((r) => r.status);

describe('reference RP: concurrent tabs', function () {
  this.timeout(30_000);

  freshUserWith(['internal', 'usb'], closeSecondSession);

  describe('without approvals', () => {
    before(() => restartRp({ requireApproval: false }));
    after(() => restartRp());

    it('stores each of 8 registrations exactly once when both sessions submit all of them at once', async () => {
      const responses: RegistrationResponseJSON[] = [];
      for (let i = 0; i < 8; i++) responses.push(await createCredential(`Key ${i}`));
      await openSecondSession();
      const verifies = responses.map((response, i) => ({
        method: 'POST',
        path: '/registration/verify',
        body: { name: `Key ${i}`, response },
      }));
      const [mine, theirs] = await together(verifies, [...verifies].reverse());
      theirs.reverse();

      // Per registration, exactly one of the two submissions won; the other's challenge was gone.
      responses.forEach((_, i) => {
        expect([mine[i].status, theirs[i].status].sort(), `Key ${i}`).to.deep.equal([201, 400]);
      });
      const stored = await list();
      expect(stored.map((c) => c.id).sort()).to.deep.equal(responses.map((r) => r.id).sort());
      expect(stored.map((c) => c.name).sort()).to.deep.equal(responses.map((_, i) => `Key ${i}`));
      // The second session sees the same eight.
      const [seen] = await fromSecondSession([
        { method: 'GET', path: '/api/passkeys/credentials' },
      ]);
      expect((seen.body.credentials as unknown[]).length).to.equal(8);
    });
  });

  it('stores only one unapproved "first" passkey when several are verified at once', async () => {
    const responses: RegistrationResponseJSON[] = [];
    for (let i = 0; i < 4; i++) responses.push(await createCredential(`Key ${i}`));
    await openSecondSession();
    const verify = (i: number) => ({
      method: 'POST',
      path: '/registration/verify',
      body: { name: `Key ${i}`, response: responses[i] },
    });
    const [mine, theirs] = await together([verify(0), verify(1)], [verify(2), verify(3)]);
    const all = [...mine, ...theirs];
    expect(statuses(all).sort()).to.deep.equal([201, 403, 403, 403]);
    for (const refused of all.filter((r) => r.status === 403))
      expect(refused.body.error?.code).to.equal('forbidden');
    const stored = await list();
    expect(stored).to.have.length(1);
    expect(stored[0].id).to.equal(responses[statuses(all).indexOf(201)].id);
  });

  it('keeps one active passkey when both sessions delete the last two at once', async () => {
    const a = await register('A', 'platform');
    const b = await register('B', 'cross-platform', a);
    // Each delete signed by the other passkey, so both approvals are valid when sent.
    const deleteA = await approve({ type: 'delete', credentialId: a.id }, b);
    const deleteB = await approve({ type: 'delete', credentialId: b.id }, a);
    await openSecondSession();
    const [mine, theirs] = await together(
      [{ method: 'DELETE', path: `/credentials/${a.id}`, body: { approval: deleteA } }],
      [{ method: 'DELETE', path: `/credentials/${b.id}`, body: { approval: deleteB } }],
    );
    const all = [...mine, ...theirs];
    expect(
      statuses(all).filter((s) => s === 204),
      JSON.stringify(all),
    ).to.have.length(1);
    // The loser: the last-active rule (409), or its signer is gone (403).
    const loser = all.find((r) => r.status !== 204)!;
    expect([409, 403]).to.include(loser.status);
    const left = await list();
    expect(left).to.have.length(1);
    expect(left[0].active).to.equal(true);
  });

  it('keeps one active passkey when both sessions deactivate the last two at once', async () => {
    const a = await register('A', 'platform');
    const b = await register('B', 'cross-platform', a);
    const offA = await approve({ type: 'deactivate', credentialId: a.id }, b);
    const offB = await approve({ type: 'deactivate', credentialId: b.id }, a);
    await openSecondSession();
    const [mine, theirs] = await together(
      [{ method: 'PATCH', path: `/credentials/${a.id}`, body: { active: false, approval: offA } }],
      [{ method: 'PATCH', path: `/credentials/${b.id}`, body: { active: false, approval: offB } }],
    );
    const all = [...mine, ...theirs];
    expect(
      statuses(all).filter((s) => s === 200),
      JSON.stringify(all),
    ).to.have.length(1);
    const left = await list();
    expect(left).to.have.length(2);
    expect(left.filter((c) => c.active)).to.have.length(1);
  });

  it('uses an approval once when both sessions send it at once', async () => {
    const a = await register('A', 'platform');
    const b = await register('B', 'cross-platform', a);
    const rename = await approve({ type: 'rename', credentialId: b.id, name: 'Renamed' }, a);
    await openSecondSession();
    const body = { name: 'Renamed', approval: rename };
    const [mine, theirs] = await together(
      [{ method: 'PATCH', path: `/credentials/${b.id}`, body }],
      [{ method: 'PATCH', path: `/credentials/${b.id}`, body }],
    );
    expect(statuses([...mine, ...theirs]).sort()).to.deep.equal([200, 403]);
    expect((await list()).map((c) => c.name)).to.deep.equal(['A', 'Renamed']);
  });
});
