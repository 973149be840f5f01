/** The whole flow with the keyboard alone (real key presses), asserting where focus lands. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/strings-steps.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import {
  addAuthenticator,
  freshUserEach,
  mount,
  realAdapter,
  setUserVerified,
  stored,
} from '../support/helpers.js';
import { byRole, untilStep } from '../support/drive.js';

function focused(el: PasskeyRegister): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

describe('<passkey-register> with the keyboard only', () => {
  freshUserEach();

  it('registers a passkey: Tab, type, Enter, Tab, Enter', async () => {
    await addAuthenticator({ transport: 'internal' });
    const el = await mount(realAdapter(), '');
    (document.activeElement as HTMLElement | null)?.blur();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('name');
    await sendKeys({ type: 'Keyboard laptop' });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'choosing');
    expect(focused(el)?.tagName).to.equal('H2');
    expect(focused(el)?.textContent).to.equal(en.chooseHeading);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('this-device');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'success');
    expect(focused(el)?.textContent).to.equal(en.successHeading);
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Keyboard laptop']);
  });

  it('chooses the security key with Tab, cancels the prompt with Escape, and goes back', async () => {
    await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
    const el = await mount(realAdapter());
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // Register
    expect(focused(el)?.textContent?.trim()).to.equal(en.register);
    await sendKeys({ press: 'Space' });
    await untilStep(el, 'choosing');

    // "This device" is unavailable here (no platform authenticator): Tab still reaches it and
    // its reason (aria-disabled), and Enter on it does nothing.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('this-device');
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(el.step).to.equal('choosing');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('phone');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('security-key');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'ceremony');
    expect(focused(el)?.textContent).to.equal(en.waiting['security-key'].heading);

    await sendKeys({ press: 'Escape' });
    await untilStep(el, 'choosing');
    expect(focused(el)?.textContent).to.equal(en.chooseHeading);

    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' }); // three choices, then Back
    expect(focused(el)?.textContent?.trim()).to.equal(en.back);
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'naming');
    expect(focused(el)?.textContent).to.equal(en.nameHeading);
  });

  it('after a cancelled prompt, by keyboard: focus on the choice heading, choose again', async () => {
    const id = await addAuthenticator({ transport: 'internal', isUserVerified: false });
    const el = await mount(realAdapter());
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'choosing');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.calm'), 'no calm line', { timeout: 5000 });
    expect(focused(el)?.textContent).to.equal(en.chooseHeading);

    await setUserVerified(id, true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('this-device');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'success');
  });

  it('registers a security key where there is no platform authenticator: Tab passes "This device" by', async () => {
    // Only a USB key: Chromium and Firefox both report no platform authenticator then.
    await addAuthenticator({ transport: 'usb' });
    const el = await mount(realAdapter(), '');
    (document.activeElement as HTMLElement | null)?.blur();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('name');
    await sendKeys({ type: 'Keyboard key' });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'choosing');
    expect(focused(el)?.textContent).to.equal(en.chooseHeading);

    await sendKeys({ press: 'Tab' }); // "This device" is unavailable, but reachable with its reason
    expect(focused(el)?.dataset.kind).to.equal('this-device');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('phone');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.kind).to.equal('security-key');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'success');
    expect(focused(el)?.textContent).to.equal(en.successHeading);
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Keyboard key']);
  });

  it('every target is at least 24×24 CSS pixels', async () => {
    await addAuthenticator({ transport: 'usb' });
    const el = await mount(realAdapter());
    const check = () => {
      for (const b of el.shadowRoot!.querySelectorAll('button, input')) {
        const r = b.getBoundingClientRect();
        expect(r.width, b.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(r.height, b.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    };
    check();
    byRole(el, 'button', 'Register').click();
    await untilStep(el, 'choosing');
    check();
  });
});
