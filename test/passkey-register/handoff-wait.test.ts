/**
 * The cross-device handoff end to end: the desktop page draws the QR; a second page in its own
 * browser context (the "phone", with its own virtual platform authenticator) opens the link,
 * creates the passkey, and the desktop shows success. The reference RP verifies everything.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PasskeyRegisteredEvent } from '../../src/index.js';
import { en } from '../../src/strings-steps.js';
import {
  addAuthenticator,
  countingAdapter,
  freshUserEach,
  mount,
  phone,
  phoneCreates,
  realAdapter,
  registerFirstPasskey,
  stored,
} from '../support/helpers.js';
import { HANDOFF_POLL_MS } from '../support/rp-timings.mjs';
import { $, byRole, choice, drawnQr, openQr, toChoosing, untilStep } from '../support/drive.js';
import { decodeQr } from '../support/qr-decode.js';

describe('<passkey-register> handoff to a phone', () => {
  freshUserEach(() => phone('close'));

  it('does not load the QR encoder before the QR view opens', async () => {
    const loaded = () =>
      performance
        .getEntriesByType('resource')
        .some((e) => e.name.includes('/node_modules/qrcode/'));
    const el = await mount(realAdapter(), 'My phone');
    await toChoosing(el);
    expect(el.shadowRoot!.querySelector('passkey-qr')).to.equal(null);
    expect(loaded()).to.equal(false);
    choice(el, 'phone').click();
    await drawnQr(el);
    expect(loaded()).to.equal(true);
  });

  it('registers on the phone: the QR decodes to the link, the phone creates the passkey, the desktop shows success', async () => {
    const el = await mount(realAdapter(), 'My phone');
    const qr = await openQr(el);
    const url = await decodeQr(qr);
    expect(url).to.equal(qr.value);
    expect(url).to.match(/^http:\/\/localhost:\d+\/demo\/phone\.html#[A-Za-z0-9_-]{43}$/);
    expect($(el, '.countdown').textContent).to.match(/0:0[0-4]/);
    await expect(el).to.be.accessible();

    const registered = oneEvent<PasskeyRegisteredEvent>(el, 'passkey-registered');
    await phone('open', { url });
    await phone('step', { step: 'phone-confirm' });
    expect(await phone('text'))
      .to.contain('Test User')
      .and.contain('My phone');
    await phone('click', { name: 'Create passkey on this phone' });
    await phone('step', { step: 'success' });
    expect(await phone('text')).to.contain(en.phoneDoneHeading);

    const event = await registered;
    await untilStep(el, 'success');
    expect(event.credential.name).to.equal('My phone');
    expect($(el, '.success').textContent).to.contain('My phone');
    const list = await stored();
    expect(list.map((c) => c.id)).to.deep.equal([event.credential.id]);
    expect(list[0].transports).to.include('internal');
  });

  it('refuses the same link a second time: the phone says it was used, with no Try again', async () => {
    const el = await mount(realAdapter(), 'My phone');
    const url = (await openQr(el)).value;
    await phoneCreates(url);
    await phone('step', { step: 'success' });
    await untilStep(el, 'success');

    await phone('open', { url });
    await phone('step', { step: 'error' });
    const text = String(await phone('text'));
    expect(text).to.contain(en.errors['link-used'].title);
    expect(text).to.contain(en.errors['link-used'].body);
    expect(text).not.to.contain(en.tryAgain);
    expect(await stored()).to.have.length(1);
  });

  it('decline on the phone → the desktop returns to the choice with a calm line (no alert) and nothing is stored', async () => {
    const el = await mount(realAdapter(), 'My phone');
    const url = (await openQr(el)).value;
    await phone('open', { url });
    await phone('step', { step: 'phone-confirm' });
    await phone('click', { name: 'Decline' });
    await phone('step', { step: 'phone-declined' });
    await untilStep(el, 'choosing');
    await el.updateComplete;
    expect($(el, '.calm').textContent).to.contain(en.calm.declined);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect($(el, '[role=status]').textContent).to.contain(en.calm.declined);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.textContent).to.equal(
      en.chooseHeading,
    );
    expect(await stored()).to.have.length(0);
  });

  it('expires (4 s in tests): the countdown ends, New code draws a fresh link', async () => {
    const el = await mount(realAdapter(), 'My phone');
    const first = (await openQr(el)).value;
    await waitUntil(() => $(el, 'h2').textContent === en.handoffExpiredHeading, 'never expired', {
      timeout: 8000,
    });
    expect(el.shadowRoot!.querySelector('passkey-qr')).to.equal(null);
    await expect(el).to.be.accessible();
    byRole(el, 'button', 'New code').click();
    const second = (await drawnQr(el)).value;
    expect(second).to.match(/#[A-Za-z0-9_-]{43}$/);
    expect(second).not.to.equal(first);
  });

  it('Cancel stops the waiting at once: no request after it', async () => {
    const { adapter, requests } = countingAdapter();
    const el = await mount(adapter, 'My phone');
    await openQr(el);
    // At least one long-poll round has completed and restarted.
    await aTimeout(HANDOFF_POLL_MS + 600);
    expect(requests.filter((r) => r.url.includes('/wait')).length).to.be.at.least(2);
    const cancelledAt = performance.now();
    byRole(el, 'button', 'Cancel').click();
    await untilStep(el, 'choosing');
    await aTimeout(HANDOFF_POLL_MS + 500);
    // Only the link's cancel (#14 item 1); no more waiting.
    const after = requests
      .filter((r) => r.at > cancelledAt)
      .map((r) => new URL(r.url, location.href).pathname);
    expect(after).to.have.length(1);
    expect(after[0]).to.match(/^\/api\/passkeys\/handoff\/[^/]+\/cancel$/);
  });

  it('disconnecting stops the waiting too', async () => {
    const { adapter, requests } = countingAdapter();
    const el = await mount(adapter, 'My phone');
    await openQr(el);
    const removedAt = performance.now();
    el.remove();
    await aTimeout(HANDOFF_POLL_MS + 500);
    // Only the link's cancel (#14 item 1); no more waiting.
    const after = requests
      .filter((r) => r.at > removedAt)
      .map((r) => new URL(r.url, location.href).pathname);
    expect(after).to.have.length(1);
    expect(after[0]).to.match(/^\/api\/passkeys\/handoff\/[^/]+\/cancel$/);
  });

  it('"Use Bluetooth instead" switches to the browser’s own hybrid flow', async () => {
    await addAuthenticator({ transport: 'cable' });
    const el = await mount(realAdapter(), 'Phone via Bluetooth');
    await openQr(el);
    const registered = oneEvent<PasskeyRegisteredEvent>(el, 'passkey-registered');
    byRole(el, 'button', 'Use Bluetooth instead').click();
    expect((await registered).credential.transports).to.include('hybrid');
    await untilStep(el, 'success');
  });
  it('asks an existing passkey to approve before showing the QR, when the user has one', async () => {
    await registerFirstPasskey();

    const el = await mount(realAdapter(), 'My phone');
    await toChoosing(el);
    choice(el, 'phone').click();
    await untilStep(el, 'approving');
    expect(el.shadowRoot!.querySelector('passkey-qr')).to.equal(null);
    byRole(el, 'button', 'Confirm with a passkey').click();
    const qr = await drawnQr(el);
    expect(await decodeQr(qr)).to.equal(qr.value);
  });
});
