/**
 * What `<passkey-credentials>` needs only once the user acts: renaming, turning on or off,
 * deleting, approval with an existing passkey, WebAuthn signals and "Add passkey", with their
 * views (`change-views.ts`), strings and styles. The element loads this module on the first sign of
 * intent (pointer or focus on it) and awaits it before acting on a click, so a page that only
 * shows the list pays for the list alone.
 */
import type { nothing, ReactiveController, TemplateResult } from 'lit';
import type { AuthenticationResponseJSON, PasskeyAction, PasskeyCredential } from '../adapter.js';
import { checkName, isolate } from '../device-name.js';
import type { NameProblem } from '../device-name.js';
import { PasskeyCredentialChangeEvent } from '../events.js';
import { ApprovalController, approvalOptionsFor } from '../internal/approval.js';
import { PasskeyAdapterError, callWithTimeout, errorCode } from '../internal/errors.js';
import { enCeremonyErrors } from '../strings-ceremony.js';
import { enAdapterErrors } from '../strings-errors.js';
import type { FirstViewStrings } from '../strings.js';
import { parseCredential } from '../validate.js';
import { signalCredentials } from '../webauthn.js';
import type { ChangesContext, ChangesView, CredentialsHost, Notice } from './change-types.js';
import { addingDialog, approvalDialog, belowRow, rowMenu } from './change-views.js';
import type { ChangeKind, PasskeyCredentialsStrings } from './strings.js';

export { changeStyles } from './credential-changes.styles.js';
export { enChanges } from './strings-changes.js';
export type { ChangesContext, CredentialsHost, Notice } from './change-types.js';

/** The error notice for any failed change. */
export function failure(
  t: Pick<PasskeyCredentialsStrings, 'nothingChanged' | 'refused'>,
  shared: FirstViewStrings,
  err: unknown,
  kind?: ChangeKind,
): Notice {
  const code = errorCode(err);
  // Cancelling is not an error: a calm line, nothing red.
  if (code === 'cancelled') return { tone: 'info', title: t.nothingChanged };
  // A ceremony's errors load with this chunk (the WebAuthn code is here too); a locale has them all.
  const e = { ...enAdapterErrors, ...enCeremonyErrors, ...shared.errors }[code];
  // The shared "forbidden" text is about adding; a refused change says which.
  const body = code === 'forbidden' && kind ? t.refused[kind] : e.body;
  return { tone: 'error', title: e.title, body: `${body} ${t.nothingChanged}` };
}

/** The deep active element: focus inside shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The state and logic of changes to the list; the views they add to it are in change-views.ts. */
export class CredentialChanges implements ReactiveController, ChangesView {
  /** The passkey whose name is being edited, and what is wrong with the new one. */
  editing?: { id: string; problem?: NameProblem };
  /** The passkey whose deletion awaits confirmation. */
  confirming?: string;
  /** A change is running (the id it changes, or its type). */
  busy?: string;
  /** "Add passkey" is open: an embedded <passkey-register> in a modal dialog. */
  adding = false;
  /** The passkey whose "⋯" menu is open. */
  menuFor?: string;
  private ac?: AbortController;
  /** Where focus goes after the next render: a selector in the shadow root. */
  private focusNext?: string;
  /** The change waiting for approval, to name it in the dialog. */
  asking?: { kind: ChangeKind; name: string };
  /** What had focus when a dialog opened; it gets it back when the dialog closes. */
  private opener?: Element | null;
  /** Approval with an existing passkey, in a modal dialog while a change waits for it. */
  readonly approval: ApprovalController;

  constructor(
    readonly el: CredentialsHost,
    readonly c: ChangesContext,
  ) {
    el.addController(this);
    this.approval = new ApprovalController(el, () => this.update());
  }

  hostUpdated(): void {
    const root = this.el.renderRoot;
    // The dialogs open and close here, after the render that filled or emptied them.
    for (const [sel, open] of [
      ['dialog.approval', this.approval.pending],
      ['dialog.adding', this.adding],
    ] as const) {
      const d = root.querySelector<HTMLDialogElement>(sel);
      if (!d || d.open === open) continue;
      if (open) {
        this.opener = deepActive();
        d.showModal();
        // Approval: straight onto "Confirm with a passkey" (showModal picks the first control).
        d.querySelector<HTMLElement>('.primary')?.focus();
      } else {
        d.close();
        // Back to the control that opened it, unless something else was chosen.
        if (!this.focusNext && this.opener?.isConnected) (this.opener as HTMLElement).focus();
      }
    }
    if (this.focusNext) {
      const el = root.querySelector<HTMLElement>(this.focusNext);
      this.focusNext = undefined;
      el?.focus();
    }
  }

