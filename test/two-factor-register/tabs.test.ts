/**
 * <two-factor-register>'s shell: the WAI-ARIA tabs pattern (roles, states, one tab stop, arrows
 * mirrored in RTL, Home/End), which tabs show and in what order, and each tab's code loading when
 * the tab is first opened.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TWO_FACTOR_METHODS } from '../../src/two-factor-methods.js';
import type { PasskeyAdapter } from '../../src/index.js';
import type { TwoFactorRegister } from '../../src/two-factor-register/two-factor-register.js';
import { allByRole, byRole } from '../support/drive.js';
import { deepActive, everyMethod, focused, shell } from './support.js';

const names = (el: Element) => allByRole(el, 'tab').map((t) => t.textContent.trim());

describe('<two-factor-register> tabs', () => {
  it('shows a labelled tab list with one panel per opened tab, and one tab stop', async () => {
    const el = await shell(everyMethod());
    const list = byRole(el, 'tablist', 'Sign-in methods');
    expect(names(el)).to.deep.equal(['Passkeys', 'Authenticator app', 'Recovery codes']);
    const tabs = allByRole(list, 'tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
    ]);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    const panel = el.shadowRoot!.getElementById(tabs[0].getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs[0].id);
    // The Passkeys tab is the credential list, with its Add passkey.
    await waitUntil(() => panel.querySelector('passkey-credentials'), 'the passkey list');
    await expect(el).to.be.accessible();
  });

  it('moves with Left/Right (wrapping), Home and End, selecting as it goes; Tab leaves the list', async () => {
    const el = await shell(everyMethod());
    const tab = (name: string) => byRole(el, 'tab', name);
    tab('Passkeys').focus();
    await sendKeys({ press: 'ArrowRight' });
    await focused(() => tab('Authenticator app'), 'Authenticator app');
    expect(tab('Authenticator app').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await focused(() => tab('Recovery codes'), 'Recovery codes');
    await sendKeys({ press: 'ArrowRight' });
    await focused(() => tab('Passkeys'), 'Passkeys (wrapped)');
    await sendKeys({ press: 'ArrowLeft' });
    await focused(() => tab('Recovery codes'), 'Recovery codes (wrapped back)');
    await sendKeys({ press: 'Home' });
    await focused(() => tab('Passkeys'), 'Passkeys (Home)');
    await sendKeys({ press: 'End' });
    await focused(() => tab('Recovery codes'), 'Recovery codes (End)');
    expect(allByRole(el, 'tabpanel').length, 'only the open panel shows').to.equal(1);
    expect(byRole(el, 'tabpanel').getAttribute('aria-labelledby')).to.equal(
      tab('Recovery codes').id,
    );
    // One tab stop: Tab goes from the selected tab into the panel, not to the next tab.
    await waitUntil(
      () => allByRole(el, 'button', 'Generate new codes').length,
      'the recovery panel',
    );
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('role')).not.to.equal('tab');
    expect(deepActive()).not.to.equal(document.body);
  });

  it('mirrors Left and Right in Arabic (right to left)', async () => {
    const el = await shell(everyMethod(), { lang: 'ar' });
    await waitUntil(() => names(el)[0] === 'مفاتيح المرور', 'the Arabic tabs');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    const [first, second, third] = allByRole(el, 'tab');
    first.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await focused(() => second, 'the second tab (Left goes forward in RTL)');
    await sendKeys({ press: 'ArrowRight' });
    await focused(() => first, 'the first tab');
    await sendKeys({ press: 'ArrowRight' });
    await focused(() => third, 'the last tab (wrapped)');
    // Right to left on screen: the first tab is the rightmost.
    expect(first.getBoundingClientRect().left).to.be.greaterThan(
      third.getBoundingClientRect().left,
    );
    await expect(el).to.be.accessible();
  });

  // The tab row scrolls sideways when too narrow, so it clips what overflows its box: the focus
  // ring has to be drawn inside each tab to show whole at the row's ends.
  for (const [lang, width] of [
    ['en', 320],
    ['ar', 320],
    ['en', 160],
    ['ar', 160],
    ['en', 640],
  ] as const) {
    it(`shows the whole focus ring on the first and the last tab (${lang}, ${width} px)`, async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="width: ${width}px">
          <two-factor-register
            .adapter=${everyMethod()}
            methods="passkey totp recovery"
            lang=${lang}
          ></two-factor-register>
        </div>`,
      );
      const el = box.firstElementChild as TwoFactorRegister;
      await waitUntil(() => allByRole(el, 'tab')[0]?.textContent.trim() !== '', 'the tabs');
      if (lang === 'ar') await waitUntil(() => names(el)[0] === 'مفاتيح المرور', 'Arabic');
      const list = byRole(el, 'tablist');
      // At 160 px the tabs don't fit: the row scrolls rather than squeezing them.
      if (width === 160) expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      const tabs = allByRole(list, 'tab');
      const ringInside = async (tab: HTMLElement, which: string) => {
        await focused(() => tab, which);
        await el.updateComplete;
        expect(tab.matches(':focus-visible'), `${which}: a keyboard focus ring`).to.equal(true);
        const style = getComputedStyle(tab);
        expect(style.outlineStyle, which).to.equal('solid');
        const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        expect(parseFloat(style.outlineWidth), which).to.be.at.least(2);
        const r = tab.getBoundingClientRect();
        // What the row shows: its padding box (overflow clips there).
        const s = list.getBoundingClientRect();
        const clip = {
          left: s.left + list.clientLeft,
          top: s.top + list.clientTop,
          right: s.left + list.clientLeft + list.clientWidth,
          bottom: s.top + list.clientTop + list.clientHeight,
        };
        const at = `${which}: ring ${JSON.stringify([r.left - grow, r.top - grow, r.right + grow, r.bottom + grow])} in ${JSON.stringify(clip)}`;
        expect(r.left - grow, at).to.be.at.least(clip.left - 0.5);
        expect(r.top - grow, at).to.be.at.least(clip.top - 0.5);
        expect(r.right + grow, at).to.be.at.most(clip.right + 0.5);
        expect(r.bottom + grow, at).to.be.at.most(clip.bottom + 0.5);
      };
      tabs[0].focus();
      await sendKeys({ press: 'Home' });
      await ringInside(tabs[0], 'the first tab');
      await sendKeys({ press: 'End' });
      await ringInside(tabs[tabs.length - 1], 'the last tab');
    });
  }

  it('hides a tab whose adapter methods are missing, or throw when read', async () => {
    const partial = everyMethod();
    delete partial.verifyTotp;
    let el = await shell(partial);
    expect(names(el)).to.deep.equal(['Passkeys', 'Recovery codes']);

    const hostile = everyMethod();
    Object.defineProperty(hostile, 'confirmRecoveryCodes', {
      get() {
        throw new Error('hostile adapter');
      },
    });
    el = await shell(hostile);
    expect(names(el)).to.deep.equal(['Passkeys', 'Authenticator app']);

    // A passkey-only adapter (createFetchAdapter without twoFactorUrl): one tab.
    const passkeysOnly = everyMethod();
    for (const m of TWO_FACTOR_METHODS) delete (passkeysOnly as Partial<PasskeyAdapter>)[m];
    el = await shell(passkeysOnly);
    expect(names(el)).to.deep.equal(['Passkeys']);

    // An adapter offering none (or none set yet): the first tab anyway, whose element says
    // what is missing, or waits for the adapter.
    const none = everyMethod();
    for (const m of ['registrationOptions', 'verifyRegistration', 'listCredentials'] as const)
      delete (none as Partial<PasskeyAdapter>)[m];
    for (const m of ['totpStatus', 'recoveryCodesStatus'] as const)
      delete (none as Partial<PasskeyAdapter>)[m];
    el = await shell(none, { methods: 'recovery passkey' });
    expect(names(el)).to.deep.equal(['Recovery codes']);
    el = await shell(undefined);
    expect(names(el)).to.deep.equal(['Passkeys']);
  });

  it('shows the tabs `methods` names, in its order, ignoring unknown and repeated names', async () => {
    const el = await shell(everyMethod(), { methods: 'recovery  sms passkey recovery' });
    expect(names(el)).to.deep.equal(['Recovery codes', 'Passkeys']);
    expect(byRole(el, 'tab', 'Recovery codes').getAttribute('aria-selected')).to.equal('true');
    el.methods = 'totp';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Authenticator app']);
    // The property reflects the chosen tab; a hidden choice falls back to the first shown.
    el.methods = 'passkey recovery';
    el.selected = 'recovery';
    await el.updateComplete;
    expect(byRole(el, 'tab', 'Recovery codes').getAttribute('aria-selected')).to.equal('true');
    el.selected = 'totp';
    await el.updateComplete;
    expect(byRole(el, 'tab', 'Passkeys').getAttribute('aria-selected')).to.equal('true');
  });

  it('keeps an opened tab’s work when switching away and back', async () => {
    const el = await shell(everyMethod());
    const recovery = () => el.shadowRoot!.querySelector('two-factor-recovery-codes');
    byRole(el, 'tab', 'Recovery codes').click();
    await waitUntil(
      () => recovery() && allByRole(recovery()!, 'button', 'Generate new codes').length,
    );
    const first = recovery();
    byRole(recovery()!, 'button', 'Generate new codes').click();
    await waitUntil(() => allByRole(el, 'heading', 'Replace your recovery codes?').length);
    byRole(el, 'tab', 'Passkeys').click();
    await el.updateComplete;
    expect(
      allByRole(el, 'heading', 'Replace your recovery codes?'),
      'hidden meanwhile',
    ).to.have.length(0);
    byRole(el, 'tab', 'Recovery codes').click();
    await el.updateComplete;
    expect(recovery()).to.equal(first);
    expect(allByRole(el, 'heading', 'Replace your recovery codes?')).to.have.length(1);
  });
});
