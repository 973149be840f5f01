/**
 * <two-factor-totp> against the reference RP through the real fetch adapter
 * (`twoFactorUrl: '/api/two-factor'`). The secret is read from the QR code the widget drew
 * (rasterized and decoded with jsQR), the code is computed here with the tests' own RFC 6238
 * implementation on Web Crypto (test/support/totp-code.ts, not the RP's library), and the RP is
 * asked afterwards what it stored. Approvals are real ceremonies on a virtual authenticator.
 */
import { expect } from '@open-wc/testing';
import { createFetchAdapter } from '../../../src/index.js';
import { enTotp } from '../../../src/two-factor-register/totp/strings.js';
import { enTotpSetup } from '../../../src/two-factor-register/totp/strings-setup.js';
import type { TwoFactorTotp } from '../../../src/two-factor-register/totp/two-factor-totp.js';
import { byRole } from '../../support/drive.js';
import {
  addAuthenticator,
  axFind,
  axText,
  axTree,
  needs,
  newSession,
  removeAuthenticators,
} from '../../support/helpers.js';
import { decodeQr } from '../../support/qr-decode.js';
import { list, register } from '../../support/rp-api.js';
import { base32Decode, readKeyUri, totp } from '../../support/totp-code.js';
import { clearOfStepBoundary, tf } from '../../rp/two-factor-helpers.js';
import { drawnQr, focusedIn, mountTotp, typeInto, untilTotp } from './support.js';

const t = { ...enTotp, ...enTotpSetup };
const adapter = () =>
  createFetchAdapter({ baseUrl: '/api/passkeys', twoFactorUrl: '/api/two-factor' });

/** Set up → the QR step; returns the secret as decoded from the drawn QR code. */
async function scanDrawnQr(el: TwoFactorTotp): Promise<Uint8Array> {
  await untilTotp(el, 'off');
  byRole(el, 'button', t.setUp).click();
  return secretFromQr(el);
}

async function secretFromQr(el: TwoFactorTotp): Promise<Uint8Array> {
  await untilTotp(el, 'scan');
  const uri = await decodeQr(await drawnQr(el));
  const { protocol, type, params } = readKeyUri(uri!);
  expect([protocol, type]).to.deep.equal(['otpauth:', 'totp']);
  return base32Decode(params.secret);
}

async function enter(el: TwoFactorTotp, code: string, name?: string): Promise<void> {
  typeInto(byRole(el, 'textbox', t.codeLabel), code);
  if (name) typeInto(byRole(el, 'textbox', t.nameLabel), name);
  byRole(el, 'button', t.verify).click();
  await el.updateComplete;
}

