/**
 * Interoperability (#14 items 15–18): options that WebAuthn server libraries other than
 * @simplewebauthn/server produce with their default settings register through the widget's public
 * API, and so does every spec-valid variant of them (WebAuthn L3 §5.1.3, §5.4, §5.1.8–5.1.10):
 * unknown enum values ignored, an empty pubKeyCredParams meaning ES256 + RS256, entries of an
 * unknown type skipped, extensions in their JSON form reaching create()/get() as bytes, and L3
 * members passed on. The library that issued the options verifies the response in Node
 * (test/support/interop-plugin.mjs); spec-invalid options still end in `invalid-response`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PasskeyAdapterError } from '../src/index.js';
import type {
  PasskeyAdapter,
  PasskeyCredential,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '../src/index.js';
import {
  $,
  byRole,
  choice,
  errorCode,
  submitName,
  toChoosing,
  untilStep,
} from './support/drive.js';
import {
  addAuthenticator,
  mount,
  needs,
  recordCeremonies,
  removeAuthenticators,
} from './support/helpers.js';

type Library = 'fido2-lib' | 'passwordless-id';
type Json = Record<string, unknown>;
const LIBRARIES: Library[] = ['fido2-lib', 'passwordless-id'];

/** base64url of `n` bytes with values 1..n. */
const bytesB64 = (n: number) =>
  btoa(String.fromCharCode(...Array.from({ length: n }, (_, i) => i + 1)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

async function libraryOptions(library: Library): Promise<Json> {
  return executeServerCommand<Json, object>('interop', {
    action: 'options',
    library,
    rpId: location.hostname,
  });
}

/**
 * A relying party built on `library`: its creation options (with `patch` applied to them, as an
 * RP configured that way would send), verified by the same library. Records what it verified.
 */
function libraryAdapter(
  library: Library,
  patch: (o: Json) => Json = (o) => o,
  approval?: (credentialId: string) => Json,
): PasskeyAdapter & { verified: Json[]; sent: Json[] } {
  let challenge = '';
  let approvalChallenge = '';
  const verified: Json[] = [];
  const sent: Json[] = [];
  return {
    verified,
    sent,
    async registrationOptions() {
      const options = patch(await libraryOptions(library));
      challenge = options.challenge as string;
      sent.push(options);
      return options as unknown as PublicKeyCredentialCreationOptionsJSON;
    },
    async verifyRegistration({ name, response, approval: signed }): Promise<PasskeyCredential> {
      if (signed) {
        // The approval is checked by the same library, against the first passkey's public key.
        const checked = await executeServerCommand<{ verified?: Json; error?: string }, object>(
          'interop',
          {
            action: 'verify-approval',
            library,
            challenge: approvalChallenge,
            origin: location.origin,
            response: signed,
          },
        );
        if (!checked.verified) throw new PasskeyAdapterError('rejected', checked.error);
      }
      const result = await executeServerCommand<{ verified?: Json; error?: string }, object>(
        'interop',
        { action: 'verify', library, challenge, origin: location.origin, response },
      );
      if (!result.verified) throw new PasskeyAdapterError('rejected', result.error);
      verified.push(result.verified);
      return {
        id: result.verified.id as string,
        name,
        createdAt: new Date().toISOString(),
        active: true,
      };
    },
    ...(approval
      ? {
          approvalOptions: () => {
            // The first passkey needs no approval; later ones are approved with it.
            if (!verified.length) return Promise.resolve(null);
            const options = approval(verified[0].id as string);
            approvalChallenge = options.challenge as string;
            return Promise.resolve(options as unknown as PublicKeyCredentialRequestOptionsJSON);
          },
        }
      : {}),
  };
}

/** Registers through the widget's public API with a security key (both engines have one). */
async function register(adapter: PasskeyAdapter, name = 'Interop key') {
  const el = await mount(adapter, name);
  await toChoosing(el);
  choice(el, 'security-key').click();
  return el;
}

const bytes = (v: unknown) => new Uint8Array(v as ArrayBuffer);

describe('interoperability: options from other WebAuthn server libraries', () => {
  let ceremonies: ReturnType<typeof recordCeremonies>;
  beforeEach(async () => {
    await addAuthenticator({ transport: 'usb' });
    ceremonies = recordCeremonies();
  });
  afterEach(async () => {
    ceremonies.restore();
    await removeAuthenticators();
  });

  for (const library of LIBRARIES) {
    describe(library, () => {
      it('its default options register, and it verifies the response', async () => {
        const adapter = libraryAdapter(library);
        const el = await register(adapter);
        await untilStep(el, 'success');
        expect(adapter.verified).to.have.length(1);
        expect($(el, '.success').textContent).to.contain('Interop key');
      });

      // Item 15: "unknown values are ignored" (§5.4.4, §5.4.6, §5.4.7, §5.1.3): treated as absent.
      const unknownValues: [string, (o: Json) => Json][] = [
        [
          'residentKey',
          (o) => ({ ...o, authenticatorSelection: { ...sel(o), residentKey: 'when-convenient' } }),
        ],
        [
          'userVerification',
          (o) => ({ ...o, authenticatorSelection: { ...sel(o), userVerification: 'eventually' } }),
        ],
        ['attestation', (o) => ({ ...o, attestation: 'notarised' })],
        [
          'authenticatorAttachment',
          (o) => ({
            ...o,
            authenticatorSelection: { ...sel(o), authenticatorAttachment: 'wrist' },
          }),
        ],
      ];
      for (const [member, patch] of unknownValues) {
        it(`an unknown ${member} value is ignored, not refused`, async () => {
          const adapter = libraryAdapter(library, patch);
          const el = await register(adapter);
          await untilStep(el, 'success');
          expect(adapter.verified).to.have.length(1);
          const pk = ceremonies.calls.create[0].publicKey!;
          const values = [pk.attestation, ...Object.values(pk.authenticatorSelection ?? {})];
          expect(values).not.to.include.members(['when-convenient', 'eventually', 'notarised']);
        });
      }

      it('an empty pubKeyCredParams means ES256 and RS256', async () => {
        const adapter = libraryAdapter(library, (o) => ({ ...o, pubKeyCredParams: [] }));
        const el = await register(adapter);
        await untilStep(el, 'success');
        expect(adapter.verified).to.have.length(1);
        expect(ceremonies.calls.create[0].publicKey!.pubKeyCredParams).to.deep.equal([
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ]);
      });

      it('pubKeyCredParams entries of an unknown type are skipped', async () => {
        const adapter = libraryAdapter(library, (o) => ({
          ...o,
          pubKeyCredParams: [
            { type: 'post-quantum-key', alg: -48 },
            ...(o.pubKeyCredParams as Json[]),
          ],
        }));
        const el = await register(adapter);
        await untilStep(el, 'success');
        expect(adapter.verified).to.have.length(1);
        const params = ceremonies.calls.create[0].publicKey!.pubKeyCredParams;
        expect(params.map((p) => p.type)).to.deep.equal(['public-key', 'public-key']);
      });

      it('prf.eval in its JSON form reaches create() as bytes', async () => {
        const adapter = libraryAdapter(library, (o) => ({
          ...o,
          extensions: {
            credProps: true,
            prf: { eval: { first: bytesB64(32), second: bytesB64(16) } },
          },
        }));
        const el = await register(adapter);
        await untilStep(el, 'success');
        expect(adapter.verified).to.have.length(1);
        const ext = ceremonies.calls.create[0].publicKey!.extensions as Json & {
          prf: { eval: { first: unknown; second: unknown } };
        };
        expect(ext.credProps).to.equal(true);
        expect(ext.prf.eval.first).to.be.instanceOf(ArrayBuffer);
        expect([...bytes(ext.prf.eval.first)]).to.deep.equal(
          Array.from({ length: 32 }, (_, i) => i + 1),
        );
        expect(bytes(ext.prf.eval.second).byteLength).to.equal(16);
      });

      it('attestationFormats reaches create()', async () => {
        const adapter = libraryAdapter(library, (o) => ({
          ...o,
          attestationFormats: ['packed', 'none'],
        }));
        const el = await register(adapter);
        await untilStep(el, 'success');
        expect(adapter.verified).to.have.length(1);
        const pk = ceremonies.calls.create[0].publicKey as { attestationFormats?: string[] };
        expect(pk.attestationFormats).to.deep.equal(['packed', 'none']);
      });

      /**
       * A second passkey is approved with the first: the library's RP asks for the approval
       * with `request` (given the first passkey's ID), and verifies it with that passkey's key.
       */
      async function approveSecond(request: (credentialId: string) => Json) {
        const adapter = libraryAdapter(library, undefined, request);
        const first = await register(adapter, 'First key');
        await untilStep(first, 'success');
        const second = await register(adapter, 'Second key');
        await untilStep(second, 'approving');
        const errors: string[] = [];
        second.addEventListener('passkey-error', (e) => {
          const { code, error } = e as unknown as { code: string; error?: Error };
          errors.push(`${code}: ${String(error?.message)} ${String(error?.cause)}`);
        });
        byRole(second, 'button', 'Confirm with a passkey').click();
        await untilStep(second, 'success').catch((err: Error) => {
          throw new Error(`${err.message} (${errors.join('; ')})`);
        });
        expect(adapter.verified).to.have.length(2);
        return ceremonies.calls.get[0].publicKey! as PublicKeyCredentialRequestOptions & {
          hints?: string[];
          extensions: { largeBlob: { write: unknown }; prf: { evalByCredential: unknown } };
        };
      }
      const requestOptions = (credentialId: string, extensions: Json) => ({
        challenge: bytesB64(32),
        rpId: location.hostname,
        allowCredentials: [{ type: 'public-key', id: credentialId }],
        userVerification: 'on-tuesdays',
        hints: ['security-key'],
        extensions,
      });

      it('items 15, 17, 18 in request options: unknown userVerification ignored; hints and largeBlob.write (as bytes) reach get()', async () => {
        const pk = await approveSecond((id) =>
          requestOptions(id, { largeBlob: { write: bytesB64(8) } }),
        );
        expect(pk.userVerification).not.to.equal('on-tuesdays');
        expect(pk.hints).to.deep.equal(['security-key']);
        expect(pk.extensions.largeBlob.write).to.be.instanceOf(ArrayBuffer);
        expect(bytes(pk.extensions.largeBlob.write).byteLength).to.equal(8);
      });

      it('request options: prf.evalByCredential reaches get() as bytes', async () => {
        // Firefox's virtual authenticator returns an assertion whose signature doesn't verify
        // (with either library) once it evaluates a PRF; registration with prf.eval is fine.
        needs('a virtual authenticator that signs PRF assertions correctly', 'firefox');
        const pk = await approveSecond((id) =>
          requestOptions(id, { prf: { evalByCredential: { [id]: { first: bytesB64(32) } } } }),
        );
        const byCredential = pk.extensions.prf.evalByCredential as Record<
          string,
          { first: unknown }
        >;
        const [evaluated] = Object.values(byCredential);
        expect(evaluated.first).to.be.instanceOf(ArrayBuffer);
        expect(bytes(evaluated.first).byteLength).to.equal(32);
      });

      // Spec-invalid: a client must refuse these (a required member missing or of the wrong
      // type, bytes that aren't base64url, an RP ID this page can't use).
      const invalid: [string, (o: Json) => Json][] = [
        ['no challenge', ({ challenge: _, ...o }) => o],
        ['pubKeyCredParams not a list', (o) => ({ ...o, pubKeyCredParams: { alg: -7 } })],
        [
          'a pubKeyCredParams entry without alg',
          (o) => ({ ...o, pubKeyCredParams: [{ type: 'public-key' }] }),
        ],
        [
          'only pubKeyCredParams of unknown types',
          (o) => ({ ...o, pubKeyCredParams: [{ type: 'post-quantum-key', alg: -48 }] }),
        ],
        [
          'prf.eval.first that is not base64url',
          (o) => ({ ...o, extensions: { prf: { eval: { first: 'not base64url!' } } } }),
        ],
        ['attestationFormats not a list', (o) => ({ ...o, attestationFormats: 'packed' })],
        [
          'an rp.id of another site',
          (o) => ({ ...o, rp: { ...(o.rp as Json), id: 'example.org' } }),
        ],
      ];
      for (const [label, patch] of invalid) {
        it(`spec-invalid: ${label} → invalid-response, no ceremony`, async () => {
          const el = await mount(libraryAdapter(library, patch));
          await submitName(el);
          await untilStep(el, 'error');
          expect(errorCode(el)).to.equal('invalid-response');
          expect(ceremonies.calls.create).to.have.length(0);
        });
      }
    });
  }
});

function sel(o: Json): Json {
  return (o.authenticatorSelection as Json | undefined) ?? {};
}
