/**
 * <passkey-credentials> against the reference RP with real ceremonies: registering a second
 * passkey approved by the first, renaming, turning off and on, deleting, and the refusals. The
 * RP's state is checked through the adapter after each step, not only the DOM.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PasskeyAdapterError } from '../../src/index.js';
import type { PasskeyAdapter } from '../../src/index.js';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import { enCredentials } from '../../src/passkey-credentials/strings-en.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { en } from '../../src/strings-steps.js';
import { byRole, choice, storedCredential, toChoosing, untilStep } from '../support/drive.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import {
  addAuthenticator,
  freshUserEach,
  realAdapter,
  setUserVerified,
  stored,
} from '../support/helpers.js';
import {
  approvalDialog,
  approve,
  closeAdding,
  control,
  focusOn,
  fromMenu,
  plain,
  press,
  root,
} from '../support/credentials-ui.js';

const signal = () => new AbortController().signal;

async function mountList(adapter: PasskeyAdapter = realAdapter()): Promise<PasskeyCredentials> {
  const el = await fixture<PasskeyCredentials>(
    html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
  );
  await listed(el);
  return el;
}

/** Waits until the list (or the empty text, or an error) is shown. */
async function listed(el: PasskeyCredentials): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('.list, .empty, [part=error]'),
    'list never loaded',
  );
  await el.updateComplete;
}

const items = (el: PasskeyCredentials) => [...root(el).querySelectorAll<HTMLElement>('.item')];
const item = (el: PasskeyCredentials, name: string) => {
  const found = items(el).find((i) => i.querySelector('.name')?.textContent === name);
  if (!found) throw new Error(`no passkey named ${name}`);
  return found;
};
const register = (el: PasskeyCredentials) =>
  root(el).querySelector<PasskeyRegister>('passkey-register')!;

async function notice(el: PasskeyCredentials, text: string): Promise<void> {
  await waitUntil(
    // Names in a notice are bidi-isolated (FSI … PDI, #14 item 13).
    () =>
      root(el)
        .querySelector('.notice')
        ?.textContent?.replace(/[\u2068\u2069]/g, '')
        .includes(text),
    `expected the notice “${text}”, got “${root(el).querySelector('.notice')?.textContent ?? ''}”`,
    { timeout: 5000 },
  );
}

/** Adds a passkey through "Add passkey" and the embedded <passkey-register>. */
async function addPasskey(
  el: PasskeyCredentials,
  name: string,
  kind: 'this-device' | 'security-key',
  approved: boolean,
): Promise<void> {
  if (!register(el)) control(el, enCredentials.add).click();
  await el.updateComplete;
  const reg = register(el);
  await reg.updateComplete;
  if (reg.step === 'success') {
    byRole(reg, 'button', 'Add another passkey').click();
    await untilStep(reg, 'naming');
  }
  await toChoosing(reg, name);
  choice(reg, kind).click();
  if (approved) {
    await untilStep(reg, 'approving');
    expect(reg.shadowRoot!.querySelector('[part=heading]')!.textContent.trim()).to.equal(
      en.approvingHeading,
    );
    byRole(reg, 'button', 'Confirm with a passkey').click();
  }
  await untilStep(reg, 'success');
  await waitUntil(() => items(el).some((i) => i.querySelector('.name')?.textContent === name));
}

