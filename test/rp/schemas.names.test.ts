/**
 * The reference RP's rules for passkey names, on every route that takes one: 1–64 characters
 * with at least one visible one; no control or format characters (Cf: zero-width, bidi marks
 * and isolates), line or paragraph separators, or lone surrogates. Emoji joined by U+200D pass.
 */
import { expect } from '@open-wc/testing';
import { api, JSON_HEADERS, newSession, reply } from '../support/rp-api.js';

const REFUSED: [string, string][] = [
  ['zero-width space only', '\u200B'],
  ['zero-width characters only', '\u200B\u200C\u200D\u2060'],
  ['Hangul filler only', '\u3164'],
  ['Hangul choseong/jungseong fillers', '\u115F\u1160'],
  ['halfwidth Hangul filler', '\uFFA0'],
  ['spaces around a zero-width space', ' \u200B '],
  ['byte-order mark only', '\uFEFF'],
  ['Braille blank only', '\u2800'],
  ['zero-width space inside', 'Work\u200Blaptop'],
  ['soft hyphen (Cf)', 'Work\u00ADlaptop'],
  ['left-to-right mark', 'Work\u200Elaptop'],
  ['Arabic letter mark', 'Work\u061Claptop'],
  ['right-to-left override', 'Work\u202Elaptop'],
  ['first-strong isolate', 'Work\u2068laptop'],
  ['line separator', 'Work\u2028laptop'],
  ['paragraph separator', 'Work\u2029laptop'],
  ['control character', 'Work\u0007laptop'],
  ['lone high surrogate', 'Work\uD800laptop'],
  ['lone low surrogate', 'Work\uDC00'],
  ['65 characters', 'x'.repeat(65)],
];

const ACCEPTED = [
  'Alex’s iPhone',
  'جهاز العمل',
  '한국어 폰',
  'Ünïcödé key',
  '👩‍💻 work laptop',
  '👨‍👩‍👧 family iPad',
  '🇩🇪 YubiKey',
  'x'.repeat(64),
];

describe('reference RP: names', function () {
  this.timeout(20_000);
  beforeEach(newSession);

  it('refuses invisible-only names and format, separator, bidi, control and surrogate characters everywhere', async () => {
    for (const [label, name] of REFUSED) {
      const writes: [string, string, unknown][] = [
        ['POST', '/registration/options', { name }],
        ['POST', '/handoff', { name }],
        ['POST', '/approval/options', { action: { type: 'rename', credentialId: 'AAAA', name } }],
        ['PATCH', '/credentials/AAAA', { name }],
      ];
      for (const [method, path, body] of writes) {
        const res = await reply(api(method, path, body));
        expect(res.status, `${label}: ${method} ${path}`).to.equal(400);
        expect(res.body.error?.code, `${label}: ${method} ${path}`).to.equal('rejected');
      }
      const session = await reply(
        fetch('/api/session', {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ displayName: name }),
        }),
      );
      expect(session.status, `${label}: session`).to.equal(400);
    }
  });

  it('accepts names in any script, emoji sequences included', async () => {
    for (const name of ACCEPTED) {
      const res = await reply(api('POST', '/registration/options', { name }));
      expect(res.status, name).to.equal(200);
    }
  });
});
