// A software authenticator for Node: a fresh P-256 key and credential ID per registration, "none"
// attestation, as a platform authenticator with user verification would answer. The reference
// RP verifies its responses like any other. Used by the load test (scripts/load.mjs) and by the
// tests that need responses no real authenticator makes (odd credential IDs: rp-client-plugin).
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

/**
 * A RegistrationResponseJSON for `options`, made for `origin`, with a credential ID of `idBytes`
 * bytes; `response.id` names the first `claimedIdBytes` of them (all, unless given).
 * @param {{ options: { challenge: string, rp: { id?: string } }, idBytes?: number,
 *   claimedIdBytes?: number }} request @param {string} origin
 */
export function softRegistration({ options, idBytes = 32, claimedIdBytes }, origin) {
  const rpId = options.rp.id ?? new URL(origin).hostname;
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
    format: 'jwk',
  });
  const credentialId = randomBytes(idBytes);
  // COSE_Key: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
  const coseKey = isoCBOR.encode(
    new Map(
      /** @type {[number, number | Uint8Array][]} */ ([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(/** @type {string} */ (jwk.x), 'base64url')],
        [-3, Buffer.from(/** @type {string} */ (jwk.y), 'base64url')],
      ]),
    ),
  );
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(credentialId.length);
  const authData = Buffer.concat([
    createHash('sha256').update(rpId).digest(),
    Buffer.from([0x45]), // flags: user present, user verified, attested credential data
    Buffer.alloc(4), // sign count 0
    Buffer.alloc(16), // AAGUID: none
    idLength,
    credentialId,
    coseKey,
  ]);
  const attestationObject = isoCBOR.encode(
    new Map(
      /** @type {[string, Parameters<typeof isoCBOR.encode>[0]][]} */ ([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]),
    ),
  );
  const clientDataJSON = Buffer.from(
    JSON.stringify({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin,
      crossOrigin: false,
    }),
  );
  const id = credentialId.subarray(0, claimedIdBytes ?? idBytes).toString('base64url');
  return {
    id,
    rawId: id,
    type: 'public-key',
    response: {
      clientDataJSON: clientDataJSON.toString('base64url'),
      attestationObject: Buffer.from(attestationObject).toString('base64url'),
      transports: ['internal'],
    },
    clientExtensionResults: {},
    authenticatorAttachment: 'platform',
  };
}

/** A TCP port free on localhost right now. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}
