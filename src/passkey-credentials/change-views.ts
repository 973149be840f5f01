/**
 * The views the changes add to `<passkey-credentials>`: the approval dialog, the "Add passkey"
 * dialog, a row's "⋯" menu, and the rename form or delete confirmation under a row. Each reads and
 * calls the controller (`CredentialChanges`) through `ChangesView`; part of its lazy chunk.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PasskeyCredential } from '../adapter.js';
import { isolate } from '../device-name.js';
import { PasskeyCredentialChangeEvent } from '../events.js';
import type { PasskeyErrorEvent, PasskeyRegisteredEvent } from '../events.js';
import { passkeyIcon } from '../internal/icons.js';
import type { ChangesView } from './change-types.js';

/**
 * The approval prompt: a modal dialog naming the change (in the top layer, so never off-screen),
 * with focus inside; Escape or Cancel closes it and returns focus to the control that opened it.
 */
export function approvalDialog(ch: ChangesView): TemplateResult {
  const a = ch.approval;
  const t = ch.c.t();
  const ask = ch.asking;
  return html`<dialog
    class="approval"
    aria-labelledby="approval-heading"
    aria-describedby="approval-body"
    @cancel=${(e: Event) => {
      e.preventDefault();
      ch.cancelApproval();
    }}
  >
    ${
      a.pending && ask
        ? html`<span class="kind-badge small">${passkeyIcon}</span>
            <div>
              <h3 id="approval-heading">${t.approvalTitle[ask.kind](isolate(ask.name))}</h3>
              <p class="muted" id="approval-body">${a.busy ? t.approvalWait : t.approvalBody}</p>
              <div class="actions">
                <button
                  part="button"
                  class="primary"
                  aria-disabled=${a.busy ? 'true' : nothing}
                  @click=${() => ch.approval.approve()}
                >
                  ${t.approve}
                </button>
                <button part="button" class="secondary" @click=${() => ch.cancelApproval()}>
                  ${t.cancel}
                </button>
              </div>
            </div>`
        : nothing
    }
  </dialog>`;
}

/**
 * "Add passkey": a modal dialog holding the embedded <passkey-register> (no card of its own) and
 * one way out, the dialog's Close (or Escape); focus returns to "Add passkey".
 */
export function addingDialog(ch: ChangesView): TemplateResult {
  const el = ch.el;
  const t = ch.c.t();
  return html`<dialog
    class="adding"
    aria-labelledby="adding-heading"
    @cancel=${(e: Event) => {
      e.preventDefault();
      ch.add(false);
    }}
  >
    ${
      ch.adding
        ? html`<div class="dialog-head">
              <h2 id="adding-heading">${t.add}</h2>
              <button
                part="button"
                class="secondary close"
                aria-label=${t.close}
                @click=${() => ch.add(false)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
            <passkey-register
              heading-level="3"
              theme=${el.theme}
              .adapter=${el.adapter}
              .adapterTimeout=${el.adapterTimeout}
              @passkey-registered=${(e: PasskeyRegisteredEvent) => {
                // <passkey-register> shows its own success; the list only updates.
                ch.c.notify(undefined);
                el.dispatchEvent(
                  new PasskeyCredentialChangeEvent({ type: 'register', name: e.credential.name }),
                );
                void el.refresh();
              }}
              @passkey-error=${(e: PasskeyErrorEvent) => {
                // The save got no answer but may have worked (#14): the list shows what was stored.
                if (e.code === 'unconfirmed') void el.refresh();
              }}
            ></passkey-register>`
        : nothing
    }
  </dialog>`;
}

/** The "⋯" menu of a row (WAI-ARIA menu button): Rename, and Delete. */
export function rowMenu(
  ch: ChangesView,
  c: PasskeyCredential,
  onlyActive: boolean,
  id: string,
): TemplateResult {
  const t = ch.c.t();
  const items = (e: Event) => [
    ...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role=menuitem]'),
  ];
  return html`<div
    class="menu"
    role="menu"
    aria-label=${t.more(c.name)}
    @keydown=${(e: KeyboardEvent) => {
      const all = items(e);
      const i = all.indexOf(e.target as HTMLElement);
      const go = (n: number) => all[(n + all.length) % all.length].focus();
      if (e.key === 'ArrowDown') go(i + 1);
      else if (e.key === 'ArrowUp') go(i - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(-1);
      else if (e.key === 'Escape') ch.menu(undefined);
      else if (e.key === 'Tab') {
        ch.menuFor = undefined;
        return ch.update();
      } else return;
      e.preventDefault();
    }}
    @focusout=${(e: FocusEvent) => {
      // Focus left for elsewhere (a click outside): close, leaving focus where it went.
      const to = e.relatedTarget as Node | null;
      const row = (e.currentTarget as HTMLElement).parentElement!;
      if (ch.menuFor === c.id && !row.contains(to)) {
        ch.menuFor = undefined;
        ch.update();
      }
    }}
  >
    <button role="menuitem" tabindex="-1" @click=${() => ch.edit(c.id)}>${t.rename}</button>
    <button
      role="menuitem"
      tabindex="-1"
      class="danger"
      aria-disabled=${onlyActive ? 'true' : nothing}
      aria-describedby=${onlyActive ? `${id}-only` : nothing}
      @click=${() => onlyActive || ch.confirm(c.id)}
    >
      ${t.delete}
    </button>
  </div>`;
}

/** The rename form or delete confirmation under a passkey's row, if open. */
export function belowRow(
  ch: ChangesView,
  c: PasskeyCredential,
  list: PasskeyCredential[],
  id: string,
): TemplateResult | typeof nothing {
  if (ch.editing?.id === c.id) return renameForm(ch, c, id);
  if (ch.confirming === c.id) return confirmDelete(ch, c, list);
  return nothing;
}

function renameForm(ch: ChangesView, c: PasskeyCredential, id: string): TemplateResult {
  const t = ch.c.t();
  const problem = ch.editing?.problem;
  const close = () => ch.closeRename();
  return html`<form
    class="rename"
    novalidate
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      if (!ch.busy) ch.rename(c, new FormData(e.target as HTMLFormElement).get('name') as string);
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
            ${ch.c.shared().nameProblems[problem]}
          </p>`
        : nothing
    }
    <div class="actions">
      <button
        part="button"
        class="primary small"
        type="submit"
        aria-disabled=${ch.busy ? 'true' : nothing}
      >
        ${t.save}
      </button>
      <button part="button" class="secondary small" type="button" @click=${close}>
        ${t.cancel}
      </button>
    </div>
  </form>`;
}

function confirmDelete(
  ch: ChangesView,
  c: PasskeyCredential,
  list: PasskeyCredential[],
): TemplateResult {
  const t = ch.c.t();
  return html`<div
    class="confirm"
    role="group"
    aria-label=${t.confirmDelete(isolate(c.name))}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && ch.confirm(undefined)}
  >
    <p>${t.confirmDelete(isolate(c.name))}</p>
    <div class="actions">
      <button
        part="button"
        class="primary small danger"
        aria-disabled=${ch.busy ? 'true' : nothing}
        @click=${() => ch.busy || ch.deleteOne(c, list)}
      >
        ${t.delete}
      </button>
      <button part="button" class="secondary small" @click=${() => ch.confirm(undefined)}>
        ${t.cancel}
      </button>
    </div>
  </div>`;
}
