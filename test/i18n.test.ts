/**
 * Locales: every key in every language with the same placeholders; every story rendered in every
 * language without missing text and clean under axe; Arabic right to left; `lang` switched at
 * run time; Intl dates and plurals.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLocale, registerLocale } from '../src/i18n.js';
import type { PasskeyLocale } from '../src/i18n.js';
import type { PasskeyCredentials } from '../src/passkey-credentials/passkey-credentials.js';
import { enCredentials } from '../src/passkey-credentials/strings-en.js';
import type { PasskeyRegister } from '../src/passkey-register/passkey-register.js';
import { en } from '../src/strings-steps.js';
import { enQr } from '../src/strings.js';
import arTwoFactor from '../src/two-factor-register/locales/ar.js';
import arTotp from '../src/two-factor-register/totp/locales/ar.js';
import { handoffAdapter, openQr, storedCredential, $ } from './support/drive.js';
import { scriptedAdapter } from './support/scripted-adapter.js';
import { removeAuthenticators } from './support/helpers.js';
import { loadStories, renderStory } from './support/story-harness.js';

const LOCALES = ['de', 'fr', 'es', 'ja', 'ar'];
const english = { dir: 'ltr', register: en, credentials: enCredentials, qr: enQr };

async function locale(lang: string): Promise<PasskeyLocale> {
  const found = await loadLocale(lang);
  if (!found) throw new Error(`no locale ${lang}`);
  return found;
}

/** Walks `ref` (English) and `other` together, reporting every key that differs in shape. */
function compare(
  ref: unknown,
  other: unknown,
  lang: string,
  path: string,
  problems: string[],
): void {
  if (typeof ref === 'function') {
    if (typeof other !== 'function') return void problems.push(`${path}: not a function`);
    const fn = other as (...a: unknown[]) => unknown;
    if (fn.length !== ref.length)
      problems.push(`${path}: takes ${fn.length} values, not ${ref.length}`);
    // Numbers for counts (formatted by Intl in the locale), distinct markers otherwise.
    const numeric = path.endsWith('.summary');
    const args = numeric ? [7, 3] : ['⟦a⟧', '⟦b⟧'].slice(0, ref.length);
    const out = String(fn(...args));
    for (const a of args) {
      const shown = [String(a), new Intl.NumberFormat(lang).format(Number(a))];
      if (!shown.some((x) => out.includes(x)))
        problems.push(`${path}: drops its value ${String(a)}`);
    }
    return;
  }
  if (Array.isArray(ref)) {
    if (!Array.isArray(other) || other.length !== ref.length)
      return void problems.push(`${path}: length differs`);
    ref.forEach((r, i) => compare(r, other[i], lang, `${path}[${i}]`, problems));
    return;
  }
  if (ref && typeof ref === 'object') {
    if (!other || typeof other !== 'object') return void problems.push(`${path}: missing`);
    for (const key of Object.keys(ref)) {
      compare(
        (ref as Record<string, unknown>)[key],
        (other as Record<string, unknown>)[key],
        lang,
        `${path}.${key}`,
        problems,
      );
    }
    for (const key of Object.keys(other))
      if (!(key in ref)) problems.push(`${path}.${key}: not in English`);
    return;
  }
  if (typeof ref === 'string' && (typeof other !== 'string' || other.trim() === ''))
    problems.push(`${path}: empty`);
}

/** The digits Intl writes Arabic numbers in, in this browser ('latn' or 'arab'). */
const arabicDigits = new Intl.NumberFormat('ar').resolvedOptions().numberingSystem;

/**
 * The digit systems of the numbers in a text. A digit next to a Latin letter is part of a name
 * (FIDO2, 1Password), not a number.
 */
function digitSystems(text: string): string[] {
  const found = new Set<string>();
  for (const [n] of text.matchAll(/(?<![A-Za-z])[0-9\u0660-\u0669\u06f0-\u06f9]+(?![A-Za-z])/g))
    for (const d of n)
      found.add(/[0-9]/.test(d) ? 'latn' : /[\u0660-\u0669]/.test(d) ? 'arab' : 'arabext');
  return [...found];
}

