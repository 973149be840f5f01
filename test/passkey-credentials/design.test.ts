/**
 * <passkey-credentials>'s design pass (#15): where focus goes after every action (never <body>),
 * the approval dialog naming the change, the "⋯" menu's keyboard, calm cancels, stale notices,
 * long names at 320 px, rounded times, the empty state, and no approval within the reference
 * RP's recently-confirmed window. Real ceremonies against the reference RP where a change is
 * approved.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PasskeyAdapter, PasskeyCredential } from '../../src/index.js';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import { enCredentials } from '../../src/passkey-credentials/strings-en.js';
import { en } from '../../src/strings-steps.js';
import { byRole, storedCredential } from '../support/drive.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import {
  approvalDialog,
  approve,
  closeAdding,
  control,
  deepActive,
  focusOn,
  fromMenu,
  plain,
  press,
  root,
} from '../support/credentials-ui.js';
import { addAuthenticator, freshUserEach, realAdapter, stored } from '../support/helpers.js';
import { register as registerAtRp, restartRp } from '../support/rp-api.js';

async function mountList(adapter: PasskeyAdapter = realAdapter()): Promise<PasskeyCredentials> {
  const el = await fixture<PasskeyCredentials>(
    html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
  );
  await waitUntil(() => root(el).querySelector('.list, .empty, [part=error]'), 'never listed');
  await el.updateComplete;
  return el;
}

const item = (el: PasskeyCredentials, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.item')].find(
    (i) => i.querySelector('.name')?.textContent === name,
  )!;
const switchOf = (el: PasskeyCredentials, name: string) => {
  const row = item(el, name);
  return row && byRole<HTMLInputElement>(row, 'switch');
};
const moreOf = (el: PasskeyCredentials, name: string) => control(el, enCredentials.more(name));

const APPROVAL = {
  challenge: 'c3RvcnktYXBwcm92YWwtY2hhbGxlbmdl',
  rpId: location.hostname,
  userVerification: 'required',
};

const two = (a = 'A', b = 'B'): PasskeyCredential[] => [
  storedCredential(a, { id: 'YQ' }),
  storedCredential(b, { id: 'Yg' }),
];

const LONG = 'Work-laptop-of-Alexandra-Konstantinopoulou-in-the-Frankfurt-HQ-1';

/** Nothing wider than the viewport, and nothing inside the card scrolls sideways. */
function noHorizontalOverflow(el: PasskeyCredentials, what: string): void {
  expect(document.documentElement.scrollWidth, `${what}: page`).to.be.at.most(innerWidth);
  // Visually hidden text (.sr-only) clips by design; a text field scrolls its own value.
  for (const node of root(el).querySelectorAll<HTMLElement>('*:not(.sr-only, input)')) {
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
      throw new Error(`${what}: ${node.tagName}.${node.className} scrolls sideways`);
    const r = node.getBoundingClientRect();
    if (r.width && (r.right > innerWidth + 0.5 || r.left < -0.5))
      throw new Error(`${what}: ${node.tagName}.${node.className} runs out of the viewport`);
  }
}

