/**
 * Finding and driving <passkey-credentials>'s controls as a user would: by role and accessible
 * name, with focus checked through shadow roots.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import { enCredentials } from '../../src/passkey-credentials/strings-en.js';
import { allByRole, byRole } from './drive.js';

export const root = (el: Element) => el.shadowRoot!;

/** A row's "⋯" menu button, by its accessible name, whatever the passkey's name. */
const MORE = new RegExp(`^${enCredentials.more('\u0000').split('\u0000')[0]}`);

/** A button (or menu item) of the element by its accessible name: aria-label, else its text. */
export function control(el: Element, name: string, within = ''): HTMLElement {
  const scope = el.shadowRoot ?? el;
  const found = [
    ...scope.querySelectorAll<HTMLElement>(`${within} button, ${within} [role=menuitem]`),
  ].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name);
  if (!found) throw new Error(`no control named “${name}”`);
  return found;
}

/** The open approval dialog, if any. */
export const approvalDialog = (el: PasskeyCredentials) =>
  root(el).querySelector<HTMLDialogElement>('dialog.approval[open]');

/** Focus, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Waits until focus is (deep) on `expected` or inside it, and checks it is not on <body>. */
export async function focusOn(
  expected: () => Element | null | undefined,
  what: string,
): Promise<void> {
  await waitUntil(
    () => {
      const want = expected();
      const a = deepActive();
      return !!want && !!a && (a === want || want.contains(a));
    },
    `focus should be on ${what}, is on ${deepActive()?.outerHTML.slice(0, 80) ?? 'nothing'}`,
    { timeout: 5000 },
  );
  expect(document.activeElement).not.to.equal(document.body);
}

/** Presses "Confirm with a passkey" once the approval dialog is open, after checking focus is in it. */
export async function approve(el: PasskeyCredentials): Promise<void> {
  await waitUntil(() => approvalDialog(el), 'no approval requested', { timeout: 5000 });
  await el.updateComplete;
  const confirm = control(el, enCredentials.approve, 'dialog.approval');
  await focusOn(() => confirm, 'Confirm with a passkey');
  confirm.click();
}

/** Picks `item` (Rename or Delete) from the "⋯" menu of passkey `name`. */
export async function fromMenu(el: PasskeyCredentials, name: string, item: string): Promise<void> {
  control(el, enCredentials.more(name)).click();
  await waitUntil(() => root(el).querySelector('[role=menu]'), 'the ⋯ menu never opened');
  await el.updateComplete;
  control(el, item, '[role=menu]').click();
  await el.updateComplete;
}

/** Closes "Add passkey" with its Close; focus returns to "Add passkey". */
export async function closeAdding(el: PasskeyCredentials): Promise<void> {
  control(el, enCredentials.close, 'dialog.adding').click();
  await el.updateComplete;
  expect(root(el).querySelector<HTMLDialogElement>('dialog.adding')!.open).to.equal(false);
  await focusOn(() => control(el, enCredentials.add), '“Add passkey”');
}

/** Clicks a control as a pointer does: focus, then click. */
export function press(target: Element | null): void {
  (target as HTMLElement).focus();
  (target as HTMLElement).click();
}

/** Opens a row's "⋯" menu and picks Rename (the first item) or Delete (the last). */
export async function rowAction(row: Element, which: 'rename' | 'delete'): Promise<void> {
  byRole(row, 'button', MORE).click();
  const item = which === 'rename' ? enCredentials.rename : enCredentials.delete;
  // The menu comes with the code for changes, loaded on first use: give the load the time a
  // busy machine takes (the 1 s default was too short at a load average of 10 on 2 cores).
  await waitUntil(() => allByRole(row, 'menuitem', item).length, 'the ⋯ menu never opened', {
    timeout: 5000,
  });
  byRole(row, 'menuitem', item).click();
}

/** Text without the bidi isolates (FSI … PDI) around server-supplied names (#14 item 13). */
export const plain = (text: string | null | undefined): string | undefined =>
  text?.replace(/[\u2068\u2069]/g, '');