/** Waits until the scan step's verify call has settled (its button is no longer busy). */
async function settled(el: TwoFactorTotp): Promise<void> {
  for (let i = 0; i < 500; i++) {
    await el.updateComplete;
    const busy = el.shadowRoot!.querySelector('button[type=submit][aria-disabled=true]');
    if (!busy || el.step !== 'scan') return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const status = async () =>
  (await tf('GET', '/totp')).body as { configured: boolean; name?: string };

/** A six-digit code that is none of the codes for the steps around now. */
async function wrongCode(key: Uint8Array): Promise<string> {
  const near = await Promise.all([-1, 0, 1].map((o) => totp(key, Date.now() + o * 30_000)));
  for (let n = 0; ; n++) {
    const code = String((Number(near[1]) + 500_000 + n) % 1_000_000).padStart(6, '0');
    if (!near.includes(code)) return code;
  }
}

describe('<two-factor-totp> against the reference RP', () => {
  beforeEach(newSession);
  afterEach(removeAuthenticators);

  it('sets up an authenticator app: the secret read from the drawn QR, the current code computed here, the app stored on the RP', async () => {
    const el = await mountTotp(adapter());
    const key = await scanDrawnQr(el);
    expect(key.length * 8, 'the RP’s secret').to.be.at.least(160);
    expect((await status()).configured, 'nothing stored before a code').to.equal(false);
    await clearOfStepBoundary();
    await enter(el, await totp(key, Date.now()), 'Phone (test)');
    await untilTotp(el, 'added');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.addedHeading);
    expect(el.shadowRoot!.textContent).to.contain('Phone (test)');
    expect(await status()).to.include({ configured: true, name: 'Phone (test)' });

    byRole(el, 'button', t.done).click();
    await untilTotp(el, 'on');
    expect(el.shadowRoot!.textContent).to.contain('Phone (test)');
  });

  it('a wrong code: invalid-code on the field, focus kept there, nothing stored; the right code then works', async () => {
    const el = await mountTotp(adapter());
    const key = await scanDrawnQr(el);
    await clearOfStepBoundary();
    await enter(el, await wrongCode(key));
    await settled(el);
    const field = byRole<HTMLInputElement>(el, 'textbox', t.codeLabel);
    expect(byRole(el, 'alert').dataset.code).to.equal('invalid-code');
    expect(focusedIn(el)).to.equal(field);
    expect(field.value).to.equal('');
    expect((await status()).configured).to.equal(false);

    await enter(el, await totp(key, Date.now()));
    await untilTotp(el, 'added');
    expect((await status()).configured).to.equal(true);
  });

  it('a wrong code is read out as two sentences: the alert, and the code field’s description', async () => {
    needs('the accessibility tree (CDP)', 'firefox');
    const el = await mountTotp(adapter());
    const key = await scanDrawnQr(el);
    await clearOfStepBoundary();
    await enter(el, await wrongCode(key));
    await settled(el);
    expect(byRole(el, 'alert').dataset.code).to.equal('invalid-code');
    const { title, body } = t.setupErrors['invalid-code'];
    const tree = await axTree();
    // A full stop (or 。) ends the title before the body starts.
    const sentences = (text = '') => {
      const at = text.indexOf(title);
      return at >= 0 && /^\s*[.。]\s*$/.test(text.slice(at + title.length, text.indexOf(body, at)));
    };
    const alert = axText(axFind(tree, 'alert')!);
    expect(sentences(alert), `the alert: ${alert}`).to.equal(true);
    // Focus is on the field: its description (the error, then the hint) is read with it.
    const { description } = axFind(tree, 'textbox', t.codeLabel)!;
    expect(sentences(description), `the field: ${description}`).to.equal(true);
  });

  it('too many wrong codes: the RP’s limit shows as too many attempts, with the setup kept', async () => {
    const el = await mountTotp(adapter());
    const key = await scanDrawnQr(el);
    let code: string | undefined;
    for (let i = 0; i < 8 && code !== 'rate-limited'; i++) {
      await enter(el, await wrongCode(key));
      await settled(el);
      code =
        byRole(el, 'alert').dataset.code ??
        el.shadowRoot!.querySelector('[part=error]')?.getAttribute('data-code') ??
        undefined;
    }
    expect(code).to.equal('rate-limited');
    expect(byRole(el, 'alert').textContent).to.contain(t.setupErrors['rate-limited'].title);
    expect(el.step).to.equal('scan');
    expect(focusedIn(el)).to.equal(byRole(el, 'textbox', t.codeLabel));
    expect((await status()).configured).to.equal(false);
  });

  it('with a passkey: setting up and removing each take a real approval with it', async () => {
    await addAuthenticator({ transport: 'internal' });
    await register('Laptop');
    expect(await list()).to.have.length(1);

    const el = await mountTotp(adapter());
    await untilTotp(el, 'off');
    byRole(el, 'button', t.setUp).click();
    await untilTotp(el, 'approving');
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.approvingHeading);
    expect(el.shadowRoot!.textContent).to.contain(t.approvingBody['totp-setup']);
    await expect(el).to.be.accessible();
    byRole(el, 'button', t.approve).click();
    const key = await secretFromQr(el);
    await clearOfStepBoundary();
    await enter(el, await totp(key, Date.now()));
    await untilTotp(el, 'added');
    expect((await status()).configured).to.equal(true);

    byRole(el, 'button', t.done).click();
    await untilTotp(el, 'on');
    byRole(el, 'button', t.remove).click();
    await untilTotp(el, 'confirm-remove');
    byRole(el, 'button', t.removeConfirm).click();
    await untilTotp(el, 'approving');
    expect(el.shadowRoot!.textContent).to.contain(t.approvingBody['totp-remove']);
    // Cancelling the approval changes nothing.
    byRole(el, 'button', t.cancel).click();
    await untilTotp(el, 'on');
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(
      t.notices.cancelled,
    );
    expect((await status()).configured).to.equal(true);

    byRole(el, 'button', t.remove).click();
    await untilTotp(el, 'confirm-remove');
    byRole(el, 'button', t.removeConfirm).click();
    await untilTotp(el, 'approving');
    byRole(el, 'button', t.approve).click();
    await untilTotp(el, 'off');
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(t.notices.removed);
    expect(focusedIn(el)?.textContent?.trim()).to.equal(t.heading);
    expect((await status()).configured).to.equal(false);
  });

  it('without the approval, the RP refuses a setup when a passkey exists', async () => {
    await addAuthenticator({ transport: 'internal' });
    await register('Laptop');
    const res = await tf('POST', '/totp/setup', {});
    expect(res.status).to.be.oneOf([401, 403]);
  });
});
