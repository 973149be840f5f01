import { expect } from '@open-wc/testing';
import {
  base64urlByteLength,
  checkName,
  parseCreationOptions,
  parseCredential,
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
    ['unknown userVerification', { authenticatorSelection: { userVerification: 'sometimes' } }],
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
