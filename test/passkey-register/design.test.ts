/**
 * #15, the design pass of <passkey-register> and <passkey-qr>: long names never scroll the page
 * sideways, focus never rests on <body> (the QR view redrawing, a busy button), the QR link is
 * readable, the countdown warns once and offers More time, the phone option's copy, heading
 * levels, and 3:1 contrast for field borders. Real ceremonies with virtual authenticators.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { PasskeyAdapterError } from '../../src/index.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { loadLocale } from '../../src/i18n.js';
import { en } from '../../src/strings-steps.js';
import {
  $,
  allByRole,
  byRole,
  choice,
  creationOptions,
  handoffAdapter,
  openQr,
  reportCapabilities,
  storedCredential,
  toChoosing,
  untilStep,
} from '../support/drive.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import {
  addAuthenticator,
  browserHybridAdapter,
  freshUserEach,
  mount,
  realAdapter,
  registerFirstPasskey,
} from '../support/helpers.js';

/** 64 characters, no space, no hyphen: nothing to break at. */
const LONG = 'WorkMacBookPro16inch2024EngineeringFloor3Desk42BackupKeyABCDEFG'.slice(0, 64);

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Focus is inside the element, never on <body>. */
function expectFocusInside(el: PasskeyRegister, where: string): void {
  expect(document.activeElement, `${where}: focus on body`).to.not.equal(document.body);
  expect(focused(el), `${where}: nothing focused inside`).to.not.equal(null);
}

/** Neither the page nor the card scrolls sideways. */
function expectNoOverflow(el: PasskeyRegister, where: string): void {
  expect(document.documentElement.scrollWidth, `${where}: page`).to.be.at.most(innerWidth);
  const card = $(el, '.card');
  expect(card.scrollWidth, `${where}: card`).to.be.at.most(card.clientWidth);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.card *')) {
    const r = node.getBoundingClientRect();
    expect(r.right, `${where}: ${node.outerHTML.slice(0, 50)}`).to.be.at.most(innerWidth + 0.5);
  }
}

const phoneAdapter = (more: Parameters<typeof scriptedAdapter>[0] = {}) =>
  scriptedAdapter({
    registrationOptions: { resolve: creationOptions() },
    handoffDetails: {
      resolve: {
        account: { name: 'alex.morgan.with.a.long.address@example-enterprise-bank.com' },
        name: LONG,
        expiresAt: new Date(Date.now() + 300_000).toISOString(),
      },
    },
    declineHandoff: { resolve: undefined },
    ...more,
  });

