/**
 * The key URI validator of <two-factor-totp>: what an adapter's `otpauth://totp/…` must be
 * before the widget draws it. Plain cases for every rule, and properties (fast-check) for keys
 * built the way an RP would and for arbitrary text, which must fail only as `invalid-response`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PasskeyAdapterError } from '../../../src/index.js';
import {
  parseOtpauth,
  parseTotpSetup,
  SECRET_MAX_BITS,
  SECRET_MIN_BITS,
} from '../../../src/two-factor-register/totp/otpauth.js';
import { base32Decode } from '../../support/totp-code.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, unpadded (the test's own encoder; the decoder is test/support's). */
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

const SECRET = base32(new Uint8Array(20).map((_, i) => i * 13 + 7)); // 160 bits, 32 characters
const uri = (label: string, query: string) => `otpauth://totp/${label}?${query}`;
const GOOD = uri('Acme%20Invest:alex%40example.com', `secret=${SECRET}&issuer=Acme%20Invest`);

function rejects(value: unknown, why?: RegExp): void {
  let caught: unknown;
  try {
    parseOtpauth(value);
  } catch (err) {
    caught = err;
  }
  expect(caught, `${String(value)} should be refused`).to.be.instanceOf(PasskeyAdapterError);
  expect((caught as PasskeyAdapterError).code).to.equal('invalid-response');
  if (why) expect((caught as Error).message).to.match(why);
}

