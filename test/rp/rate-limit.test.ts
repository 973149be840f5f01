/**
 * The reference RP's limits (each answered 429 with Retry-After): new sessions per address,
 * approval options per account and per address, and concurrent long polls per session. And
 * its error replies name no library internals.
 */
import { expect } from '@open-wc/testing';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import {
  api,
  approve,
  brokenRegistration,
  freshUserWith,
  JSON_HEADERS,
  newSession,
  register,
  reply,
  restartRp,
} from '../support/rp-api.js';

function expect429(res: Response, label: string) {
  expect(res.status, label).to.equal(429);
  expect(Number(res.headers.get('Retry-After')), label).to.be.within(1, 60);
}

const startSession = () =>
  fetch('/api/session', { method: 'POST', headers: JSON_HEADERS, body: '{}' });

describe('reference RP: limits', function () {
  this.timeout(20_000);
  freshUserWith(['internal'], () => restartRp());

  it('limits new sessions per address', async () => {
    await restartRp({ rateLimits: { sessions: { perAddress: 3 } } });
    for (let i = 0; i < 3; i++) expect((await startSession()).status, `session ${i}`).to.equal(201);
    const res = await startSession();
    expect429(res, 'fourth session');
    expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('rate-limited');
  });

  it('limits approval options per account and per address', async () => {
    await restartRp({ rateLimits: { approvalOptions: { perAccount: 2, perAddress: 4 } } });
    await register('Laptop');
    const options = () =>
      api('POST', '/approval/options', { action: { type: 'register', name: 'k' } });
    expect((await options()).status).to.equal(200);
    expect((await options()).status).to.equal(200);
    expect429(await options(), 'account');
    await newSession();
    await register('Laptop');
    expect((await options()).status).to.equal(200);
    expect429(await options(), 'address');
  });

  it('limits concurrent long polls per session', async () => {
    await restartRp({ rateLimits: { longPolls: { perSession: 2 } } });
    const res = await api('POST', '/handoff', { name: 'Phone' });
    const { id } = (await res.json()) as { id: string };
    // no-store: Chromium otherwise holds identical GETs back until the first one's reply.
    const wait = () => fetch(`/api/passkeys/handoff/${id}/wait`, { cache: 'no-store' });
    const first = [wait(), wait()];
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect429(await wait(), 'third poll at once');
    expect((await Promise.all(first)).map((r) => r.status)).to.deep.equal([202, 202]);
    // Once those ended, polling works again.
    expect((await wait()).status).to.equal(202);
  });

  it('answers a malformed attestation and a broken approval without library internals', async () => {
    const options = (await (
      await api('POST', '/registration/options', { name: 'Key' })
    ).json()) as PublicKeyCredentialCreationOptionsJSON;
    const res = await reply(
      api('POST', '/registration/verify', {
        name: 'Key',
        response: brokenRegistration(options.challenge),
      }),
    );
    expect(res.status).to.equal(400);
    expect(res.body.error?.code).to.equal('rejected');
    expect(res.body.error?.message).to.equal('The passkey could not be verified.');

    const laptop = await register('Laptop');
    const approval = await approve({ type: 'rename', credentialId: laptop.id, name: 'X' }, laptop);
    const broken = { ...approval, response: { ...approval.response, signature: 'AAAA' } };
    const patched = await reply(
      api('PATCH', `/credentials/${encodeURIComponent(laptop.id)}`, {
        name: 'X',
        approval: broken,
      }),
    );
    expect(patched.status).to.equal(403);
    expect(patched.body.error?.message).to.equal('The approval could not be verified.');
  });
});