describe('<passkey-credentials> design: focus, prompts, menus, notices, long names', () => {
  freshUserEach(() => setViewport({ width: 800, height: 600 }));

  it('focus never rests on <body>: Add passkey, Close, the switch, Escape in rename, Delete', async () => {
    const adapter = scriptedAdapter({
      listCredentials: { resolve: two() },
      approvalOptions: { resolve: null },
      updateCredential: { resolve: { ...two()[1], active: false } },
      deleteCredential: { resolve: undefined },
    });
    const el = await mountList(adapter);

    // Add passkey: focus moves into the dialog; Close (and Escape) bring it back.
    press(control(el, enCredentials.add));
    await waitUntil(() => root(el).querySelector('dialog.adding[open]'), 'no Add passkey dialog');
    await focusOn(() => root(el).querySelector('dialog.adding'), 'the Add passkey dialog');
    expect(root(el).querySelector('passkey-register')!.getAttribute('heading-level')).to.equal('3');
    await closeAdding(el);
    press(control(el, enCredentials.add));
    await focusOn(() => root(el).querySelector('dialog.adding[open]'), 'the Add passkey dialog');
    await sendKeys({ press: 'Escape' });
    await focusOn(() => control(el, enCredentials.add), '“Add passkey” after Escape');

    // The switch keeps focus through its change (no approval asked here).
    press(switchOf(el, 'B'));
    await waitUntil(() => root(el).querySelector('.notice')?.textContent?.includes('B'));
    await focusOn(() => switchOf(el, 'B'), 'the switch');

    // Escape in the rename box: back to the row's "⋯".
    await fromMenu(el, 'A', enCredentials.rename);
    await focusOn(() => root(el).querySelector('.rename input'), 'the rename box');
    await sendKeys({ press: 'Escape' });
    await focusOn(() => moreOf(el, 'A'), '“⋯” of A after Escape in rename');

    // Delete: the confirmation gets focus (on its safe Cancel); Escape dismisses it.
    await fromMenu(el, 'A', enCredentials.delete);
    await focusOn(() => root(el).querySelector('.confirm .secondary'), 'the confirmation');
    await sendKeys({ press: 'Escape' });
    await focusOn(() => moreOf(el, 'A'), '“⋯” of A after Escape on the confirmation');

    // Delete confirmed: the row goes, focus lands on the next row's "⋯".
    adapter.cue('listCredentials', { resolve: [two()[1]] });
    await fromMenu(el, 'A', enCredentials.delete);
    press(byRole(el, 'button', 'Delete'));
    await waitUntil(() => !item(el, 'A'), 'A never went');
    await focusOn(() => moreOf(el, 'B'), '“⋯” of the next row after Delete');
  });

  it('the approval is a modal dialog naming the change, with focus inside; Cancel and Escape return focus, calmly', async () => {
    const adapter = scriptedAdapter({
      listCredentials: { resolve: two('Work laptop', 'Key') },
      approvalOptions: { resolve: APPROVAL },
      updateCredential: { reject: new Error('must not be called') },
    });
    const el = await mountList(adapter);
    press(switchOf(el, 'Work laptop'));
    await waitUntil(() => approvalDialog(el), 'no approval dialog');
    const dialog = approvalDialog(el)!;
    // Modal (top layer): the page behind is inert, the dialog within the viewport.
    expect(dialog.matches(':modal')).to.equal(true);
    const r = dialog.getBoundingClientRect();
    expect(r.top).to.be.at.least(0);
    expect(r.bottom).to.be.at.most(innerHeight);
    expect(plain(root(el).getElementById('approval-heading')!.textContent)).to.equal(
      enCredentials.approvalTitle.deactivate('Work laptop'),
    );
    expect(dialog.getAttribute('aria-labelledby')).to.equal('approval-heading');
    await focusOn(() => control(el, enCredentials.approve, 'dialog.approval'), 'Confirm');

    // Cancel: closed, focus back on the switch, a calm line, nothing red.
    control(el, enCredentials.cancel, 'dialog.approval').click();
    await focusOn(() => switchOf(el, 'Work laptop'), 'the switch after Cancel');
    expect(approvalDialog(el)).to.equal(null);
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    expect(root(el).querySelector('.notice')!.textContent).to.equal(enCredentials.nothingChanged);
    expect(root(el).querySelector('[role=status]')!.textContent.trim()).to.equal(
      enCredentials.nothingChanged,
    );
    expect(root(el).textContent).not.to.contain(en.errors.cancelled.title);

    // Escape does the same, from a rename's Save.
    await fromMenu(el, 'Key', enCredentials.rename);
    byRole<HTMLInputElement>(el, 'textbox', 'New name').value = 'Backup key';
    press(byRole(el, 'button', 'Save'));
    await waitUntil(() => approvalDialog(el), 'no approval dialog for the rename');
    expect(plain(approvalDialog(el)!.textContent)).to.contain(
      enCredentials.approvalTitle.rename('Backup key'),
    );
    await focusOn(() => control(el, enCredentials.approve, 'dialog.approval'), 'Confirm');
    await sendKeys({ press: 'Escape' });
    await focusOn(() => root(el).querySelector('.rename button[type=submit]'), 'Save after Escape');
    expect(approvalDialog(el)).to.equal(null);
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    expect(adapter.calls.filter((c) => c.method === 'updateCredential')).to.have.length(0);
  });

  it('Confirm keeps focus while busy (aria-disabled), and focus returns to the switch after the change', async () => {
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
    const a = await registerAtRp('A');
    await registerAtRp('B', 'cross-platform', a);
    const el = await mountList();
    press(switchOf(el, 'B'));
    await approve(el);
    // Pressed: the prompt runs; the button says so without dropping focus.
    const confirm = control(el, enCredentials.approve, 'dialog.approval');
    if (approvalDialog(el)) {
      expect(confirm.hasAttribute('disabled')).to.equal(false);
      expect(deepActive()).not.to.equal(document.body);
    }
    await waitUntil(
      () => root(el).querySelector('.notice')?.textContent?.includes('B'),
      'no notice',
      {
        timeout: 5000,
      },
    );
    await focusOn(() => switchOf(el, 'B'), 'the switch after Confirm');
    expect((await stored()).find((c) => c.name === 'B')!.active).to.equal(false);
  });

  it('the "⋯" menu follows the menu-button pattern: arrows, Home/End, Escape, focus return', async () => {
    const el = await mountList(scriptedAdapter({ listCredentials: { resolve: two() } }));
    const more = moreOf(el, 'B');
    expect(more.getAttribute('aria-haspopup')).to.equal('menu');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).querySelector('[role=menu]'), 'ArrowDown opens the menu');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await focusOn(() => control(el, enCredentials.rename, '[role=menu]'), 'the first item');
    await sendKeys({ press: 'ArrowDown' });
    await focusOn(() => control(el, enCredentials.delete, '[role=menu]'), 'the second item');
    await sendKeys({ press: 'ArrowDown' });
    await focusOn(() => control(el, enCredentials.rename, '[role=menu]'), 'wrapped to the first');
    await sendKeys({ press: 'End' });
    await focusOn(() => control(el, enCredentials.delete, '[role=menu]'), 'the last item');
    await sendKeys({ press: 'Escape' });
    await focusOn(() => moreOf(el, 'B'), '“⋯” after Escape');
    expect(root(el).querySelector('[role=menu]')).to.equal(null);
    await sendKeys({ press: 'ArrowUp' });
    await focusOn(() => control(el, enCredentials.delete, '[role=menu]'), 'ArrowUp: the last item');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector('.confirm .secondary'), 'the confirmation');
    await expect(el).to.be.accessible();
  });

  it('contrast (WCAG 1.4.11): the off-state switch is at least 3:1 against the card, light and dark', async () => {
    const lum = (c: string) => {
      const [r, g, b] = c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const list = [storedCredential('On', { id: 'YQ' }), storedCredential('Off', { id: 'Yg' })];
    list[1].active = false;
    for (const theme of ['light', 'dark']) {
      const el = await mountList(scriptedAdapter({ listCredentials: { resolve: list } }));
      el.setAttribute('theme', theme);
      await el.updateComplete;
      const track = item(el, 'Off').querySelector('.track')!;
      const card = getComputedStyle(root(el).querySelector('[part=base]') ?? el).backgroundColor;
      const off = getComputedStyle(track).backgroundColor;
      expect(ratio(off, card), `${theme}: ${off} on ${card}`).to.be.at.least(3);
    }
  });

  it('a new action clears the last notice', async () => {
    const adapter = scriptedAdapter({
      listCredentials: { resolve: two() },
      approvalOptions: { resolve: null },
      deleteCredential: { resolve: undefined },
    });
    const el = await mountList(adapter);
    await fromMenu(el, 'B', enCredentials.delete);
    adapter.cue('listCredentials', { resolve: [two()[0]] });
    press(byRole(el, 'button', 'Delete'));
    await waitUntil(
      () => plain(root(el).querySelector('.notice')?.textContent) === enCredentials.deleted('B'),
    );
    press(control(el, enCredentials.add));
    await waitUntil(() => root(el).querySelector('dialog.adding[open]'));
    expect(root(el).querySelector('.notice')).to.equal(null);
    expect(root(el).querySelector('[role=status]')!.textContent.trim()).to.equal('');
  });

  it('a 64-character name without spaces breaks everywhere at 320 px: rows, rename, delete, approval', async () => {
    expect(LONG.length).to.equal(64);
    await setViewport({ width: 320, height: 640 });
    const el = await mountList(
      scriptedAdapter({
        listCredentials: { resolve: two(LONG, `${LONG.slice(0, 60)}-key`) },
        approvalOptions: { resolve: APPROVAL },
      }),
    );
    noHorizontalOverflow(el, 'rows');
    await fromMenu(el, LONG, enCredentials.rename);
    noHorizontalOverflow(el, 'rename box');
    await fromMenu(el, LONG, enCredentials.delete);
    noHorizontalOverflow(el, 'delete confirmation');
    press(byRole(el, 'button', 'Delete'));
    await waitUntil(() => approvalDialog(el), 'no approval');
    noHorizontalOverflow(el, 'approval dialog');
    const r = approvalDialog(el)!.getBoundingClientRect();
    expect(r.right).to.be.at.most(320);
  });

  it('rounds recent times to "just now", and the empty state explains passkeys and offers Add passkey', async () => {
    const now = new Date(Date.now() - 5000).toISOString();
    const el = await mountList(
      scriptedAdapter({
        listCredentials: {
          resolve: [storedCredential('New', { createdAt: now, lastUsedAt: now })],
        },
      }),
    );
    const meta = item(el, 'New').querySelector('.meta')!.textContent;
    expect(meta).to.contain(enCredentials.added(enCredentials.justNow));
    expect(meta).to.contain(enCredentials.lastUsed(enCredentials.justNow));
    expect(meta).not.to.match(/second/);

    const empty = await mountList(scriptedAdapter({ listCredentials: { resolve: [] } }));
    const box = root(empty).querySelector('.empty')!;
    expect(box.textContent).to.contain(enCredentials.emptyHelp);
    expect(control(empty, enCredentials.add, '.empty')).to.exist;
    press(control(empty, enCredentials.add, '.empty'));
    await waitUntil(() => root(empty).querySelector('dialog.adding[open] passkey-register'));
    await expect(empty).to.be.accessible();
  });

  describe('within the RP’s recently-confirmed window', function () {
    this.timeout(20_000);
    before(() => restartRp({ recentlyConfirmedMs: 60_000 }));
    after(() => restartRp());

    it('a change right after an approval goes through without a prompt', async () => {
      await addAuthenticator({ transport: 'internal' });
      await addAuthenticator({ transport: 'usb' });
      const a = await registerAtRp('A');
      // B's registration is approved with A: that starts the window.
      await registerAtRp('B', 'cross-platform', a);
      const el = await mountList();
      await fromMenu(el, 'B', enCredentials.rename);
      byRole<HTMLInputElement>(el, 'textbox', 'New name').value = 'Backup key';
      press(byRole(el, 'button', 'Save'));
      await waitUntil(
        () =>
          plain(root(el).querySelector('.notice')?.textContent) ===
          enCredentials.renamed('Backup key'),
        'the rename never went through',
        { timeout: 5000 },
      );
      expect(approvalDialog(el), 'no approval asked').to.equal(null);
      expect((await stored()).map((c) => c.name)).to.deep.equal(['A', 'Backup key']);
      await focusOn(() => moreOf(el, 'Backup key'), '“⋯” of the renamed row');
    });
  });
});