describe('<two-factor-totp> key URI validator', () => {
  it('reads a well-formed URI: issuer and account from the label, defaults SHA1, 6 digits, 30 s', () => {
    const key = parseOtpauth(GOOD);
    expect(key).to.deep.equal({
      uri: GOOD,
      issuer: 'Acme Invest',
      account: 'alex@example.com',
      secret: SECRET,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
  });

  it('accepts SHA256/SHA512, 8 digits, period 30, and ignores unknown parameters', () => {
    const key = parseOtpauth(
      `otpauth://totp/Acme:alex?secret=${SECRET}&algorithm=SHA512&digits=8&period=30&image=https%3A%2F%2Fx&foo`,
    );
    expect([key.algorithm, key.digits, key.issuer, key.account]).to.deep.equal([
      'SHA512',
      8,
      'Acme',
      'alex',
    ]);
    expect(parseOtpauth(uri('alex', `secret=${SECRET}&algorithm=SHA256`)).algorithm).to.equal(
      'SHA256',
    );
  });

  it('takes the issuer from the parameter when the label has none, and allows spaces after the colon', () => {
    expect(parseOtpauth(uri('alex', `secret=${SECRET}&issuer=Acme+Invest`)).issuer).to.equal(
      'Acme Invest',
    );
    expect(parseOtpauth(uri('Acme:%20%20alex', `secret=${SECRET}`)).account).to.equal('alex');
    expect(parseOtpauth(uri('alex', `secret=${SECRET}`)).issuer).to.equal(undefined);
  });

  it('accepts a secret with exactly RFC 4648’s padding, and returns it unpadded', () => {
    // 26 characters = 130 bits: 8n+2, so six '=' pad it to 32.
    const s26 = SECRET.slice(0, 26);
    expect(parseOtpauth(uri('a', `secret=${s26}======`)).secret).to.equal(s26);
    rejects(uri('a', `secret=${s26}=====`), /padding/);
    rejects(uri('a', `secret=${s26}=======`), /padding/);
    // 8n+3 is no length base32 can have.
    rejects(uri('a', `secret=${SECRET.slice(0, 27)}`), /impossible/);
  });

  it(`refuses secrets under ${SECRET_MIN_BITS} bits or over ${SECRET_MAX_BITS} bits`, () => {
    // 25 characters hold 125 bits (15 whole bytes); 26 hold 16 bytes.
    rejects(uri('a', `secret=${SECRET.slice(0, 25)}`));
    rejects(uri('a', `secret=${SECRET.slice(0, 24)}`), /shorter/);
    expect(parseOtpauth(uri('a', `secret=${SECRET.slice(0, 26)}`)).secret).to.have.length(26);
    const long = base32(new Uint8Array(SECRET_MAX_BITS / 8).fill(0xa5));
    expect(parseOtpauth(uri('a', `secret=${long}`)).secret).to.equal(long);
    rejects(uri('a', `secret=${base32(new Uint8Array(SECRET_MAX_BITS / 8 + 1))}`), /longer/);
  });

  it('refuses a secret outside the base32 alphabet (lower case, 0, 1, 8, 9, spaces, missing, twice)', () => {
    for (const bad of [
      SECRET.toLowerCase(),
      `${SECRET.slice(0, 31)}0`,
      `${SECRET.slice(0, 31)}1`,
      `${SECRET.slice(0, 31)}8`,
      `${SECRET.slice(0, 16)}%20${SECRET.slice(16)}`,
      '',
    ])
      rejects(uri('a', `secret=${bad}`));
    rejects(uri('a', 'issuer=Acme'), /no secret/);
    rejects(uri('a', `secret=${SECRET}&secret=${SECRET}`), /twice/);
  });

  it('refuses other schemes, types, shapes and parameters', () => {
    rejects(`otpauth://hotp/a?secret=${SECRET}&counter=1`);
    rejects(`https://totp/a?secret=${SECRET}`);
    rejects(`otpauth:totp/a?secret=${SECRET}`);
    rejects(`otpauth://totp/a/b?secret=${SECRET}`);
    rejects(`otpauth://totp/a?secret=${SECRET}#frag`);
    rejects(uri('a', `secret=${SECRET}&algorithm=MD5`), /algorithm/);
    rejects(uri('a', `secret=${SECRET}&algorithm=sha1`), /algorithm/);
    rejects(uri('a', `secret=${SECRET}&digits=7`), /digits/);
    rejects(uri('a', `secret=${SECRET}&digits=06`), /digits/);
    rejects(uri('a', `secret=${SECRET}&period=60`), /period/);
    rejects(uri('a', `secret=${SECRET}&period=`), /period/);
    rejects(42);
    rejects(undefined);
    rejects(`${GOOD}&x=${'y'.repeat(1100)}`, /longer/);
  });

  it('refuses a label that is empty, too long, badly encoded, or carries control or bidi characters', () => {
    rejects(uri('', `secret=${SECRET}`), /account/);
    rejects(uri('Acme:', `secret=${SECRET}`), /account/);
    rejects(uri(':alex', `secret=${SECRET}`), /issuer/);
    rejects(uri('Acme:al:ex', `secret=${SECRET}`), /colon/);
    rejects(uri('a'.repeat(129), `secret=${SECRET}`), /longer/);
    expect(parseOtpauth(uri('a'.repeat(128), `secret=${SECRET}`)).account).to.have.length(128);
    rejects(uri('%E0%A4%A', `secret=${SECRET}`), /percent/);
    for (const bad of ['%00', '%0A', '%1B', '%7F', '%E2%80%AE', '%E2%81%A6', '%E2%80%8B'])
      rejects(uri(`Acme:al${bad}ex`, `secret=${SECRET}`), /control or format/);
    rejects(uri('Acme:alex', `secret=${SECRET}&issuer=Ev%E2%80%AEil`), /control or format/);
    // Raw spaces, tabs, newlines or non-ASCII: not a URI (the URL parser would drop tabs silently).
    rejects(`otpauth://totp/Acme:al\tex?secret=${SECRET}`, /ASCII/);
    rejects(`otpauth://totp/Acme Invest:alex?secret=${SECRET}`, /ASCII/);
    rejects(`otpauth://totp/Äcme:alex?secret=${SECRET}`, /ASCII/);
  });

  it('refuses what reads differently in different apps: an upper-case scheme or type, a parameter name encoded or in capitals (a second secret)', () => {
    rejects(`OTPAUTH://TOTP/Acme:alex?secret=${SECRET}`);
    rejects(`otpauth://TOTP/Acme:alex?secret=${SECRET}`);
    const other = base32(new Uint8Array(20).fill(1));
    rejects(uri('Acme:alex', `%73ecret=${other}&secret=${SECRET}`), /not written plainly/);
    rejects(uri('Acme:alex', `SECRET=${other}&secret=${SECRET}`), /not written plainly/);
    rejects(uri('Acme:alex', `secret=${SECRET}&Issuer=Evil`), /not written plainly/);
  });

  it('refuses a label that shows nothing or hides its end: fillers, Braille blanks, lone marks, other spaces', () => {
    for (const bad of [
      '%E3%85%A4',
      '%E2%A0%80',
      '%CC%81',
      'Bank%E2%80%80',
      'alex%C2%A0',
      'a%E3%80%80b',
    ])
      rejects(uri(`${bad}:alex`, `secret=${SECRET}`), /issuer/);
    rejects(uri('Acme:%E3%85%A4', `secret=${SECRET}`), /account has no visible/);
    expect(parseOtpauth(uri('Acme%20Invest:alex', `secret=${SECRET}`)).issuer).to.equal(
      'Acme Invest',
    );
  });

  it('refuses an issuer parameter that differs from the label’s', () => {
    rejects(uri('Acme:alex', `secret=${SECRET}&issuer=Evil`), /issuer differs/);
    expect(parseOtpauth(uri('Acme:alex', `secret=${SECRET}&issuer=Acme`)).issuer).to.equal('Acme');
  });

  it('checks the whole setup: id, expiry and URI', () => {
    const expiresAt = new Date(Date.now() + 600_000).toISOString();
    expect(parseTotpSetup({ id: 'p1', uri: GOOD, expiresAt }).setup).to.deep.equal({
      id: 'p1',
      uri: GOOD,
      expiresAt,
    });
    for (const bad of [
      null,
      [],
      { uri: GOOD, expiresAt },
      { id: '', uri: GOOD, expiresAt },
      { id: 'p 1', uri: GOOD, expiresAt },
      { id: 'p1', uri: GOOD, expiresAt: 'soon' },
      { id: 'p1', uri: 'otpauth://totp/a?secret=AAAA', expiresAt },
    ]) {
      expect(() => parseTotpSetup(bad), JSON.stringify(bad))
        .to.throw(PasskeyAdapterError)
        .with.property('code', 'invalid-response');
    }
  });

  it('property: every key an RP could issue (16–64 random bytes, any algorithm, 6 or 8 digits) reads back exactly', () => {
    const label = fc.stringMatching(/^[A-Za-z0-9 .@_+-]{1,40}$/);
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 64 }),
        label,
        label,
        fc.constantFrom('SHA1', 'SHA256', 'SHA512'),
        fc.constantFrom(6, 8),
        fc.boolean(),
        (bytes, issuer, account, algorithm, digits, issuerParam) => {
          fc.pre(issuer.trim() === issuer && account.trim() === account);
          const secret = base32(bytes);
          const text = uri(
            `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`,
            `secret=${secret}&algorithm=${algorithm}&digits=${digits}${issuerParam ? `&issuer=${encodeURIComponent(issuer)}` : ''}`,
          );
          const key = parseOtpauth(text);
          expect([key.issuer, key.account, key.algorithm, key.digits]).to.deep.equal([
            issuer,
            account,
            algorithm,
            digits,
          ]);
          expect([...base32Decode(key.secret)]).to.deep.equal([...bytes]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: arbitrary text, and a good URI with any one character changed, fail only as invalid-response', () => {
    const onlyInvalidResponse = (text: string) => {
      try {
        parseOtpauth(text);
      } catch (err) {
        expect(err).to.be.instanceOf(PasskeyAdapterError);
        expect((err as PasskeyAdapterError).code).to.equal('invalid-response');
      }
    };
    fc.assert(fc.property(fc.string({ maxLength: 300 }), onlyInvalidResponse), { numRuns: 500 });
    fc.assert(
      fc.property(fc.nat(GOOD.length - 1), fc.string({ minLength: 1, maxLength: 3 }), (at, s) =>
        onlyInvalidResponse(GOOD.slice(0, at) + s + GOOD.slice(at + 1)),
      ),
      { numRuns: 500 },
    );
  });
});