  /** A selector for an element of the row of passkey `id`. */
  private inRow(id: string, sel: string): string {
    return `[data-id="${CSS.escape(id)}"] ${sel}`;
  }

  hostDisconnected(): void {
    this.ac?.abort();
    this.busy = undefined;
  }

  update(): void {
    this.el.requestUpdate();
  }

  /**
   * Opens the "⋯" menu of passkey `id` with focus on its first (or `last`) item, or closes the
   * open one (undefined) with focus back on its button.
   */
  menu(id: string | undefined, last = false): void {
    const was = this.menuFor;
    this.menuFor = id;
    if (id) {
      this.c.notify(undefined);
      this.focusNext = this.inRow(id, `[role=menuitem]:${last ? 'last' : 'first'}-child`);
    } else if (was) this.focusNext = this.inRow(was, '.more');
    this.update();
  }

  /** Opens the rename form for one passkey. */
  edit(id: string): void {
    // One question under the rows at a time: renaming closes a pending delete, and back.
    this.confirming = this.menuFor = undefined;
    this.editing = { id };
    this.c.notify(undefined);
    this.focusNext = '.rename input';
    this.update();
  }

  /** Opens or closes "Add passkey" (a modal dialog); closing returns focus to "Add passkey". */
  add(open = true): void {
    this.adding = open;
    if (open) this.c.notify(undefined);
    else this.focusNext = '.add';
    this.update();
  }

  /** Asks to confirm a deletion, or dismisses the question (undefined) with focus back on "⋯". */
  confirm(id: string | undefined): void {
    const was = this.confirming;
    this.editing = this.menuFor = undefined;
    this.confirming = id;
    if (id) {
      this.c.notify(undefined);
      // The safe choice first: Enter doesn't delete.
      this.focusNext = this.inRow(id, '.confirm .secondary');
    } else if (was) this.focusNext = this.inRow(was, '.more');
    this.update();
  }

  /** Closes the rename form, with focus back on its row's "⋯". */
  closeRename(): void {
    if (this.editing) this.focusNext = this.inRow(this.editing.id, '.more');
    this.editing = undefined;
    this.update();
  }

  private fail(err: unknown, kind?: ChangeKind): void {
    this.c.notify(failure(this.c.t(), this.c.shared(), err, kind));
  }

  /**
   * Runs a change: asks whether it needs approval; if so, waits for the user to approve with an
   * existing passkey (a click, so the browser allows the prompt); then applies it and reloads.
   */
  private async change(
    action: PasskeyAction,
    name: string,
    apply: (signal: AbortSignal, approval?: AuthenticationResponseJSON) => Promise<string>,
  ) {
    const adapter = this.el.adapter;
    if (this.busy || !adapter) return;
    const kind = action.type as ChangeKind;
    const id = action.credentialId!;
    this.busy = id;
    this.asking = { kind, name };
    this.c.notify(undefined);
    const ac = new AbortController();
    this.ac = ac;
    this.c.track(ac);
    const run = async (approval?: AuthenticationResponseJSON) => {
      try {
        const done = await apply(ac.signal, approval);
        if (ac.signal.aborted) return;
        this.c.notify({ tone: 'success', title: done });
        this.editing = undefined;
        this.confirming = undefined;
        this.el.dispatchEvent(new PasskeyCredentialChangeEvent(action));
      } catch (err) {
        if (!ac.signal.aborted) this.fail(err, kind);
      }
      if (ac.signal.aborted) return;
      this.busy = undefined;
      // The row's own control once the dialog closes: the switch stays, "⋯" after a rename.
      const after = () =>
        kind === 'delete' ? '.add' : this.inRow(id, kind === 'rename' ? '.more' : 'input');
      if (!this.editing && !this.confirming) this.focusNext = after();
      this.approval.clear();
      this.update();
      // Show what the server now holds, whichever way it went.
      await this.el.refresh();
      // A deleted row is gone only now: focus the next row's "⋯", else "Add passkey".
      if (kind === 'delete' && !this.confirming) {
        const rows = this.el.renderRoot.querySelectorAll<HTMLElement>('.item .more');
        (
          rows[Math.min(index, rows.length - 1)] ?? this.el.renderRoot.querySelector('.add')
        )?.focus();
      }
    };
    const index = [...this.el.renderRoot.querySelectorAll('.item')].findIndex(
      (li) => (li as HTMLElement).dataset.id === id,
    );
    try {
      const options = await approvalOptionsFor(adapter, action, ac.signal, this.el.adapterTimeout);
      if (ac.signal.aborted) return;
      if (!options) return void (await run());
      this.approval.request(options, {
        approved: (approval) => void run(approval),
        failed: (err) => {
          this.busy = undefined;
          this.fail(err, kind);
        },
      });
    } catch (err) {
      if (!ac.signal.aborted) {
        this.busy = undefined;
        this.fail(err, kind);
      }
    }
  }

