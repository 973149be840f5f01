// A test-runner plugin that stands in for relying parties built on WebAuthn server libraries other
// than @simplewebauthn/server, so test/interop.test.ts can register against options those
// libraries produce with their default settings, and have the same library verify the result.
//
// Browser side: executeServerCommand('interop', { action: 'options', library, rpId, origin })
// returns creation options as JSON (base64url); { action: 'verify', library, challenge, origin,
// response } verifies a RegistrationResponseJSON with that library and returns what it stored.
//
// - fido2-lib: a complete Node RP library (own CBOR/attestation code). Its options come from
//   `new Fido2Lib({ rpId, rpName }).attestationOptions()`; like any RP using it, the app adds
//   `user` and encodes the ArrayBuffer challenge as base64url.
// - @passwordless-id/webauthn: its client builds the creation options (from a challenge and a
//   user name) and its server part verifies. The options are taken from its own `client.register`
//   with every other setting at its default: navigator.credentials.create is replaced only while
//   that call runs, to capture the options it passes, and nothing it returns is used.
import { Fido2Lib } from 'fido2-lib';
import { client, server } from '@passwordless-id/webauthn';

/** @param {ArrayBuffer | ArrayBufferView} v */
const b64url = (v) =>
  Buffer.from(
    ArrayBuffer.isView(v)
      ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
      : new Uint8Array(v),
  ).toString('base64url');

/** @param {string} s */
const fromB64url = (s) => {
  const b = Buffer.from(s, 'base64url');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

/**
 * JSON form (§5.1.8): ArrayBuffers become base64url, undefined members disappear.
 * @param {unknown} value @returns {Record<string, unknown>}
 */
function toJson(value) {
  return JSON.parse(
    JSON.stringify(value, (_k, v) =>
      v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? b64url(v) : v,
    ),
  );
}

/** @typedef {{ library: string, rpId: string }} OptionsRequest */
/** @typedef {{ library: string, challenge: string, origin: string, response: any }} VerifyRequest */

/** @param {OptionsRequest} req */
async function fido2LibOptions({ rpId }) {
  const lib = new Fido2Lib({ rpId, rpName: 'Interop RP (fido2-lib)' });
  /** @type {Record<string, unknown>} */
  const options = { ...(await lib.attestationOptions()) };
  options.user = {
    id: b64url(crypto.getRandomValues(new Uint8Array(16))),
    name: 'alex@example.com',
    displayName: 'Alex Morgan',
  };
  return toJson(options);
}

/** @param {OptionsRequest} req */
async function passwordlessIdOptions({ rpId }) {
  /** @type {unknown} */
  let captured;
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const debug = console.debug;
  Object.defineProperty(globalThis, 'navigator', {
    configurable: true,
    value: {
      credentials: {
        create: async (/** @type {{ publicKey: unknown }} */ o) => {
          captured = o.publicKey;
          throw new Error('options captured');
        },
      },
    },
  });
  console.debug = () => {}; // register() logs the options it builds
  try {
    await client.register({
      challenge: server.randomChallenge(),
      user: 'alex@example.com',
      domain: rpId,
    });
  } catch {
    // the capture above ends the call
  } finally {
    console.debug = debug;
    if (original) Object.defineProperty(globalThis, 'navigator', original);
    else Reflect.deleteProperty(globalThis, 'navigator');
  }
  if (!captured) throw new Error('@passwordless-id/webauthn built no options');
  return toJson(captured);
}

/**
 * What each library stored at registration, by credential ID, to verify approvals with.
 * @type {Map<string, any>}
 */
const stored = new Map();

const fido2Lib = (/** @type {string} */ origin) =>
  new Fido2Lib({ rpId: new URL(origin).hostname, rpName: 'Interop RP (fido2-lib)' });

/** @param {VerifyRequest} req */
async function verify({ library, challenge, origin, response }) {
  if (library === 'fido2-lib') {
    const result = await fido2Lib(origin).attestationResult(
      { ...response, rawId: fromB64url(response.rawId) },
      { challenge, origin, factor: 'either' },
    );
    const id = b64url(result.authnrData.get('credId'));
    stored.set(id, {
      publicKey: result.authnrData.get('credentialPublicKeyPem'),
      counter: result.authnrData.get('counter'),
    });
    return { id, fmt: result.authnrData.get('fmt') };
  }
  if (library === 'passwordless-id') {
    const info = await server.verifyRegistration(response, { challenge, origin });
    stored.set(info.credential.id, info.credential);
    return { id: info.credential.id, alg: info.credential.algorithm };
  }
  throw new Error(`Unknown library: ${library}`);
}

/** @param {VerifyRequest} req */
async function verifyApproval({ library, challenge, origin, response }) {
  const credential = stored.get(response.id);
  if (!credential) throw new Error('Unknown credential');
  if (library === 'fido2-lib') {
    const result = await fido2Lib(origin).assertionResult(
      { ...response, rawId: fromB64url(response.rawId) },
      {
        challenge,
        origin,
        factor: 'either',
        publicKey: credential.publicKey,
        prevCounter: credential.counter,
        userHandle: response.response.userHandle ?? null,
      },
    );
    return { id: response.id, counter: result.authnrData.get('counter') };
  }
  if (library === 'passwordless-id') {
    const info = await server.verifyAuthentication(response, credential, {
      challenge,
      origin,
      userVerified: false,
    });
    return { id: info.credentialId };
  }
  throw new Error(`Unknown library: ${library}`);
}

export function interopPlugin() {
  return {
    name: 'interop',
    /** @param {{ command: string, payload: any }} args */
    async executeCommand({ command, payload }) {
      if (command !== 'interop') return undefined;
      const { action, library } = payload ?? {};
      if (action === 'options') {
        if (library === 'fido2-lib') return fido2LibOptions(payload);
        if (library === 'passwordless-id') return passwordlessIdOptions(payload);
        throw new Error(`Unknown library: ${library}`);
      }
      if (action === 'verify' || action === 'verify-approval') {
        try {
          return {
            verified: await (action === 'verify' ? verify(payload) : verifyApproval(payload)),
          };
        } catch (err) {
          return { error: err instanceof Error ? err.message : String(err) };
        }
      }
      throw new Error(`Unknown interop action: ${action}`);
    },
  };
}