describe('locales', () => {
  afterEach(removeAuthenticators);

  for (const lang of LOCALES) {
    it(`${lang} has every key of English, with the same placeholders`, async () => {
      const problems: string[] = [];
      compare(english, await locale(lang), lang, lang, problems);
      expect(problems).to.deep.equal([]);
    });
  }

  it('Arabic is right to left, with mirrored chevrons and an isolated countdown', async () => {
    await locale('ar');
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register
        lang="ar"
        default-name="x"
        .adapter=${scriptedAdapter()}
      ></passkey-register>`,
    );
    await el.updateComplete;
    const base = $(el, '[part=base]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect($(el, 'h2').textContent).to.equal((await locale('ar')).register.nameHeading);
    // The input sits on the right in RTL: its right edge lines up with the card's content.
    const input = $(el, 'input').getBoundingClientRect();
    const button = $(el, 'button[type=submit]').getBoundingClientRect();
    expect(Math.round(button.right)).to.equal(Math.round(input.right));
  });

  it('switches language when `lang` changes at run time, on the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <passkey-register default-name="x" .adapter=${scriptedAdapter()}></passkey-register>
      </div>`,
    );
    const el = wrapper.querySelector('passkey-register')!;
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal(en.nameHeading);
    const de = await locale('de');
    wrapper.lang = 'de';
    await waitUntil(
      () => $(el, 'h2').textContent === de.register.nameHeading,
      'did not switch to German',
    );
    const fr = await locale('fr');
    el.lang = 'fr';
    await waitUntil(
      () => $(el, 'h2').textContent === fr.register.nameHeading,
      'did not switch to French',
    );
  });

  it('formats dates and counts with Intl in the element’s language', async () => {
    const ar = await locale('ar');
    const el = await fixture<PasskeyCredentials>(
      html`<passkey-credentials
        lang="de"
        .adapter=${scriptedAdapter({
          listCredentials: {
            resolve: [
              storedCredential('A', {
                id: 'YQ',
                createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
              }),
              storedCredential('B', { id: 'Yg', active: false }),
            ],
          },
        })}
      ></passkey-credentials>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.list'));
    await el.updateComplete;
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.textContent).to.contain(
      new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).format(-3, 'day'),
    );
    expect(time.title).to.equal(
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(time.dateTime),
      ),
    );
    // Arabic has a dual: two passkeys read differently from three.
    expect(ar.credentials.summary(2, 1)).not.to.equal(
      ar.credentials.summary(3, 1).replace(/3|٣/g, '2'),
    );
  });

  it('the QR view writes the countdown and the warning in one digit system: Arabic’s own, Latin in English and German', async () => {
    // 20 s left: the countdown and the "less than 30 seconds" warning show together.
    const adapter = () => handoffAdapter(20_000);
    // A region tag loads the same Arabic strings, so it gets the same digits.
    for (const [lang, expected] of [
      ['ar', arabicDigits],
      ['ar-SA', arabicDigits],
      ['en', 'latn'],
      ['de', 'latn'],
    ] as const) {
      await loadLocale(lang);
      const el = await fixture<HTMLDivElement>(
        html`<div lang=${lang}>
          <passkey-register default-name="x" .adapter=${adapter()}></passkey-register>
        </div>`,
      ).then((d) => d.querySelector('passkey-register')!);
      await openQr(el);
      await el.updateComplete;
      const countdown = $(el, '[role=timer]').textContent;
      const warning = $(el, '.warn p').textContent;
      expect(digitSystems(countdown), `${lang} countdown: ${countdown}`).to.deep.equal([expected]);
      expect(digitSystems(warning), `${lang} warning: ${warning}`).to.deep.equal([expected]);
    }
  });

  it('every number in the Arabic strings uses the digits Intl gives Arabic', async () => {
    const ar = await locale('ar');
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk([ar, arTwoFactor, arTotp]);
    texts.push(
      ar.register.handoffCountdown('4:59'),
      ar.credentials.summary(12, 3),
      arTwoFactor.recovery.remaining(8, 10),
      arTotp.totp.codeHint(6),
      arTotp.totp.keyDetails(6),
      arTotp.totp.codeProblem(6),
    );
    const wrong = texts.filter((t) => digitSystems(t).some((d) => d !== arabicDigits));
    expect(wrong).to.deep.equal([]);
  });

  it('lets a host register a whole locale', async () => {
    const base = await locale('de');
    registerLocale('x-test', { ...base, register: { ...base.register, nameHeading: 'Testname' } });
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register
        lang="x-test"
        default-name="x"
        .adapter=${scriptedAdapter()}
      ></passkey-register>`,
    );
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Testname');
  });
});

const stories = await loadStories();

describe('every story in every language', () => {
  afterEach(removeAuthenticators);

  for (const entry of stories) {
    const label = `${entry.meta.title} › ${entry.story.name ?? entry.exportName}`;
    it(`${label}: translated, nothing missing, axe-clean`, async () => {
      const headings = async (lang: string) => {
        await locale(lang).catch(() => undefined);
        const canvas = await renderStory(
          { ...entry, story: { ...entry.story, args: { ...entry.story.args, lang } } },
          'light',
        );
        await aTimeout(20);
        const els = [
          ...canvas.querySelectorAll(
            'passkey-register, passkey-credentials, passkey-qr, two-factor-register, two-factor-recovery-codes, two-factor-totp',
          ),
        ];
        for (const e of els)
          await (e as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const text = els.map((e) => e.shadowRoot!.textContent ?? '').join(' ');
        expect(text, `${lang}: undefined in the text`).not.to.contain('undefined');
        await expect(canvas).to.be.accessible();
        const h2 = els.flatMap((e) =>
          [...e.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
        );
        canvas.remove();
        await removeAuthenticators();
        return h2;
      };
      const inEnglish = await headings('en');
      for (const lang of LOCALES) {
        const translated = await headings(lang);
        expect(translated.length, `${lang}: headings`).to.equal(inEnglish.length);
        translated.forEach((h, i) => {
          expect(h.trim(), `${lang}: empty heading`).not.to.equal('');
          if (inEnglish[i])
            expect(h, `${lang}: heading left in English`).not.to.equal(inEnglish[i]);
        });
      }
    });
  }
});
