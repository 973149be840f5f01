/**
 * <two-factor-totp>'s states through its public API, with a scripted adapter where a state needs
 * a reply the reference RP won't give on demand (a malformed URI, an expired setup, a conflict).
 * Controls are found by role and accessible name; after each step, focus is checked (never on
 * <body>) and so is axe. The end-to-end test against the reference RP is ./end-to-end.test.ts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PasskeyAdapterError } from '../../../src/index.js';
import { enTotp } from '../../../src/two-factor-register/totp/strings.js';
import { enTotpSetup } from '../../../src/two-factor-register/totp/strings-setup.js';
import type { TwoFactorTotp } from '../../../src/two-factor-register/totp/two-factor-totp.js';
import de from '../../../src/two-factor-register/totp/locales/de.js';
import ar from '../../../src/two-factor-register/totp/locales/ar.js';
import ja from '../../../src/two-factor-register/totp/locales/ja.js';
import { axFind, axText, axTree, needs } from '../../support/helpers.js';
import { allByRole, byRole } from '../../support/drive.js';
import { decodeQr } from '../../support/qr-decode.js';
import { scriptedAdapter } from '../../support/scripted-adapter.js';
import type { Cue } from '../../support/scripted-adapter.js';
import {
  SAMPLE_SECRET,
  SAMPLE_URI,
  drawnQr,
  focusedIn,
  mountTotp,
  sampleSetup,
  typeInto,
  untilTotp,
} from './support.js';

const t = { ...enTotp, ...enTotpSetup };
const OFF = { totpStatus: { resolve: { configured: false } } };
const ON = {
  totpStatus: {
    resolve: { configured: true, name: 'Phone app', createdAt: '2026-03-04T10:00:00Z' },
  },
};

const adapter = (cues: Record<string, Cue> = {}) =>
  scriptedAdapter({
    ...OFF,
    startTotp: { resolve: sampleSetup() },
    verifyTotp: {
      resolve: { configured: true, name: 'Phone app', createdAt: new Date().toISOString() },
    },
    removeTotp: { resolve: undefined },
    ...cues,
  });

const headingText = (el: TwoFactorTotp) =>
  el.shadowRoot!.querySelector('.heading')!.textContent.trim();
const live = (el: TwoFactorTotp) =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent.trim();

async function toScan(el: TwoFactorTotp): Promise<void> {
  await untilTotp(el, 'off');
  byRole(el, 'button', t.setUp).click();
  await untilTotp(el, 'scan');
}

async function submitCode(el: TwoFactorTotp, code: string, name?: string): Promise<void> {
  typeInto(byRole(el, 'textbox', t.codeLabel), code);
  if (name !== undefined) typeInto(byRole(el, 'textbox', t.nameLabel), name);
  byRole(el, 'button', t.verify).click();
  await el.updateComplete;
}

describe('<two-factor-totp>', () => {
  it('not set up: explains, then Set up shows the QR code (the URI, drawn), issuer and account, and the key in groups of four', async () => {
    const a = adapter();
    const el = await mountTotp(a);
    await untilTotp(el, 'off');
    expect(headingText(el)).to.equal(t.heading);
    expect(el.shadowRoot!.textContent).to.contain(t.offBody);
    await expect(el).to.be.accessible();

    byRole(el, 'button', t.setUp).click();
    await untilTotp(el, 'scan');
    expect(focusedIn(el)?.textContent?.trim(), 'focus on the new step’s heading').to.equal(
      t.scanHeading,
    );
    expect(live(el)).to.equal(t.scanHeading);
    const qr = await drawnQr(el);
    expect(await decodeQr(qr)).to.equal(SAMPLE_URI);
    // An SVG image (byRole finds HTML elements only), named for what it is for.
    expect(qr.shadowRoot!.querySelector('svg[role=img]')!.getAttribute('aria-label')).to.equal(
      t.qrLabel,
    );
    expect(el.shadowRoot!.textContent).to.contain('Acme Invest');
    expect(el.shadowRoot!.textContent).to.contain('alex@example.com');
    // The URI is not shown as a link to copy: the key is, below.
    expect(allByRole(el, 'button', 'Copy link')).to.have.length(0);

    // The key, behind its disclosure, in groups of four, with Copy.
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    (el.shadowRoot!.querySelector('summary') as HTMLElement).click();
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('[part=secret] span')].map(
      (s) => s.textContent,
    );
    // Groups of four, four groups a line.
    expect(groups).to.deep.equal(['JBSW Y3DP EHPK 3PXP', 'JBSW Y3DP EHPK 3PXP']);
    expect(groups.join(' ').replaceAll(' ', '')).to.equal(SAMPLE_SECRET);
    expect(byRole(el, 'button', t.copy)).to.exist;
    const code = byRole<HTMLInputElement>(el, 'textbox', t.codeLabel);
    expect([code.inputMode, code.getAttribute('autocomplete')]).to.deep.equal([
      'numeric',
      'one-time-code',
    ]);
    expect(a.calls.map((c) => c.method)).to.deep.equal(['totpStatus', 'startTotp']);
    await expect(el).to.be.accessible();
  });

  it('a code pasted with spaces is sent as its digits, with the name; success names the app, fires two-factor-totp-added, and Done shows it set up', async () => {
    const a = adapter();
    const el = await mountTotp(a);
    await toScan(el);
    const added = oneEvent(el, 'two-factor-totp-added');
    await submitCode(el, ' 123 456 ', 'Phone app');
    expect((await added).detail).to.deep.equal({ name: 'Phone app' });
    await untilTotp(el, 'added');
    expect(a.calls.at(-1)!.args[0]).to.deep.equal({
      id: 'pending-1',
      code: '123456',
      name: 'Phone app',
    });
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.addedHeading);
    expect(el.shadowRoot!.textContent).to.contain('Phone app');
    await expect(el).to.be.accessible();
    byRole(el, 'button', t.done).click();
    await untilTotp(el, 'on');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.heading);
    expect(byRole(el, 'button', t.remove)).to.exist;
  });

  it('a code of the wrong length or with letters is refused before it is sent, on the field', async () => {
    const a = adapter();
    const el = await mountTotp(a);
    await toScan(el);
    for (const bad of ['12345', '1234567', '12a456', '']) {
      await submitCode(el, bad);
      const field = byRole(el, 'textbox', t.codeLabel);
      expect(focusedIn(el), bad).to.equal(field);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(byRole(el, 'alert').textContent).to.contain(t.codeProblem(6));
    }
    expect(a.calls.some((c) => c.method === 'verifyTotp')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('8-digit keys ask for 8 digits', async () => {
    const el = await mountTotp(
      adapter({
        startTotp: { resolve: sampleSetup(`${SAMPLE_URI}`.replace('digits=6', 'digits=8')) },
      }),
    );
    await toScan(el);
    expect(el.shadowRoot!.textContent).to.contain(t.codeHint(8));
    await submitCode(el, '123456');
    expect(byRole(el, 'alert').textContent).to.contain(t.codeProblem(8));
  });

  it('a wrong code (invalid-code): its own message on the field, the field cleared and focused, the setup kept', async () => {
    const a = adapter({ verifyTotp: { reject: new PasskeyAdapterError('invalid-code') } });
    const el = await mountTotp(a);
    await toScan(el);
    await submitCode(el, '654321');
    await untilTotp(el, 'scan');
    await el.updateComplete;
    const field = byRole<HTMLInputElement>(el, 'textbox', t.codeLabel);
    expect(focusedIn(el)).to.equal(field);
    expect(field.value).to.equal('');
    expect(byRole(el, 'alert').dataset.code).to.equal('invalid-code');
    expect(byRole(el, 'alert').textContent).to.contain(t.setupErrors['invalid-code'].title);
    expect(await decodeQr(await drawnQr(el))).to.equal(SAMPLE_URI);
    await expect(el).to.be.accessible();
  });

  it('an error block’s title ends a sentence for screen readers: a wrong code and too many attempts, in English, Arabic and Japanese', async () => {
    needs('the accessibility tree (CDP)', 'firefox');
    for (const [lang, s] of [
      ['en', t],
      ['ar', { ...t, ...ar.totp }],
      ['ja', { ...t, ...ja.totp }],
    ] as const) {
      for (const code of ['invalid-code', 'rate-limited'] as const) {
        const el = await mountTotp(
          adapter({ verifyTotp: { reject: new PasskeyAdapterError(code) } }),
          lang,
        );
        await untilTotp(el, 'off');
        await waitUntil(() => el.shadowRoot!.textContent.includes(s.setUp), `${lang} loaded`);
        byRole(el, 'button', s.setUp).click();
        await untilTotp(el, 'scan');
        typeInto(byRole(el, 'textbox', s.codeLabel), '654321');
        byRole(el, 'button', s.verify).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), `${lang} ${code}`);
        await el.updateComplete;
        // On screen the title has no full stop; read out, a period (。 in Japanese) ends it.
        const { title, body } = s.setupErrors[code];
        const text = axText(axFind(await axTree(), 'alert')!);
        const at = text.indexOf(title);
        const between = text.slice(at + title.length, text.indexOf(body, at));
        expect(between, `${lang} ${code}: ${text}`).to.match(
          lang === 'ja' ? /^\s*。\s*$/ : /^\s*\.\s*$/,
        );
        // The page's only alert, for the next round.
        el.parentElement!.remove();
      }
    }
  });

  it('too many attempts (rate-limited) and a network failure keep the setup, each with its own message', async () => {
    const a = adapter({ verifyTotp: { reject: new PasskeyAdapterError('rate-limited') } });
    const el = await mountTotp(a);
    await toScan(el);
    await submitCode(el, '111111');
    await untilTotp(el, 'scan');
    await el.updateComplete;
    expect(byRole(el, 'alert').textContent).to.contain(t.setupErrors['rate-limited'].title);
    expect(focusedIn(el)).to.equal(byRole(el, 'textbox', t.codeLabel));
    await expect(el).to.be.accessible();

    a.cue('verifyTotp', { reject: new TypeError('Failed to fetch') });
    byRole(el, 'button', t.verify).click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    // A TypeError from an adapter is the server side failing in a way it didn't describe.
    expect(byRole(el, 'alert').dataset.code).to.equal('server');
    a.cue('verifyTotp', { reject: new PasskeyAdapterError('network') });
    byRole(el, 'button', t.verify).click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(byRole(el, 'alert').textContent).to.contain(t.errors.network.title);
    expect(el.step).to.equal('scan');
  });

  it('an expired setup: its own message, and Start again gets a new QR code', async () => {
    const a = adapter({ verifyTotp: { reject: new PasskeyAdapterError('expired') } });
    const el = await mountTotp(a);
    await toScan(el);
    await submitCode(el, '123456');
    await untilTotp(el, 'error');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.setupErrors.expired.title);
    expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-code')).to.equal(
      'expired',
    );
    await expect(el).to.be.accessible();
    byRole(el, 'button', t.startAgain).click();
    await untilTotp(el, 'scan');
    expect(a.calls.filter((c) => c.method === 'startTotp')).to.have.length(2);
  });

  it('already set up (conflict): shows the app that is set up, saying so', async () => {
    const a = adapter({ verifyTotp: { reject: new PasskeyAdapterError('conflict') } });
    const el = await mountTotp(a);
    await toScan(el);
    a.cue('totpStatus', ON.totpStatus);
    await submitCode(el, '123456');
    await untilTotp(el, 'on');
    expect(byRole(el, 'heading', t.heading)).to.exist;
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(
      t.notices['already-set-up'],
    );
    expect(live(el)).to.equal(t.notices['already-set-up']);
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.heading);
  });

  it('a malformed key URI ends in invalid-response, and no QR code is drawn', async () => {
    for (const uri of [
      'otpauth://totp/Acme:alex?secret=SHORT',
      'otpauth://hotp/Acme:alex?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      'javascript:alert(1)',
      `${SAMPLE_URI}&period=60`,
    ]) {
      const el = await mountTotp(adapter({ startTotp: { resolve: sampleSetup(uri) } }));
      await untilTotp(el, 'off');
      byRole(el, 'button', t.setUp).click();
      await untilTotp(el, 'error');
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-code'), uri).to.equal(
        'invalid-response',
      );
      expect(el.shadowRoot!.querySelector('passkey-qr'), uri).to.equal(null);
      expect(focusedIn(el)?.textContent?.trim()).to.equal(t.errors['invalid-response'].title);
      expect(byRole(el, 'button', t.tryAgain)).to.exist;
    }
  });

  it('Cancel on the QR step changes nothing, says so, and returns focus to the heading', async () => {
    const a = adapter();
    const el = await mountTotp(a);
    await toScan(el);
    byRole(el, 'button', t.cancel).click();
    await untilTotp(el, 'off');
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(
      t.notices.cancelled,
    );
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.heading);
    expect(a.calls.some((c) => c.method === 'verifyTotp')).to.equal(false);
  });

  it('set up: name and date; Remove asks first, then removes, fires two-factor-totp-removed and says so', async () => {
    const a = adapter(ON);
    const el = await mountTotp(a);
    await untilTotp(el, 'on');
    expect(el.shadowRoot!.textContent).to.contain('Phone app');
    expect(el.shadowRoot!.textContent).to.contain(
      t.addedOn(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
          new Date('2026-03-04T10:00:00Z'),
        ),
      ),
    );
    await expect(el).to.be.accessible();
    byRole(el, 'button', t.remove).click();
    await untilTotp(el, 'confirm-remove');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.removeHeading);
    await expect(el).to.be.accessible();
    // Cancel first: nothing changes.
    byRole(el, 'button', t.cancel).click();
    await untilTotp(el, 'on');
    byRole(el, 'button', t.remove).click();
    await untilTotp(el, 'confirm-remove');
    const removed = oneEvent(el, 'two-factor-totp-removed');
    byRole(el, 'button', t.removeConfirm).click();
    await removed;
    await untilTotp(el, 'off');
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(t.notices.removed);
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.heading);
    expect(a.calls.filter((c) => c.method === 'removeTotp')).to.have.length(1);
  });

  it('a status that can’t be read: its own error with Try again; an adapter without the methods: no-adapter', async () => {
    const a = adapter({ totpStatus: { reject: new PasskeyAdapterError('network') } });
    const el = await mountTotp(a);
    await untilTotp(el, 'error');
    expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-code')).to.equal(
      'network',
    );
    await expect(el).to.be.accessible();
    a.cue('totpStatus', OFF.totpStatus);
    byRole(el, 'button', t.tryAgain).click();
    await untilTotp(el, 'off');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.heading);

    const bare = await mountTotp(scriptedAdapter());
    await untilTotp(bare, 'error');
    expect(bare.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-code')).to.equal(
      'no-adapter',
    );
    expect(allByRole(bare, 'button', t.tryAgain)).to.have.length(0);

    const malformed = await mountTotp(adapter({ totpStatus: { resolve: { configured: 'yes' } } }));
    await untilTotp(malformed, 'error');
    expect(malformed.shadowRoot!.querySelector('[part=error]')!.getAttribute('data-code')).to.equal(
      'invalid-response',
    );
  });

  it('with the keyboard only: Tab to Set up, Enter, type the code, Enter', async () => {
    const a = adapter();
    const el = await mountTotp(a);
    await untilTotp(el, 'off');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.setUp);
    await sendKeys({ press: 'Enter' });
    await untilTotp(el, 'scan');
    // From the heading: the disclosure, then the code field.
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.manualSummary);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.copy);
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.id).to.equal('code');
    await sendKeys({ type: '246810' });
    await sendKeys({ press: 'Enter' });
    await untilTotp(el, 'added');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.addedHeading);
    expect(a.calls.at(-1)!.args[0]).to.deep.equal({ id: 'pending-1', code: '246810' });
  });

  it('speaks the page’s language: German, and Arabic right to left', async () => {
    const deEl = await mountTotp(adapter(), 'de');
    await untilTotp(deEl, 'off');
    // The language's strings load on demand.
    await waitUntil(() => allByRole(deEl, 'button', de.totp.setUp).length === 1, 'German');

    const arEl = await mountTotp(adapter(), 'ar');
    await untilTotp(arEl, 'off');
    await waitUntil(() => allByRole(arEl, 'button', ar.totp.setUp).length === 1, 'Arabic');
    const base = arEl.shadowRoot!.querySelector('[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    byRole(arEl, 'button', ar.totp.setUp).click();
    await untilTotp(arEl, 'scan');
    await new Promise((r) => setTimeout(r, 50));
    await arEl.updateComplete;
    expect(byRole(arEl, 'heading', ar.totp.scanHeading)).to.exist;
    // The key and the code read left to right inside the right-to-left card.
    expect(getComputedStyle(arEl.shadowRoot!.querySelector('[part=secret]')!).direction).to.equal(
      'ltr',
    );
    await expect(arEl).to.be.accessible();
  });

  it('embedded: no card chrome; standalone: a card', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <two-factor-totp embedded .adapter=${adapter()}></two-factor-totp
        ><two-factor-totp .adapter=${adapter()}></two-factor-totp>
      </div>`,
    );
    const [embedded, card] = [...wrapper.querySelectorAll('two-factor-totp')];
    await untilTotp(embedded, 'off');
    await untilTotp(card, 'off');
    const style = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!);
    expect(style(embedded).borderTopStyle).to.equal('none');
    expect(style(embedded).paddingTop).to.equal('0px');
    expect(style(card).borderTopStyle).to.equal('solid');
    expect(style(card).paddingTop).not.to.equal('0px');
  });
});