describe('<passkey-register> design: overflow, focus, the phone option', () => {
  freshUserEach(() => setViewport({ width: 800, height: 600 }));

  describe('no horizontal overflow with 64-character unbroken names at 320 px', () => {
    beforeEach(() => setViewport({ width: 320, height: 700 }));

    it('naming, with the long name in the field', async () => {
      const el = await mount(realAdapter(), LONG);
      expectNoOverflow(el, 'naming');
    });

    it('success, in English and Arabic', async () => {
      await addAuthenticator({ transport: 'internal' });
      for (const lang of ['en', 'ar']) {
        await loadLocale(lang);
        const el = await fixture<PasskeyRegister>(
          html`<div lang=${lang}>
            <passkey-register
              .adapter=${scriptedAdapter({
                registrationOptions: { resolve: creationOptions() },
                verifyRegistration: {
                  resolve: storedCredential(LONG, { provider: { name: LONG } }),
                },
              })}
              default-name=${LONG}
            ></passkey-register>
          </div>`,
        ).then((d) => d.querySelector('passkey-register')!);
        await toChoosing(el);
        choice(el, 'this-device').click();
        await untilStep(el, 'success', 10_000);
        await el.updateComplete;
        expect($(el, '.success').textContent).to.contain(LONG);
        expectNoOverflow(el, `success ${lang}`);
      }
    });

    it('the phone pages: confirm, cancelled (calm), declined and done', async () => {
      await addAuthenticator({ transport: 'internal' });
      const el = await fixture<PasskeyRegister>(
        html`<passkey-register .adapter=${phoneAdapter()} handoff="token"></passkey-register>`,
      );
      await untilStep(el, 'phone-confirm');
      await el.updateComplete;
      expect($(el, '.card').textContent).to.contain(LONG);
      expectNoOverflow(el, 'phone-confirm');
      byRole(el, 'button', 'Decline').click();
      await untilStep(el, 'phone-declined');
      expectNoOverflow(el, 'phone-declined');

      const done = await fixture<PasskeyRegister>(
        html`<passkey-register
          .adapter=${phoneAdapter({ verifyRegistration: { resolve: storedCredential(LONG) } })}
          handoff="token"
        ></passkey-register>`,
      );
      await untilStep(done, 'phone-confirm');
      byRole(done, 'button', 'Create passkey on this phone').click();
      await untilStep(done, 'success', 10_000);
      await done.updateComplete;
      expect($(done, '.card').textContent).to.contain(LONG);
      expectNoOverflow(done, 'phone done');
    });

    it('the QR view, with its link, in English and Arabic', async () => {
      for (const lang of ['en', 'ar']) {
        await loadLocale(lang);
        const el = await fixture<PasskeyRegister>(
          html`<div lang=${lang}>
            <passkey-register
              .adapter=${handoffAdapter(300_000)}
              default-name=${LONG}
            ></passkey-register>
          </div>`,
        ).then((d) => d.querySelector('passkey-register')!);
        const qr = await openQr(el);
        expectNoOverflow(el, `qr ${lang}`);
        // The link is shown whole, wrapped, left to right even in Arabic: it starts with the
        // origin, not the end of the secret token.
        const link = qr.shadowRoot!.querySelector<HTMLElement>('[part=link]')!;
        expect(link.textContent).to.equal(qr.value);
        expect(link.getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(link).direction).to.equal('ltr');
        expect(link.scrollWidth).to.be.at.most(link.clientWidth + 1);
        expect(getComputedStyle(link).userSelect).to.not.equal('none');
      }
    });
  });

  describe('focus never rests on <body>', () => {
    it('QR view: drawn, More time, expired, New code; Escape still cancels from inside', async () => {
      // 20 s left: the warning and More time show at once.
      const adapter = handoffAdapter(20_000);
      const el = await mount(adapter, 'My phone');
      await openQr(el);
      expectFocusInside(el, 'drawn');
      await el.updateComplete;
      const status = $(el, '[role=status]');
      expect(status.textContent).to.contain(en.handoffWarning);
      const more = byRole(el, 'button', en.handoffMoreTime);
      more.focus();
      const first = el.shadowRoot!.querySelector('passkey-qr')!.value;
      adapter.cue('startHandoff', {
        run: () =>
          Promise.resolve({
            id: 'bmV3',
            url: `${location.origin}/demo/phone.html#fresh`,
            expiresAt: new Date(Date.now() + 300_000).toISOString(),
          }),
      });
      more.click();
      await waitUntil(() => el.shadowRoot!.querySelector('passkey-qr')?.value.endsWith('#fresh'));
      await el.updateComplete;
      expect(first).to.not.contain('#fresh');
      expectFocusInside(el, 'after More time');
      // The warning is gone with 5 minutes left.
      expect(el.shadowRoot!.textContent).to.not.contain(en.handoffWarning);

      // Escape from a control inside the shadow root reaches the host's listener.
      byRole(el, 'button', 'Use Bluetooth instead').focus();
      adapter.cue('awaitHandoff', { reject: new PasskeyAdapterError('expired') });
      await sendKeys({ press: 'Escape' });
      await untilStep(el, 'choosing');
      expectFocusInside(el, 'after Escape');
      expect(focused(el)?.textContent).to.equal(en.chooseHeading);
      choice(el, 'phone').click();
      await waitUntil(() => allByRole(el, 'button', 'New code').length, 'never expired');
      await el.updateComplete;
      expectFocusInside(el, 'expired');
      expect(focused(el)?.textContent).to.equal(en.handoffExpiredHeading);
      adapter.cue('awaitHandoff', { hang: true });
      byRole(el, 'button', 'New code').focus();
      byRole(el, 'button', 'New code').click();
      await waitUntil(() => el.shadowRoot!.querySelector('passkey-qr'));
      await el.updateComplete;
      expectFocusInside(el, 'New code');
      // Escape from inside the shadow root reaches the host's listener.
      await sendKeys({ press: 'Escape' });
      await untilStep(el, 'choosing');
      expectFocusInside(el, 'Escape after New code');
    });

    it('the browser prompt view says a second prompt (an existing passkey) may follow', async () => {
      await registerFirstPasskey();

      await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
      const el = await mount(realAdapter(), 'Spare key');
      await toChoosing(el);
      choice(el, 'security-key').click();
      // The browser prompt's view says a second prompt may follow.
      await untilStep(el, 'ceremony');
      expect($(el, '.card').textContent).to.contain(en.approvalAhead);
      byRole(el, 'button', 'Cancel').click();
      await untilStep(el, 'choosing');
    });

    it('approval: the prompt takes focus, Confirm stays focused and aria-disabled while busy', async () => {
      await registerFirstPasskey();

      const el = await mount(realAdapter(), 'My phone');
      await toChoosing(el);
      choice(el, 'phone').click(); // the handoff asks for approval first
      await untilStep(el, 'approving');
      await el.updateComplete;
      expect(focused(el)?.textContent).to.equal(en.approvingHeading);
      const confirm = byRole<HTMLButtonElement>(el, 'button', 'Confirm with a passkey');
      confirm.focus();
      confirm.click();
      await el.updateComplete;
      expect(el.step).to.equal('approving');
      expect(confirm.disabled).to.equal(false);
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)).to.equal(confirm);
      await waitUntil(() => el.shadowRoot!.querySelector('passkey-qr'), 'no QR', { timeout: 5000 });
      expectFocusInside(el, 'after approval');
    });
  });

  describe('the phone option', () => {
    it('with the page-drawn QR: no Bluetooth in its copy, and no note when Bluetooth is off', async () => {
      const restore = reportCapabilities({ platform: true, hybrid: false });
      try {
        const el = await mount(realAdapter());
        await toChoosing(el);
        const phone = choice(el, 'phone');
        expect(phone.textContent).to.not.match(/Bluetooth/);
        expect(phone.querySelector('.choice-note')).to.equal(null);
      } finally {
        restore();
      }
    });

    it('browser hybrid only: says Bluetooth must be on; "off" is a neutral note, not red', async () => {
      const restore = reportCapabilities({ platform: true, hybrid: false });
      try {
        const el = await mount(browserHybridAdapter());
        await toChoosing(el);
        const phone = choice(el, 'phone');
        expect(phone.textContent).to.contain(en.phoneHybridDescription);
        const note = phone.querySelector<HTMLElement>('.choice-note')!;
        expect(note.textContent).to.contain(en.unavailable['no-hybrid']);
        expect(note.querySelector('.icon')).to.equal(null);
        expect(getComputedStyle(note).color).to.equal(
          getComputedStyle(phone.querySelector('.choice-desc')!).color,
        );
        expect(phone.getAttribute('aria-disabled')).to.equal('false');
      } finally {
        restore();
      }
    });

    it('the QR view has one way out: Cancel; Use Bluetooth instead is a link-style fallback', async () => {
      await setViewport({ width: 375, height: 800 });
      const el = await mount(handoffAdapter(300_000));
      await openQr(el);
      const actions = [...el.shadowRoot!.querySelectorAll('.actions button')];
      expect(actions.map((b) => b.textContent?.trim())).to.deep.equal([en.cancel]);
      expect($(el, 'button.link').textContent?.trim()).to.equal(en.handoffUseBluetooth);
      // "Copy link" looks like the other buttons (not a pill).
      const copy = el.shadowRoot!.querySelector('passkey-qr')!.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(copy).borderTopLeftRadius).to.equal(
        getComputedStyle(actions[0]).borderTopLeftRadius,
      );
    });
  });

  it('heading-level 3: steps are level 3, help sections level 4, focus still moves to them', async () => {
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register .adapter=${realAdapter()} heading-level="3"></passkey-register>`,
    );
    const h = $(el, '.heading');
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    await toChoosing(el);
    expect(focused(el)?.getAttribute('aria-level')).to.equal('3');
    expect(focused(el)?.textContent?.trim()).to.equal(en.chooseHeading);
    const help = [...el.shadowRoot!.querySelectorAll('.help [role=heading]')];
    expect(help.length).to.be.greaterThan(0);
    for (const s of help) expect(s.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });

  it('contrast (WCAG 1.4.11): field borders are at least 3:1 against the card, light and dark', async () => {
    const rgb = (c: string) =>
      c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    for (const theme of ['light', 'dark']) {
      const el = await fixture<PasskeyRegister>(
        html`<passkey-register .adapter=${realAdapter()} theme=${theme}></passkey-register>`,
      );
      const input = $(el, 'input');
      const card = getComputedStyle($(el, '.card')).backgroundColor;
      const border = getComputedStyle(input).borderTopColor;
      expect(ratio(border, card), `${theme}: input border ${border} on ${card}`).to.be.at.least(3);
      expect(ratio(border, getComputedStyle(input).backgroundColor)).to.be.at.least(3);
    }
  });
});
