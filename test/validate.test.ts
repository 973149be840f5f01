import { expect } from '@open-wc/testing';
import {
  base64urlByteLength,
  checkName,
  parseCreationOptions,
  parseCredential,
  parseRequestOptions,
  rpIdMatchesHost,
} from '../src/validate.js';

const good = {
  rp: { name: 'Acme', id: 'example.com' },
  user: { id: 'dXNlcg', name: 'alex', displayName: 'Alex' },
  challenge: 'AAAAAAAAAAAAAAAAAAAAAA',
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  excludeCredentials: [{ id: 'YWJj', type: 'public-key', transports: ['usb'] }],
  timeout: 60000,
};

describe('validate', () => {
  it('accepts good options and copies only known fields', () => {
    const polluted = JSON.parse(
      JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},"evil":1,'),
    );
    const out = parseCreationOptions(polluted, 'login.example.com');
    expect(out).to.deep.equal(good);
    expect(Object.keys(out)).not.to.include('evil');
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('rp.id must be the host or a parent domain', () => {
    expect(rpIdMatchesHost('example.com', 'example.com')).to.equal(true);
    expect(rpIdMatchesHost('example.com', 'a.b.example.com')).to.equal(true);
    expect(rpIdMatchesHost('example.com', 'badexample.com')).to.equal(false);
    expect(rpIdMatchesHost('com', 'example.com')).to.equal(false);
    expect(rpIdMatchesHost('0.1', '127.0.0.1')).to.equal(false);
    expect(() => parseCreationOptions(good, 'example.org')).to.throw(/rp.id/);
  });

  for (const [label, patch] of [
    ['short challenge', { challenge: 'AAAA' }],
    ['padding in the middle', { challenge: 'AAAA=AAAAAAAAAAAAAAAAAAAAAA' }],
    ['pubKeyCredParams of unknown types only', { pubKeyCredParams: [{ type: 'x', alg: -7 }] }],
    ['a pubKeyCredParams entry without a type', { pubKeyCredParams: [{ alg: -7 }] }],
    ['prf.eval.first that is not base64url', { extensions: { prf: { eval: { first: '%%' } } } }],
    ['prf.eval without first', { extensions: { prf: { eval: { second: 'AAAA' } } } }],
    ['attestationFormats that is not a list', { attestationFormats: 'packed' }],
    ['negative timeout', { timeout: -1 }],
    ['huge rp.name', { rp: { name: 'x'.repeat(5000) } }],
    ['excludeCredentials not an array', { excludeCredentials: {} }],
    ['alg not an integer', { pubKeyCredParams: [{ type: 'public-key', alg: '-7' }] }],
  ] as const) {
    it(`refuses ${label}`, () => {
      expect(() => parseCreationOptions({ ...good, ...patch }, 'example.com')).to.throw(
        /Malformed/,
      );
    });
  }

  // #14 item 15: WebAuthn L3 §5.4 "unknown values are ignored": treated as absent, not refused.
  it('ignores unknown residentKey, userVerification, attestation, authenticatorAttachment', () => {
    const out = parseCreationOptions(
      {
        ...good,
        attestation: 'notarised',
        authenticatorSelection: {
          residentKey: 'when-convenient',
          userVerification: 'eventually',
          authenticatorAttachment: 'wrist',
          requireResidentKey: true,
        },
      },
      'example.com',
    );
    expect(out.attestation).to.equal(undefined);
    expect(out.authenticatorSelection).to.deep.equal({ requireResidentKey: true });
    const known = parseCreationOptions(
      { ...good, attestation: 'direct', authenticatorSelection: { residentKey: 'preferred' } },
      'example.com',
    );
    expect(known.attestation).to.equal('direct');
    expect(known.authenticatorSelection).to.deep.equal({ residentKey: 'preferred' });
  });

  it('ignores an unknown userVerification in request options', () => {
    const request = { challenge: good.challenge, rpId: 'example.com' };
    const out = parseRequestOptions({ ...request, userVerification: 'on-tuesdays' }, 'example.com');
    expect(out).to.deep.equal(request);
    // WebIDL makes any JSON value a string first ("null", "2"): unknown, so ignored too.
    for (const userVerification of [null, 2])
      expect(parseRequestOptions({ ...request, userVerification }, 'example.com')).to.deep.equal(
        request,
      );
  });

  it('an empty pubKeyCredParams means ES256 and RS256; unknown types are skipped', () => {
    const defaults = [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ];
    expect(
      parseCreationOptions({ ...good, pubKeyCredParams: [] }, 'example.com').pubKeyCredParams,
    ).to.deep.equal(defaults);
    const mixed = parseCreationOptions(
      {
        ...good,
        pubKeyCredParams: [
          { type: 'post-quantum-key', alg: -48 },
          { type: 'public-key', alg: -8 },
        ],
      },
      'example.com',
    );
    expect(mixed.pubKeyCredParams).to.deep.equal([{ type: 'public-key', alg: -8 }]);
  });

  it('keeps extensions in their JSON form, with their byte members checked', () => {
    const extensions = {
      credProps: true,
      prf: { eval: { first: 'AAAA', second: 'AQID' } },
      largeBlob: { support: 'preferred' },
    };
    expect(parseCreationOptions({ ...good, extensions }, 'example.com').extensions).to.deep.equal(
      extensions,
    );
    const request = {
      challenge: good.challenge,
      extensions: {
        prf: { evalByCredential: { YWJj: { first: 'AAAA' } } },
        largeBlob: { write: 'AQID' },
      },
    };
    expect(parseRequestOptions(request, 'example.com')).to.deep.equal(request);
    for (const extensions of [
      { prf: { evalByCredential: { YWJj: { first: 5 } } } },
      { prf: { evalByCredential: [] } },
      { largeBlob: { write: 'not base64url!' } },
    ]) {
      expect(() =>
        parseRequestOptions({ challenge: good.challenge, extensions }, 'example.com'),
      ).to.throw(/Malformed/);
    }
  });

  it('passes attestationFormats and request hints through', () => {
    const out = parseCreationOptions(
      { ...good, attestationFormats: ['packed', 'tpm', 'a-future-format'] },
      'example.com',
    );
    expect(out.attestationFormats).to.deep.equal(['packed', 'tpm', 'a-future-format']);
    const request = parseRequestOptions(
      { challenge: good.challenge, hints: ['security-key', 'hybrid'] },
      'example.com',
    );
    expect(request.hints).to.deep.equal(['security-key', 'hybrid']);
  });

  it('measures base64url', () => {
    expect(base64urlByteLength('AAAA')).to.equal(3);
    expect(base64urlByteLength('AAAAA')).to.equal(-1);
    expect(base64urlByteLength('a+b/')).to.equal(-1);
  });

  it('parses a credential and drops a remote icon', () => {
    const c = parseCredential({
      id: 'YWJj',
      name: 'Key',
      createdAt: '2026-01-02T03:04:05Z',
      active: true,
      provider: { name: 'Acme Keys', icon: 'https://tracker.example/p.png' },
    });
    expect(c.provider).to.deep.equal({ name: 'Acme Keys' });
    expect(() =>
      parseCredential({ id: 'YWJj', name: 'Key', createdAt: 'yesterday', active: true }),
    ).to.throw();
  });

  it('checks names', () => {
    expect(checkName('  Work laptop ')).to.deep.equal({ name: 'Work laptop' });
    expect(checkName('🔑'.repeat(64)).problem).to.equal(undefined);
    expect(checkName('🔑'.repeat(65)).problem).to.equal('too-long');
    expect(checkName('a\u2066b').problem).to.equal('forbidden-characters');
    expect(checkName('').problem).to.equal('empty');
  });
});
