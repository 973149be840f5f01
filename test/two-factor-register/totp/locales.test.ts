/**
 * <two-factor-totp>'s languages: every key of English in each, with the same values shown
 * (a message with a value keeps it), no empty string, lists of the same length; and each is
 * a real translation (no string left in English but names and codes).
 */
import { expect } from '@open-wc/testing';
import ar from '../../../src/two-factor-register/totp/locales/ar.js';
import de from '../../../src/two-factor-register/totp/locales/de.js';
import es from '../../../src/two-factor-register/totp/locales/es.js';
import fr from '../../../src/two-factor-register/totp/locales/fr.js';
import ja from '../../../src/two-factor-register/totp/locales/ja.js';
import { enTotp } from '../../../src/two-factor-register/totp/strings.js';
import { enTotpSetup } from '../../../src/two-factor-register/totp/strings-setup.js';

const english: Record<string, unknown> = { ...enTotp, ...enTotpSetup };
const LOCALES = { de, es, fr, ja, ar };
/** The same words in English and the language, rightly. */
const SAME = new Set(['de.nameLabel']);

function compare(ref: unknown, other: unknown, lang: string, path: string, problems: string[]) {
  if (typeof ref === 'function') {
    if (typeof other !== 'function') return void problems.push(`${path}: not a function`);
    // Numbers where English takes a count of digits, markers otherwise.
    const args = /digits|Details|codeHint|codeProblem/.test(path) ? [8] : ['⟦a⟧'];
    const out = String((other as (...a: unknown[]) => unknown)(...args));
    const shown = [String(args[0]), new Intl.NumberFormat(lang).format(Number(args[0]))];
    if (!shown.some((x) => out.includes(x))) problems.push(`${path}: drops its value`);
    return;
  }
  if (Array.isArray(ref)) {
    if (!Array.isArray(other) || other.length !== ref.length)
      return void problems.push(`${path}: length differs`);
    return ref.forEach((r, i) => compare(r, other[i], lang, `${path}[${i}]`, problems));
  }
  if (ref && typeof ref === 'object') {
    if (!other || typeof other !== 'object') return void problems.push(`${path}: missing`);
    for (const key of Object.keys(ref))
      compare((ref as never)[key], (other as never)[key], lang, `${path}.${key}`, problems);
    for (const key of Object.keys(other))
      if (!(key in ref)) problems.push(`${path}.${key}: not in English`);
    return;
  }
  if (typeof other !== 'string' || other.trim() === '') problems.push(`${path}: empty`);
  else if (other === ref && !SAME.has(path)) problems.push(`${path}: left in English`);
}

describe('<two-factor-totp> languages', () => {
  for (const [lang, locale] of Object.entries(LOCALES)) {
    it(`${lang}: every English key, translated, with the same values`, () => {
      const problems: string[] = [];
      compare(english, locale.totp, lang, lang, problems);
      expect(problems).to.deep.equal([]);
      expect(locale.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }
});
