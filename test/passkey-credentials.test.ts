/**
 * <passkey-credentials> against the reference RP with real ceremonies: registering a second
 * passkey approved by the first, renaming, turning off and on, deleting, and the refusals. The
 * RP's state is checked through the adapter after each step, not only the DOM.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PasskeyAdapterError } from '../src/index.js';
import type { PasskeyAdapter, PasskeyCredential } from '../src/index.js';
import type { PasskeyCredentials } from '../src/passkey-credentials/passkey-credentials.js';
import { enCredentials } from '../src/passkey-credentials/strings-en.js';
import type { PasskeyRegister } from '../src/passkey-register/passkey-register.js';
import { en } from '../src/strings-steps.js';
import { storedCredential } from '../stories/support/drive.js';
import { scriptedAdapter } from '../stories/support/scripted-adapter.js';
import {
  addAuthenticator,
  choice,
  newSession,
  realAdapter,
  removeAuthenticators,
  setUserVerified,
  toChoosing,
  untilStep,
} from './support/helpers.js';

const signal = () => new AbortController().signal;

async function stored(): Promise<PasskeyCredential[]> {
  return (await realAdapter().listCredentials!(signal())) ?? [];
}

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

const root = (el: Element) => el.shadowRoot!;
const items = (el: PasskeyCredentials) => [...root(el).querySelectorAll<HTMLElement>('.item')];
const item = (el: PasskeyCredentials, name: string) => {
  const found = items(el).find((i) => i.querySelector('.name')?.textContent === name);
  if (!found) throw new Error(`no passkey named ${name}`);
  return found;
};
const register = (el: PasskeyCredentials) =>
  root(el).querySelector<PasskeyRegister>('passkey-register')!;

/** Presses "Confirm with a passkey" once the approval banner shows. */
async function approve(el: PasskeyCredentials): Promise<void> {
  await waitUntil(() => root(el).querySelector('.approval'), 'no approval requested', {
    timeout: 5000,
  });
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('.approval .primary')!.click();
}