describe('<passkey-credentials>', () => {
  freshUserEach();

  it('manages passkeys end to end, approved by an existing passkey, with the RP checked at each step', async () => {
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
    const el = await mountList();
    expect(root(el).querySelector('.empty')!.textContent).to.contain(enCredentials.empty);

    // A: the first passkey needs no approval.
    await addPasskey(el, 'Laptop A', 'this-device', false);
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A']);

    // B: approved by A (created first, then approved, then saved).
    await addPasskey(el, 'Key B', 'security-key', true);
    await closeAdding(el);
    let list = await stored();
    expect(list.map((c) => c.name)).to.deep.equal(['Laptop A', 'Key B']);
    expect(list[0].lastUsedAt, 'the approval counts as a use of A').to.be.a('string');

    // Rename B, approved.
    await fromMenu(el, 'Key B', enCredentials.rename);
    const input = root(el).querySelector<HTMLInputElement>('.rename input')!;
    expect(root(el).activeElement).to.equal(input);
    input.value = 'Backup key';
    byRole(el, 'button', 'Save').click();
    await approve(el);
    await notice(el, enCredentials.renamed('Backup key'));
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A', 'Backup key']);

    // Turn B off, approved.
    press(byRole(item(el, 'Backup key'), 'switch'));
    await approve(el);
    await notice(el, enCredentials.deactivated('Backup key'));
    list = await stored();
    expect(list.find((c) => c.name === 'Backup key')!.active).to.equal(false);
    await waitUntil(() => item(el, 'Backup key').classList.contains('off'));

    // A is now the only active one: its switch and Delete are unavailable (still focusable), with the reason.
    const a = item(el, 'Laptop A');
    expect(
      a.querySelector<HTMLInputElement>('input[role=switch]')!.getAttribute('aria-disabled'),
    ).to.equal('true');
    control(el, enCredentials.more('Laptop A')).click();
    await waitUntil(() => root(el).querySelector('[role=menu]'));
    expect(control(el, enCredentials.delete, '[role=menu]').getAttribute('aria-disabled')).to.equal(
      'true',
    );
    expect(a.textContent).to.contain(enCredentials.lastActive);
    await expect(el).to.be.accessible();
    control(el, enCredentials.delete, '[role=menu]').click(); // does nothing
    await el.updateComplete;
    expect(root(el).querySelector('.confirm')).to.equal(null);

    // Turn B back on, approved.
    press(byRole(item(el, 'Backup key'), 'switch'));
    await approve(el);
    await notice(el, enCredentials.activated('Backup key'));
    expect((await stored()).every((c) => c.active)).to.equal(true);

    // Delete B, confirmed and approved.
    await fromMenu(el, 'Backup key', enCredentials.delete);
    expect(root(el).querySelector('.confirm')!.textContent).to.contain(
      enCredentials.confirmDelete('\u2068Backup key\u2069'), // isolated (#14 item 13)
    );
    await expect(el).to.be.accessible();
    byRole(el, 'button', 'Delete').click();
    await approve(el);
    await notice(el, enCredentials.deleted('Backup key'));
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A']);

    // Deleting A, the last, is refused by the RP too (not only by the disabled button).
    const [onlyA] = await stored();
    try {
      await realAdapter().deleteCredential!(onlyA.id, undefined, signal());
      throw new Error('expected a refusal');
    } catch (err) {
      expect((err as PasskeyAdapterError).code).to.equal('conflict');
    }
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A']);
  });

  it('a cancelled or failed approval changes nothing, and says so', async () => {
    const internal = await addAuthenticator({ transport: 'internal' });
    const usb = await addAuthenticator({ transport: 'usb' });
    const el = await mountList();
    await addPasskey(el, 'Laptop A', 'this-device', false);
    await addPasskey(el, 'Key B', 'security-key', true);
    await closeAdding(el);

    // Approval refused on the authenticators (user verification fails on both).
    await setUserVerified(internal, false);
    await setUserVerified(usb, false);
    press(byRole(item(el, 'Key B'), 'switch'));
    await approve(el);
    // The browser reports a refused verification like a cancel (NotAllowedError): calm, not red.
    await notice(el, enCredentials.nothingChanged);
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    await focusOn(() => item(el, 'Key B').querySelector('input[role=switch]'), 'the switch');
    expect((await stored()).every((c) => c.active)).to.equal(true);

    // Approval dismissed with Cancel before the prompt.
    await setUserVerified(internal, true);
    await setUserVerified(usb, true);
    await fromMenu(el, 'Key B', enCredentials.delete);
    await focusOn(() => root(el).querySelector('.confirm .secondary'), 'the confirmation’s Cancel');
    press(byRole(el, 'button', 'Delete'));
    await waitUntil(() => approvalDialog(el));
    expect(plain(approvalDialog(el)!.textContent)).to.contain(
      enCredentials.approvalTitle.delete('Key B'),
    );
    control(el, enCredentials.cancel, 'dialog.approval').click();
    await el.updateComplete;
    // Calm: a neutral line, no alert, and never "Passkey not created".
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    expect(root(el).querySelector('.notice')!.textContent).to.equal(enCredentials.nothingChanged);
    expect(root(el).textContent).not.to.contain(en.errors.cancelled.title);
    await focusOn(() => root(el).querySelector('.confirm .danger'), 'the Delete that asked');
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A', 'Key B']);
  });

  it('registering a second passkey without the approval stores nothing', async () => {
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
    const el = await mountList();
    await addPasskey(el, 'Laptop A', 'this-device', false);
    const reg = register(el);
    byRole(reg, 'button', 'Add another passkey').click();
    await untilStep(reg, 'naming');
    await toChoosing(reg, 'Key B');
    choice(reg, 'security-key').click();
    await untilStep(reg, 'approving');
    byRole(reg, 'button', 'Cancel').click();
    // Not confirming is calm (#15): the choice again, with a neutral line saying nothing was saved.
    await waitUntil(() => reg.shadowRoot!.querySelector('.calm'), 'no calm line', {
      timeout: 5000,
    });
    expect(reg.shadowRoot!.querySelector('.calm')!.textContent).to.contain(
      en.calm['not-confirmed'],
    );
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A']);
  });

  it('shows "Synced" for a backed-up passkey', async () => {
    await addAuthenticator({
      transport: 'internal',
      defaultBackupEligibility: true,
      defaultBackupState: true,
    });
    const el = await mountList();
    await addPasskey(el, 'Synced laptop', 'this-device', false);
    expect(item(el, 'Synced laptop').querySelector('.badge')!.textContent).to.equal(
      enCredentials.synced,
    );
    expect((await stored())[0].backedUp).to.equal(true);
  });

  it('names a known provider from the AAGUID list, and falls back to Passkey / Security key', async () => {
    const el = await mountList(
      scriptedAdapter({
        listCredentials: {
          resolve: [
            storedCredential('Phone', { id: 'YQ', aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4' }),
            storedCredential('Key', { id: 'Yg', transports: ['usb'], backedUp: false }),
            storedCredential('Other', { id: 'Yw', aaguid: '00000000-0000-0000-0000-000000000000' }),
          ],
        },
      }),
    );
    await waitUntil(() =>
      item(el, 'Phone').querySelector('.meta')!.textContent.includes('Google Password Manager'),
    );
    await waitUntil(() => item(el, 'Phone').querySelector('img'), 'no provider icon', {
      timeout: 5000,
    });
    expect(item(el, 'Key').querySelector('.meta')!.textContent).to.contain(
      enCredentials.securityKey,
    );
    expect(item(el, 'Other').querySelector('.meta')!.textContent).to.contain(enCredentials.passkey);
  });

  it('shows a name with markup from the server as text', async () => {
    const w = window as unknown as { pwned?: boolean };
    w.pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const el = await mountList(
      scriptedAdapter({ listCredentials: { resolve: [storedCredential(evil)] } }),
    );
    await aTimeout(50);
    expect(items(el)[0].querySelector('.name')!.textContent).to.equal(evil);
    expect(root(el).querySelector('.name img')).to.equal(null);
    expect(w.pwned).to.equal(false);
  });

  it('loading, empty and error states, with Try again', async () => {
    const adapter = scriptedAdapter({
      listCredentials: { reject: new PasskeyAdapterError('network') },
    });
    const el = await mountList(adapter);
    expect(root(el).querySelector('[part=error]')!.textContent).to.contain(en.errors.network.title);
    await expect(el).to.be.accessible();
    adapter.cue('listCredentials', { resolve: [] });
    byRole(el, 'button', 'Try again').click();
    await waitUntil(() => root(el).querySelector('.empty'));
  });

  it('explains a refused change (forbidden) and changes nothing', async () => {
    const adapter = scriptedAdapter({
      listCredentials: {
        resolve: [storedCredential('A', { id: 'YQ' }), storedCredential('B', { id: 'Yg' })],
      },
      updateCredential: { reject: new PasskeyAdapterError('forbidden') },
    });
    const el = await mountList(adapter);
    byRole(item(el, 'B'), 'switch').click();
    await waitUntil(() => root(el).querySelector('[role=alert]'));
    // Says which change was refused, not "adding".
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain(
      enCredentials.refused.deactivate,
    );
    expect(root(el).querySelector('[role=alert]')!.textContent).not.to.contain(
      en.errors.forbidden.body,
    );
    expect(item(el, 'B').querySelector<HTMLInputElement>('input[role=switch]')!.checked).to.equal(
      true,
    );
  });

  it('hides or disables "Add passkey" when the host says so', async () => {
    const adapter = scriptedAdapter({ listCredentials: { resolve: [storedCredential('A')] } });
    const el = await fixture<PasskeyCredentials>(
      html`<passkey-credentials registration="disabled" .adapter=${adapter}></passkey-credentials>`,
    );
    await listed(el);
    expect(root(el).querySelector<HTMLButtonElement>('.add')!.disabled).to.equal(true);
    expect(root(el).textContent).to.contain(enCredentials.registrationDisabled);
    el.registration = 'hidden';
    await el.updateComplete;
    expect(root(el).querySelector('.add')).to.equal(null);
  });

  it('refuses an invalid new name inline, with no adapter call', async () => {
    const adapter = scriptedAdapter({
      listCredentials: { resolve: [storedCredential('A', { id: 'YQ' })] },
      updateCredential: { reject: new Error('must not be called') },
    });
    const el = await mountList(adapter);
    await fromMenu(el, 'A', enCredentials.rename);
    byRole<HTMLInputElement>(el, 'textbox', 'New name').value = 'x'.repeat(65);
    byRole(el, 'button', 'Save').click();
    await el.updateComplete;
    expect(root(el).querySelector('.rename [role=alert]')!.textContent.trim()).to.equal(
      en.nameProblems['too-long'],
    );
    expect(adapter.calls.filter((c) => c.method !== 'listCredentials')).to.have.length(0);
  });

  it('one question at a time: Delete closes an open rename form, and Rename a pending delete', async () => {
    const adapter = scriptedAdapter({
      listCredentials: { resolve: [storedCredential('A', { id: 'YQ' }), storedCredential('B')] },
    });
    const el = await mountList(adapter);
    const rename = () => fromMenu(el, 'A', enCredentials.rename);
    const remove = () => fromMenu(el, 'A', enCredentials.delete);
    await rename();
    expect(root(el).querySelector('.rename')).to.exist;
    await remove();
    expect(root(el).querySelector('.rename')).to.equal(null);
    expect(root(el).querySelector('.confirm')).to.exist;
    await rename();
    expect(root(el).querySelector('.confirm')).to.equal(null);
    expect(root(el).querySelector('.rename')).to.exist;
  });
});
