/**
 * What `<passkey-credentials>` needs only once the user acts: renaming, turning on or off,
 * deleting, approval with an existing passkey, WebAuthn signals and "Add passkey", with their
 * views, strings and styles. The element loads this module on the first sign of intent (pointer or focus on it) and
 * awaits it before acting on a click, so a page that only shows the list pays for the list alone.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type {
  AuthenticationResponseJSON,
  PasskeyAction,
  PasskeyAdapter,
  PasskeyCredential,
} from '../adapter.js';
import { checkName, isolate } from '../device-name.js';
import type { NameProblem } from '../device-name.js';
import { PasskeyCredentialChangeEvent } from '../events.js';
import type { PasskeyErrorEvent, PasskeyRegisteredEvent } from '../events.js';
import { ApprovalController, approvalOptionsFor } from '../internal/approval.js';
import { PasskeyAdapterError, callWithTimeout, errorCode } from '../internal/errors.js';
import { passkeyIcon } from '../internal/icons.js';
import { enCeremonyErrors } from '../strings-ceremony.js';
import type { FirstViewStrings } from '../strings.js';
import { parseCredential } from '../validate.js';
import { signalCredentials } from '../webauthn.js';
import type { PasskeyCredentialsStrings } from './strings.js';

export { changeStyles } from './credential-changes.styles.js';
export { enChanges } from './strings-changes.js';

/** A line above the list saying how a change went. */
export interface Notice {
  tone: 'success' | 'error';
  title: string;
  body?: string;
}

/** What the changes read of `<passkey-credentials>`: its public properties and `refresh()`. */
export interface CredentialsHost extends ReactiveControllerHost, EventTarget {
  readonly adapter?: PasskeyAdapter;
  readonly adapterTimeout: number;
  readonly rpId?: string;
  readonly userId?: string;
  readonly theme: 'light' | 'dark' | 'auto';
  readonly renderRoot: HTMLElement | DocumentFragment;
  refresh(): Promise<void>;
}

/** What the changes need from the element beyond its public properties. */
export interface ChangesContext {
  /** Every string in the element's language (English filled in). */
  t(): PasskeyCredentialsStrings;
  /** The strings shared with <passkey-register> (errors, naming rules). */
  shared(): FirstViewStrings;
  notify(notice: Notice | undefined): void;
  /** Makes `ac` the call in flight, which a reload or removal aborts. */
  track(ac: AbortController): void;
}

/** The error notice for any failed change. */
export function failure(
  t: Pick<PasskeyCredentialsStrings, 'nothingChanged'>,
  shared: FirstViewStrings,
  err: unknown,
): Notice {
  // A ceremony's errors load with this chunk (the WebAuthn code is here too); a locale has them all.
  const e = { ...enCeremonyErrors, ...shared.errors }[errorCode(err)];
  return { tone: 'error', title: e.title, body: `${e.body} ${t.nothingChanged}` };
}

/** The state and logic of changes to the list, and the views they add to it. */
export class CredentialChanges implements ReactiveController {
  /** The passkey whose name is being edited, and what is wrong with the new one. */
  editing?: { id: string; problem?: NameProblem };
  /** The passkey whose deletion awaits confirmation. */
  confirming?: string;
  /** A change is running (the id it changes, or its type). */
  busy?: string;
  /** "Add passkey" is open: an embedded <passkey-register>. */
  adding = false;
  private ac?: AbortController;
  private focusRename = false;
  /** Approval with an existing passkey, shown above the list while a change waits for it. */
  private readonly approval: ApprovalController;

  constructor(
    private readonly el: CredentialsHost,
    private readonly c: ChangesContext,
  ) {
    el.addController(this);
    this.approval = new ApprovalController(el, () => this.update());
  }

  hostUpdated(): void {
    if (this.focusRename) {
      this.focusRename = false;
      this.el.renderRoot.querySelector<HTMLInputElement>('.rename input')?.focus();
    }
  }

  hostDisconnected(): void {
    this.ac?.abort();
    this.busy = undefined;
  }

  private update(): void {
    this.el.requestUpdate();
  }

