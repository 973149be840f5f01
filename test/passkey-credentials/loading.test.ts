/**
 * <passkey-credentials> in three parts: the card with the page, the rows alongside the first
 * reply, and the code for changes (rename, on/off, delete, approval, Add passkey) on intent or on
 * the click that needs it. Parts of the site are taken offline through CDP to show what the user
 * sees when a part can't load. The order of the tests matters: this file's page starts with none
 * of the parts loaded, and only a successful load keeps one.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import { enCredentials } from '../../src/passkey-credentials/strings-en.js';
import { en } from '../../src/strings-steps.js';
import { allByRole, byRole, storedCredential } from '../support/drive.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import type { ScriptedAdapter } from '../support/scripted-adapter.js';
import '../../src/define.js';
import { rowAction } from '../support/credentials-ui.js';
import { blockRequests, requestCount } from '../support/helpers.js';

const LIST_MODULE = '*/src/passkey-credentials/list.ts*';
const CHANGES_MODULE = '*/src/passkey-credentials/credential-changes.ts*';

const root = (el: Element) => el.shadowRoot!;

function adapter(): ScriptedAdapter {
  return scriptedAdapter({
    listCredentials: {
      resolve: [storedCredential('Laptop', { id: 'YQ' }), storedCredential('Key', { id: 'Yg' })],
    },
    approvalOptions: { resolve: null },
    updateCredential: { resolve: storedCredential('Work laptop', { id: 'YQ' }) },
  });
}

async function mountList(a: ScriptedAdapter): Promise<PasskeyCredentials> {
  return fixture<PasskeyCredentials>(
    html`<passkey-credentials .adapter=${a}></passkey-credentials>`,
  );
}

describe('<passkey-credentials> loading on demand', () => {
  before(() => executeServerCommand('network', { action: 'reset' }));
  afterEach(() => blockRequests([]));

  it('shows the network error with Try again when the rows cannot load, then loads them', async () => {
    await blockRequests([LIST_MODULE]);
    const a = adapter();
    const el = await mountList(a);
    await waitUntil(() => root(el).querySelector('[part=error]'), 'no error shown');
    const box = root(el).querySelector('[part=error]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain(en.errors.network.title);
    // The request log reaches the test server after the page saw the failure: wait for it.
    await waitUntil(
      async () => (await requestCount('/list.ts')) >= 1,
      'the rows were never requested',
    );

    await blockRequests([]);
    byRole(box, 'button', 'Try again').click();
    await waitUntil(() => root(el).querySelector('.list'), 'the list never showed');
    expect(root(el).querySelectorAll('.item')).to.have.length(2);
    // The rows' styles came with them: the switch is drawn as a track, its checkbox hidden.
    const input = root(el).querySelector<HTMLInputElement>('input[role=switch]')!;
    expect(getComputedStyle(input).opacity).to.equal('0');
    // Showing the list needed none of the code for changes.
    expect(await requestCount('/credential-changes.ts')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fetches the code for changes on intent; a change it cannot load changes nothing and says so', async () => {
    await blockRequests([CHANGES_MODULE]);
    const a = adapter();
    const el = await mountList(a);
    await waitUntil(() => root(el).querySelector('.list'), 'the list never showed');
    expect(await requestCount('/credential-changes.ts')).to.equal(0);

    // The pointer over the element: fetched before any click (here it fails, silently).
    el.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(
      async () => (await requestCount('/credential-changes.ts')) >= 1,
      'not fetched on pointer',
    );
    expect(root(el).querySelector('.notice')).to.equal(null);

    // A click that needs it: the network error, nothing changed, nothing sent.
    allByRole(el, 'switch')[0].click();
    await el.updateComplete;
    const notice = root(el).querySelector('.notice [role=alert]')!;
    expect(notice.textContent).to.contain(en.errors.network.title);
    expect(notice.textContent).to.contain(enCredentials.nothingChanged);
    expect(a.calls.map((c) => c.method)).to.deep.equal(['listCredentials']);
    expect(root(el).querySelector<HTMLInputElement>('input[role=switch]')!.checked).to.equal(true);

    // Focus (the keyboard's intent) tries again.
    const tried = await requestCount('/credential-changes.ts');
    allByRole(el, 'button', /^More actions for /)[0].focus();
    await waitUntil(
      async () => (await requestCount('/credential-changes.ts')) > tried,
      'not fetched on focus',
    );

    // Back online, the next click loads it and acts: one await of updateComplete covers both.
    await blockRequests([]);
    await rowAction(root(el).querySelector('.item')!, 'rename');
    await el.updateComplete;
    const field = root(el).querySelector<HTMLInputElement>('.rename input')!;
    expect(root(el).activeElement).to.equal(field);
    // The form's styles came with it: its actions sit closer than the card's (space-s, not -l).
    expect(getComputedStyle(root(el).querySelector('.rename .actions')!).marginTop).to.equal(
      getComputedStyle(el).getPropertyValue('--passkey-space-s').trim(),
    );
    field.value = 'Work laptop';
    byRole(el, 'button', 'Save').click();
    await waitUntil(
      () =>
        root(el)
          .querySelector('.notice')
          ?.textContent?.includes(enCredentials.renamed('\u2068Work laptop\u2069')), // isolated (#14)
    );
    expect(a.calls.find((c) => c.method === 'updateCredential')!.args.slice(0, 2)).to.deep.equal([
      'YQ',
      { name: 'Work laptop' },
    ]);
    await expect(el).to.be.accessible();
  });
});