async function notice(el: PasskeyCredentials, text: string): Promise<void> {
  await waitUntil(
    () => root(el).querySelector('.notice')?.textContent?.includes(text),
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
  if (!register(el)) root(el).querySelector<HTMLButtonElement>('.header .add')!.click();
  await el.updateComplete;
  const reg = register(el);
  await reg.updateComplete;
  if (reg.step === 'success') {
    reg.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await untilStep(reg, 'naming');
  }
  await toChoosing(reg, name);
  choice(reg, kind).click();
  if (approved) {
    await untilStep(reg, 'approving');
    expect(reg.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.approvingHeading);
    reg.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
  }
  await untilStep(reg, 'success');
  await waitUntil(() => items(el).some((i) => i.querySelector('.name')?.textContent === name));
}

describe('<passkey-credentials>', () => {
  beforeEach(newSession);
  afterEach(removeAuthenticators);

  it('manages passkeys end to end, approved by an existing passkey, with the RP checked at each step', async () => {
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
    const el = await mountList();
    expect(root(el).querySelector('.empty')!.textContent).to.equal(enCredentials.empty);

    // A: the first passkey needs no approval.
    await addPasskey(el, 'Laptop A', 'this-device', false);
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A']);

    // B: approved by A (created first, then approved, then saved).
    await addPasskey(el, 'Key B', 'security-key', true);
    let list = await stored();
    expect(list.map((c) => c.name)).to.deep.equal(['Laptop A', 'Key B']);
    expect(list[0].lastUsedAt, 'the approval counts as a use of A').to.be.a('string');

    // Rename B, approved.
    item(el, 'Key B').querySelector<HTMLButtonElement>('.controls button:not(.danger)')!.click();
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('.rename input')!;
    expect(root(el).activeElement).to.equal(input);
    input.value = 'Backup key';
    root(el).querySelector<HTMLButtonElement>('.rename button[type=submit]')!.click();
    await approve(el);
    await notice(el, enCredentials.renamed('Backup key'));
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A', 'Backup key']);

    // Turn B off, approved.
    item(el, 'Backup key').querySelector<HTMLInputElement>('input[role=switch]')!.click();
    await approve(el);
    await notice(el, enCredentials.deactivated('Backup key'));
    list = await stored();
    expect(list.find((c) => c.name === 'Backup key')!.active).to.equal(false);
    await waitUntil(() => item(el, 'Backup key').classList.contains('off'));

    // A is now the only active one: its switch and Delete are disabled, with the reason.
    const a = item(el, 'Laptop A');
    expect(a.querySelector<HTMLInputElement>('input[role=switch]')!.disabled).to.equal(true);
    expect(a.querySelector<HTMLButtonElement>('button.danger')!.disabled).to.equal(true);
    expect(a.textContent).to.contain(enCredentials.lastActive);
    await expect(el).to.be.accessible();

    // Turn B back on, approved.
    item(el, 'Backup key').querySelector<HTMLInputElement>('input[role=switch]')!.click();
    await approve(el);
    await notice(el, enCredentials.activated('Backup key'));
    expect((await stored()).every((c) => c.active)).to.equal(true);

    // Delete B, confirmed and approved.
    item(el, 'Backup key').querySelector<HTMLButtonElement>('button.danger')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.confirm')!.textContent).to.contain(
      enCredentials.confirmDelete('Backup key'),
    );
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.confirm .danger')!.click();
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

    // Approval refused on the authenticators (user verification fails on both).
    await setUserVerified(internal, false);
    await setUserVerified(usb, false);
    item(el, 'Key B').querySelector<HTMLInputElement>('input[role=switch]')!.click();
    await approve(el);
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error shown', {
      timeout: 5000,
    });
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain(
      enCredentials.nothingChanged,
    );
    expect((await stored()).every((c) => c.active)).to.equal(true);

    // Approval dismissed with Cancel before the prompt.
    await setUserVerified(internal, true);
    await setUserVerified(usb, true);
    item(el, 'Key B').querySelector<HTMLButtonElement>('button.danger')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.confirm .danger')!.click();
    await waitUntil(() => root(el).querySelector('.approval'));
    root(el).querySelector<HTMLButtonElement>('.approval .secondary')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain(
      enCredentials.nothingChanged,
    );
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Laptop A', 'Key B']);
  });

  it('registering a second passkey without the approval stores nothing', async () => {
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
    const el = await mountList();
    await addPasskey(el, 'Laptop A', 'this-device', false);
    const reg = register(el);
    reg.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await untilStep(reg, 'naming');
    await toChoosing(reg, 'Key B');
    choice(reg, 'security-key').click();
    await untilStep(reg, 'approving');
    reg.shadowRoot!.querySelector<HTMLButtonElement>('.actions .secondary')!.click(); // Cancel
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
    root(el).querySelector<HTMLButtonElement>('[part=error] button')!.click();
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
    item(el, 'B').querySelector<HTMLInputElement>('input[role=switch]')!.click();
    await waitUntil(() => root(el).querySelector('[role=alert]'));
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain(
      en.errors.forbidden.body,
    );
    expect(item(el, 'B').querySelector<HTMLInputElement>('input[role=switch]')!.checked).to.equal(
      true,
    );
  });

  it('hides or disables "Add passkey" when the host says so', async () => {
    const adapter = scriptedAdapter({ listCredentials: { resolve: [] } });
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
    item(el, 'A').querySelector<HTMLButtonElement>('.controls button:not(.danger)')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('.rename input')!.value = 'x'.repeat(65);
    root(el).querySelector<HTMLButtonElement>('.rename button[type=submit]')!.click();
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
    const [rename, remove] = ['.controls button:not(.danger)', '.controls button.danger'].map(
      (selector) => () => item(el, 'A').querySelector<HTMLButtonElement>(selector)!.click(),
    );
    rename();
    await el.updateComplete;
    expect(root(el).querySelector('.rename')).to.exist;
    remove();
    await el.updateComplete;
    expect(root(el).querySelector('.rename')).to.equal(null);
    expect(root(el).querySelector('.confirm')).to.exist;
    rename();
    await el.updateComplete;
    expect(root(el).querySelector('.confirm')).to.equal(null);
    expect(root(el).querySelector('.rename')).to.exist;
  });
});