  /** Opens the rename form for one passkey. */
  edit(id: string): void {
    // One question under the rows at a time: renaming closes a pending delete, and back.
    this.confirming = undefined;
    this.editing = { id };
    this.focusRename = true;
    this.update();
  }

  /** Opens or closes "Add passkey". */
  add(open = true): void {
    this.adding = open;
    this.update();
  }

  /** Asks to confirm a deletion, or dismisses the question (undefined). */
  confirm(id: string | undefined): void {
    if (id !== undefined) this.editing = undefined;
    this.confirming = id;
    this.update();
  }

  private fail(err: unknown): void {
    this.c.notify(failure(this.c.t(), this.c.shared(), err));
  }

  /**
   * Runs a change: asks whether it needs approval; if so, waits for the user to approve with an
   * existing passkey (a click, so the browser allows the prompt); then applies it and reloads.
   */
  private async change(
    action: PasskeyAction,
    apply: (signal: AbortSignal, approval?: AuthenticationResponseJSON) => Promise<string>,
  ) {
    const adapter = this.el.adapter;
    if (this.busy || !adapter) return;
    this.busy = action.credentialId ?? action.type;
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
        if (!ac.signal.aborted) this.fail(err);
      }
      if (ac.signal.aborted) return;
      this.busy = undefined;
      this.approval.clear();
      this.update();
      // Show what the server now holds, whichever way it went.
      await this.el.refresh();
    };
    try {
      const options = await approvalOptionsFor(adapter, action, ac.signal, this.el.adapterTimeout);
      if (ac.signal.aborted) return;
      if (!options) return void (await run());
      this.approval.request(options, {
        approved: (approval) => void run(approval),
        failed: (err) => {
          this.busy = undefined;
          this.fail(err);
        },
      });
    } catch (err) {
      if (!ac.signal.aborted) {
        this.busy = undefined;
        this.fail(err);
      }
    }
  }

  /** Cancel on the approval: closes the browser's prompt if open, else drops the change. */
  private cancelApproval(): void {
    if (this.approval.busy) return void this.approval.cancel();
    this.ac?.abort();
    this.approval.clear();
    this.busy = undefined;
    this.c.notify({
      tone: 'error',
      title: { ...enCeremonyErrors, ...this.c.shared().errors }.cancelled.title,
      body: this.c.t().nothingChanged,
    });
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

  private rename(c: PasskeyCredential, raw: string): void {
    const { name, problem } = checkName(raw);
    if (problem || name === c.name) {
      // Back to the field with the problem, or closed when the name is unchanged.
      this.editing = problem && { id: c.id, problem };
      this.focusRename = !!problem;
      return this.update();
    }
    const adapter = this.el.adapter;
    void this.change({ type: 'rename', credentialId: c.id, name }, async (signal, approval) => {
      if (!adapter?.updateCredential)
        throw new PasskeyAdapterError('server', 'Renaming is not supported.');
      parseCredential(
        await callWithTimeout(signal, this.el.adapterTimeout, (s) =>
          adapter.updateCredential!(c.id, { name }, approval, s),
        ),
      );
      return this.c.t().renamed(isolate(name));
    });
  }

  /** Turns a passkey on or off (the switch was clicked). */
  toggle(c: PasskeyCredential, list: PasskeyCredential[]): void {
    const active = !c.active;
    const adapter = this.el.adapter;
    void this.change(
      { type: active ? 'activate' : 'deactivate', credentialId: c.id },
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

  private deleteOne(c: PasskeyCredential, list: PasskeyCredential[]): void {
    const adapter = this.el.adapter;
    void this.change({ type: 'delete', credentialId: c.id }, async (signal, approval) => {
      if (!adapter?.deleteCredential)
        throw new PasskeyAdapterError('server', 'Deleting is not supported.');
      await callWithTimeout(signal, this.el.adapterTimeout, (s) =>
        adapter.deleteCredential!(c.id, approval, s),
      );
      this.signal(list, c.id);
      return this.c.t().deleted(isolate(c.name));
    });
  }

  /** The approval prompt above the list, while a change waits for it. */
  renderApproval(): TemplateResult | typeof nothing {
    const a = this.approval;
    if (!a.pending) return nothing;
    const t = this.c.t();
    return html`<div class="approval" role="group" aria-labelledby="approval-heading">
      <span class="kind-badge small">${passkeyIcon}</span>
      <div>
        <h3 id="approval-heading">${t.approvalHeading}</h3>
        <p class="muted">${a.busy ? t.approvalWait : t.approvalBody}</p>
        <div class="actions">
          <button
            part="button"
            class="primary"
            ?disabled=${a.busy}
            @click=${() => this.approval.approve()}
          >
            ${t.approve}
          </button>
          <button part="button" class="secondary" @click=${() => this.cancelApproval()}>
            ${t.cancel}
          </button>
        </div>
      </div>
    </div>`;
  }

  /** "Add passkey": an embedded <passkey-register> and Close. */
  renderAdding(): TemplateResult | typeof nothing {
    if (!this.adding) return nothing;
    const el = this.el;
    return html`<div class="adding">
      <passkey-register
        theme=${el.theme}
        .adapter=${el.adapter}
        .adapterTimeout=${el.adapterTimeout}
        @passkey-registered=${(e: PasskeyRegisteredEvent) => {
          // <passkey-register> shows its own success; the list only updates.
          this.c.notify(undefined);
          el.dispatchEvent(
            new PasskeyCredentialChangeEvent({ type: 'register', name: e.credential.name }),
          );
          void el.refresh();
        }}
        @passkey-error=${(e: PasskeyErrorEvent) => {
          // The save got no answer but may have worked (#14): the list shows what was stored.
          if (e.code === 'unconfirmed') void el.refresh();
        }}
      ></passkey-register>
      <div class="actions">
        <button part="button" class="secondary" @click=${() => this.add(false)}>
          ${this.c.t().close}
        </button>
      </div>
    </div>`;
  }

  /** The rename form or delete confirmation under a passkey's row, if open. */
  renderBelow(
    c: PasskeyCredential,
    list: PasskeyCredential[],
    id: string,
  ): TemplateResult | typeof nothing {
    if (this.editing?.id === c.id) return this.renderRename(c, id);
    if (this.confirming === c.id) return this.renderConfirm(c, list);
    return nothing;
  }

  private renderRename(c: PasskeyCredential, id: string): TemplateResult {
    const t = this.c.t();
    const problem = this.editing?.problem;
    const close = () => {
      this.editing = undefined;
      this.update();
    };
    return html`<form
      class="rename"
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        this.rename(c, new FormData(e.target as HTMLFormElement).get('name') as string);
      }}
    >
      <label for="${id}-rename">${t.renameLabel}</label>
      <input
        id="${id}-rename"
        part="input"
        name="name"
        autocomplete="off"
        .value=${c.name}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-problem` : nothing}
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}
      />
      ${
        problem
          ? html`<p class="field-error" id="${id}-problem" role="alert">
              ${this.c.shared().nameProblems[problem]}
            </p>`
          : nothing
      }
      <div class="actions">
        <button part="button" class="primary small" type="submit" ?disabled=${!!this.busy}>
          ${t.save}
        </button>
        <button part="button" class="secondary small" type="button" @click=${close}>
          ${t.cancel}
        </button>
      </div>
    </form>`;
  }

  private renderConfirm(c: PasskeyCredential, list: PasskeyCredential[]): TemplateResult {
    const t = this.c.t();
    return html`<div class="confirm" role="group" aria-label=${t.confirmDelete(isolate(c.name))}>
      <p>${t.confirmDelete(isolate(c.name))}</p>
      <div class="actions">
        <button
          part="button"
          class="primary small danger"
          ?disabled=${!!this.busy}
          @click=${() => this.deleteOne(c, list)}
        >
          ${t.delete}
        </button>
        <button part="button" class="secondary small" @click=${() => this.confirm(undefined)}>
          ${t.cancel}
        </button>
      </div>
    </div>`;
  }
}