  /** Cancel on the approval: closes the browser's prompt if open, else drops the change. */
  cancelApproval(): void {
    if (this.approval.busy) return void this.approval.cancel();
    this.ac?.abort();
    this.approval.clear();
    this.busy = undefined;
    // Calm and neutral: nothing changed, focus back where the change started.
    this.c.notify({ tone: 'info', title: this.c.t().nothingChanged });
  }

  /** WebAuthn signals to the user's passkey provider; never blocks the change it follows. */
  private signal(credentials: PasskeyCredential[], deletedId?: string): void {
    const rpId = this.el.rpId ?? location.hostname;
    const userId = this.el.userId;
    if (deletedId) void signalCredentials({ type: 'unknown', rpId, credentialId: deletedId });
    if (userId) {
      void signalCredentials({
        type: 'accepted',
        rpId,
        userId,
        credentialIds: credentials.filter((c) => c.active && c.id !== deletedId).map((c) => c.id),
      });
    }
  }

  rename(c: PasskeyCredential, raw: string): void {
    const { name, problem } = checkName(raw);
    if (problem || name === c.name) {
      // Back to the field with the problem, or closed when the name is unchanged.
      this.editing = problem && { id: c.id, problem };
      if (problem) this.focusNext = '.rename input';
      else return this.closeRename();
      return this.update();
    }
    const adapter = this.el.adapter;
    void this.change(
      { type: 'rename', credentialId: c.id, name },
      name,
      async (signal, approval) => {
        if (!adapter?.updateCredential)
          throw new PasskeyAdapterError('server', 'Renaming is not supported.');
        parseCredential(
          await callWithTimeout(signal, this.el.adapterTimeout, (s) =>
            adapter.updateCredential!(c.id, { name }, approval, s),
          ),
        );
        return this.c.t().renamed(isolate(name));
      },
    );
  }

  /** Turns a passkey on or off (the switch was clicked). */
  toggle(c: PasskeyCredential, list: PasskeyCredential[]): void {
    const active = !c.active;
    const adapter = this.el.adapter;
    void this.change(
      { type: active ? 'activate' : 'deactivate', credentialId: c.id },
      c.name,
      async (signal, approval) => {
        if (!adapter?.updateCredential)
          throw new PasskeyAdapterError('server', 'Changes are not supported.');
        parseCredential(
          await callWithTimeout(signal, this.el.adapterTimeout, (s) =>
            adapter.updateCredential!(c.id, { active }, approval, s),
          ),
        );
        this.signal(list.map((x) => (x.id === c.id ? { ...x, active } : x)));
        const t = this.c.t();
        return active ? t.activated(isolate(c.name)) : t.deactivated(isolate(c.name));
      },
    );
  }

  deleteOne(c: PasskeyCredential, list: PasskeyCredential[]): void {
    const adapter = this.el.adapter;
    void this.change({ type: 'delete', credentialId: c.id }, c.name, async (signal, approval) => {
      if (!adapter?.deleteCredential)
        throw new PasskeyAdapterError('server', 'Deleting is not supported.');
      await callWithTimeout(signal, this.el.adapterTimeout, (s) =>
        adapter.deleteCredential!(c.id, approval, s),
      );
      this.signal(list, c.id);
      return this.c.t().deleted(isolate(c.name));
    });
  }

  /** The approval dialog (empty while no change waits for approval). */
  renderApproval(): TemplateResult {
    return approvalDialog(this);
  }

  /** The "Add passkey" dialog (empty while closed). */
  renderAdding(): TemplateResult {
    return addingDialog(this);
  }

  /** The "⋯" menu of a row. */
  renderMenu(c: PasskeyCredential, onlyActive: boolean, id: string): TemplateResult {
    return rowMenu(this, c, onlyActive, id);
  }

  /** The rename form or delete confirmation under a passkey's row, if open. */
  renderBelow(
    c: PasskeyCredential,
    list: PasskeyCredential[],
    id: string,
  ): TemplateResult | typeof nothing {
    return belowRow(this, c, list, id);
  }
}
