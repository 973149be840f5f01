/**
 * The reference RP's credential-ID rules: WebAuthn's 1,023-byte limit at registration, the ID in
 * the authenticator data must be the response's `id`, and one limit everywhere, so that any ID
 * it stores can be renamed, turned off and on, and deleted. IDs no virtual authenticator makes
 * come from a software authenticator (a "none" attestation built in Node, rp-client-plugin).
 */
import { expect } from '@open-wc/testing';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  addAuthenticator,
  api,
  approve,
  list,
  newSession,
  register,
  removeAuthenticators,
  reply,
} from '../support/rp-api.js';
import type { Credential } from '../support/rp-api.js';

/** Registration options for `name` and a software response with an `idBytes`-byte ID. */
async function softResponse(name: string, idBytes: number, claimedIdBytes?: number) {
  const res = await api('POST', '/registration/options', { name });
  expect(res.status).to.equal(200);
  const options = (await res.json()) as PublicKeyCredentialCreationOptionsJSON;
  return executeServerCommand<RegistrationResponseJSON, object>('rp-client', {
    action: 'soft-registration',
    options,
    idBytes,
    ...(claimedIdBytes === undefined ? {} : { claimedIdBytes }),
  });
}

describe('reference RP: credential IDs', function () {
  this.timeout(20_000);
  let first: Credential;

  beforeEach(async () => {
    await newSession();
    await addAuthenticator('internal');
    first = await register('Laptop');
  });
  afterEach(removeAuthenticators);

  it('refuses a response whose id is not the credential ID in its authenticator data', async () => {
    const response = await softResponse('Key', 2000, 32);
    expect(response.id).to.have.length(43);
    const approval = await approve({ type: 'register', name: 'Key' }, first);
    const res = await reply(
      api('POST', '/registration/verify', { name: 'Key', response, approval }),
    );
    expect(res.status).to.equal(400);
    expect(res.body.error?.code).to.equal('rejected');
    expect((await list()).map((c) => c.id)).to.deep.equal([first.id]);
  });

  it('refuses a 1,024-byte credential ID', async () => {
    const response = await softResponse('Key', 1024);
    const approval = await approve({ type: 'register', name: 'Key' }, first);
    const res = await reply(
      api('POST', '/registration/verify', { name: 'Key', response, approval }),
    );
    expect(res.status).to.equal(400);
    expect((await list()).map((c) => c.id)).to.deep.equal([first.id]);
  });

  it('stores a 1,023-byte credential ID, and renames, turns off and on, and deletes it', async () => {
    const response = await softResponse('Long', 1023);
    expect(response.id).to.have.length(1364);
    const approval = await approve({ type: 'register', name: 'Long' }, first);
    const stored = await reply(
      api('POST', '/registration/verify', { name: 'Long', response, approval }),
    );
    expect(stored.status).to.equal(201);
    const id = response.id;
    const path = `/credentials/${encodeURIComponent(id)}`;

    const rename = await approve({ type: 'rename', credentialId: id, name: 'Longer' }, first);
    const renamed = await reply(api('PATCH', path, { name: 'Longer', approval: rename }));
    expect(renamed.status, JSON.stringify(renamed.body)).to.equal(200);
    expect(renamed.body.name).to.equal('Longer');

    const off = await approve({ type: 'deactivate', credentialId: id }, first);
    expect((await reply(api('PATCH', path, { active: false, approval: off }))).status).to.equal(
      200,
    );
    const on = await approve({ type: 'activate', credentialId: id }, first);
    expect((await reply(api('PATCH', path, { active: true, approval: on }))).status).to.equal(200);

    const del = await approve({ type: 'delete', credentialId: id }, first);
    expect((await reply(api('DELETE', path, { approval: del }))).status).to.equal(204);
    expect((await list()).map((c) => c.id)).to.deep.equal([first.id]);
  });

  it('answers 404 for a path ID over the limit, as for any unknown passkey', async () => {
    const res = await reply(api('DELETE', `/credentials/${'A'.repeat(1368)}`, {}));
    expect(res.status).to.equal(404);
  });
});
