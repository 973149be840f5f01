/**
 * The recovery tab from Generate on, loaded on the first sign of intent (pointer or focus on the
 * tab) or by the click itself: the warning before a new set replaces the old one, the approval
 * with a passkey when the server asks, the codes shown once with Copy, Download and Print, the
 * "saved" confirmation before Done, and every error on the way. With the approval's WebAuthn code,
 * which <passkey-register>'s flow shares.
 */
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type {
  AuthenticationResponseJSON,
  PasskeyAdapter,
  RecoveryCodesSet,
  RecoveryCodesStatus,
} from '../../adapter.js';
import { ApprovalController, approvalOptionsFor } from '../../internal/approval.js';
import { errorBlock } from '../../internal/error-block.js';
import {
  PasskeyAdapterError,
  callWithTimeout,
  errorCode,
  isCeremonyCode,
} from '../../internal/errors.js';
import { passkeyIcon } from '../../internal/icons.js';
import { TwoFactorRecoveryCodesGeneratedEvent } from '../events.js';
import { download, endPrint, print, sheetText } from './sheet.js';
import type { RecoveryCodesStrings, RecoveryErrorCode } from './strings.js';

export { flowStyles } from './flow.styles.js';
export { checkIcon } from '../../internal/icons.js';
export { enRecoveryFlow } from './strings-flow.js';

/** Where the flow is; the element shows the counts when there is no step. */
type Step =
  | { at: 'replace' }
  | { at: 'preparing' }
  | { at: 'approval' }
  | { at: 'generating' }
  | {
      at: 'codes';
      set: RecoveryCodesSet;
      saved: boolean;
      missing: boolean;
      confirming: boolean;
      /** Done failed: the codes stay on screen, with the error above Done. */
      error?: RecoveryErrorCode;
    }
  | { at: 'error'; code: RecoveryErrorCode };

/** What the flow needs of its element. */
export interface RecoveryHost extends ReactiveControllerHost, HTMLElement {
  readonly adapter?: PasskeyAdapter;
  readonly adapterTimeout: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Every string, in the element's language. */
  readonly text: RecoveryCodesStrings;
  /** The counts as last loaded (undefined: none yet). */
  readonly counts?: RecoveryCodesStatus;
  /** Says `words` in the live region and moves focus to `focus` (a selector) after the render. */
  say(words: string, focus?: string): void;
  /** Back to the counts (new ones when a set was confirmed), with a notice. */
  finish(notice: { text: string; ok: boolean }, counts?: RecoveryCodesStatus): void;
}

const OWN_CODES: readonly string[] = [
  'forbidden',
  'unauthenticated',
  'conflict',
  'expired',
  'rate-limited',
  'server',
  'network',
  'invalid-response',
];

/** Any failure, as one of the codes this tab words. */
export function recoveryError(err: unknown): RecoveryErrorCode {
  const code = errorCode(err);
  if (isCeremonyCode(code) || code === 'rejected') return 'approval';
  return OWN_CODES.includes(code) ? (code as RecoveryErrorCode) : 'server';
}

const invalid = () =>
  new PasskeyAdapterError('invalid-response', 'Unexpected recovery codes reply');

/** A new set, checked: a handle and 1–100 short printable codes (untrusted: rendered as text). */
function parseSet(raw: unknown): RecoveryCodesSet {
  const s = raw as RecoveryCodesSet | null;
  const ok =
    s &&
    typeof s.id === 'string' &&
    s.id.length > 0 &&
    s.id.length <= 200 &&
    Array.isArray(s.codes) &&
    s.codes.length > 0 &&
    s.codes.length <= 100 &&
    s.codes.every((c) => typeof c === 'string' && /^[\x21-\x7e]{4,64}$/.test(c));
  if (!ok) throw invalid();
  return { id: s.id, codes: [...s.codes], expiresAt: String(s.expiresAt) };
}

const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';
const ERROR_FOCUS = '[part=error] [tabindex]';

export class RecoveryFlow {
  /** The current step; none while the element shows the counts. */
  step?: Step;
  /** Copy and Download feedback beside their buttons. */
  private feedback = '';
  private readonly approval: ApprovalController;
  /** The run in flight (generate, confirm), aborted by the next, by Cancel or by removal. */
  private run?: AbortController;

  constructor(
    private readonly host: RecoveryHost,
    /** Reads the counts again, for a parse of the server's status reply. */
    private readonly parseStatus: (raw: unknown) => RecoveryCodesStatus,
  ) {
    this.approval = new ApprovalController(host, () => host.requestUpdate());
    host.addController({ hostDisconnected: () => this.stop() });
  }

  private go(step: Step | undefined, words: string, focus?: string): void {
    this.step = step;
    this.guard(step?.at === 'codes');
    this.host.say(words, focus);
  }

  /**
   * While unconfirmed codes are on screen, leaving the page asks first: a saved or printed copy
   * of a set that is never confirmed would not work when the user needs it.
   */
  private guard(on: boolean): void {
    if (on) addEventListener('beforeunload', this.unsaved);
    else removeEventListener('beforeunload', this.unsaved);
  }

  private readonly unsaved = (e: Event) => e.preventDefault();

  private begin(): AbortSignal {
    this.run?.abort();
    this.run = new AbortController();
    return this.run.signal;
  }

  /** Ends whatever runs, without a word (the element was removed, or reloads the counts). */
  stop(): void {
    this.run?.abort();
    this.approval.clear();
    this.step = undefined;
    this.guard(false);
    endPrint();
  }

  /** Generate codes (no set yet) or, after a warning, Generate new codes. */
  start(): void {
    if (this.host.counts?.configured)
      this.go({ at: 'replace' }, this.host.text.regenerateTitle, '#replace-title');
    else void this.generate();
  }

  /** Approval if the server asks, then the new set. */
  private async generate(): Promise<void> {
    const { adapter, adapterTimeout: timeout, text: t } = this.host;
    if (!adapter) return;
    const signal = this.begin();
    this.feedback = '';
    this.go({ at: 'preparing' }, t.preparing, '.waiting');
    try {
      const options = await approvalOptionsFor(
        adapter,
        { type: 'recovery-codes' },
        signal,
        timeout,
      );
      let approval: AuthenticationResponseJSON | undefined;
      if (options) {
        approval = await new Promise<AuthenticationResponseJSON>((approved, failed) => {
          this.approval.request(options, { approved, failed });
          this.go({ at: 'approval' }, t.approvalTitle, '.approve');
        });
      }
      this.go({ at: 'generating' }, t.generating, '.waiting');
      const set = parseSet(
        await callWithTimeout(signal, timeout, (s) => adapter.generateRecoveryCodes!(approval, s)),
      );
      this.approval.clear();
      if (signal.aborted) return;
      this.go(
        { at: 'codes', set, saved: false, missing: false, confirming: false },
        t.codesTitle,
        '#codes-title',
      );
    } catch (err) {
      this.approval.clear();
      if (signal.aborted || isAbort(err)) return;
      if (errorCode(err) === 'cancelled') return this.leave();
      this.go({ at: 'error', code: recoveryError(err) }, '', ERROR_FOCUS);
    }
  }

  /** Done: the user has saved the set; it replaces the old one. */
  private async confirm(): Promise<void> {
    const step = this.step;
    const { adapter, adapterTimeout: timeout, text: t } = this.host;
    if (step?.at !== 'codes' || step.confirming || !adapter) return;
    if (!step.saved) return this.go({ ...step, missing: true }, t.savedMissing, '#saved');
    const signal = this.begin();
    this.go({ ...step, confirming: true, error: undefined }, t.confirming);
    try {
      const counts = this.parseStatus(
        await callWithTimeout(signal, timeout, (s) =>
          adapter.confirmRecoveryCodes!(step.set.id, s),
        ),
      );
      if (signal.aborted) return;
      this.stop();
      this.host.finish({ text: t.ready(counts.total), ok: true }, counts);
      this.host.dispatchEvent(new TwoFactorRecoveryCodesGeneratedEvent(counts.total));
    } catch (err) {
      if (signal.aborted || isAbort(err)) return;
      const code = recoveryError(err);
      // An expired set can't be confirmed any more: only a new one helps.
      if (code === 'expired') this.go({ at: 'error', code }, '', ERROR_FOCUS);
      else this.go({ ...step, confirming: false, error: code }, '', ERROR_FOCUS);
    }
  }

  /** Back to the counts without a change (Cancel, a cancelled approval, Back). */
  private leave(): void {
    this.stop();
    this.host.finish({ text: this.host.text.nothingChanged, ok: false });
  }

  private async copy(codes: string[]): Promise<void> {
    const t = this.host.text;
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      this.feedback = t.copied;
    } catch {
      this.feedback = t.copyFailed;
    }
    this.host.say(this.feedback);
  }

  /** The downloaded or printed sheet: a title naming the site, the date, the codes. */
  private sheet(codes: string[]): [string, string, string[]] {
    const t = this.host.text;
    const lang = this.host.closest('[lang]')?.getAttribute('lang') || undefined;
    let date: string;
    try {
      date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
    } catch {
      date = new Date().toDateString();
    }
    return [t.sheetTitle(location.host), t.sheetNote(date), codes];
  }

  render(): TemplateResult | typeof nothing {
    const t = this.host.text;
    const step = this.step;
    switch (step?.at) {
      case undefined:
        return nothing;
      case 'preparing':
      case 'generating':
        return html`<div class="waiting" tabindex="-1">
          <span class="spinner" aria-hidden="true"></span>${
            step.at === 'preparing' ? t.preparing : t.generating
          }
        </div>`;
      case 'replace':
        return html`<div class="step">
          <h3 part="heading" class="step-title" id="replace-title" tabindex="-1">
            ${t.regenerateTitle}
          </h3>
          <p>${t.regenerateBody}</p>
          <div class="actions">
            <button part="button" class="primary" @click=${() => void this.generate()}>
              ${t.continue}
            </button>
            <button part="button" class="secondary" @click=${() => this.leave()}>
              ${t.cancel}
            </button>
          </div>
        </div>`;
      case 'approval':
        return this.renderApproval();
      case 'codes':
        return this.renderCodes(step);
      case 'error':
        return this.renderError(step.code);
    }
  }

  private renderApproval(): TemplateResult {
    const t = this.host.text;
    const busy = this.approval.busy;
    return html`<div class="step approval">
      <span class="kind-badge">${passkeyIcon}</span>
      <h3 part="heading" class="step-title">${t.approvalTitle}</h3>
      <p class="muted" id="approval-body">${busy ? t.approvalWait : t.approvalBody}</p>
      <div class="actions">
        <button
          part="button"
          class="primary approve"
          aria-describedby="approval-body"
          aria-disabled=${busy ? 'true' : nothing}
          @click=${() => this.approval.approve()}
        >
          ${t.approve}
        </button>
        <button
          part="button"
          class="secondary"
          @click=${() => {
            if (!this.approval.cancel()) this.leave();
          }}
        >
          ${t.cancel}
        </button>
      </div>
    </div>`;
  }

  private renderCodes(step: Extract<Step, { at: 'codes' }>): TemplateResult {
    const t = this.host.text;
    const codes = step.set.codes;
    const root = this.host.renderRoot as ShadowRoot;
    return html`<div class="step">
      <h3 part="heading" class="step-title" id="codes-title" tabindex="-1">${t.codesTitle}</h3>
      <p>${t.codesBody}</p>
      <ol part="codes" class="codes" aria-label=${t.codesLabel} translate="no" dir="ltr">
        ${codes.map((c) => html`<li><code>${c}</code></li>`)}
      </ol>
      <div class="tools">
        <button part="button" class="secondary" @click=${() => void this.copy(codes)}>
          ${t.copy}
        </button>
        <button
          part="button"
          class="secondary"
          @click=${() => {
            const [title, note] = this.sheet(codes);
            download(root, t.fileName, sheetText(title, note, codes));
            this.feedback = t.downloaded;
            this.host.say(t.downloaded);
          }}
        >
          ${t.download}
        </button>
        <button part="button" class="secondary" @click=${() => print(root, ...this.sheet(codes))}>
          ${t.print}
        </button>
      </div>
      <p class="feedback muted" aria-hidden="true">${this.feedback}</p>
      <div class="check">
        <input
          type="checkbox"
          id="saved"
          .checked=${step.saved}
          aria-invalid=${step.missing ? 'true' : 'false'}
          aria-describedby=${step.missing ? 'saved-missing' : nothing}
          @change=${(e: Event) => {
            this.step = { ...step, saved: (e.target as HTMLInputElement).checked, missing: false };
            this.host.requestUpdate();
          }}
        />
        <label for="saved">${t.saved}</label>
      </div>
      ${
        step.missing
          ? html`<p class="field-error" id="saved-missing">${t.savedMissing}</p>`
          : nothing
      }
      ${step.error ? this.renderError(step.error) : nothing}
      <p class="muted keep">${this.host.counts?.configured ? t.keepsOld : t.notSavedYet}</p>
      <div class="actions">
        <button
          part="button"
          class="primary"
          aria-disabled=${step.confirming ? 'true' : nothing}
          @click=${() => void this.confirm()}
        >
          ${
            step.confirming
              ? html`<span class="spinner small" aria-hidden="true"></span>${t.confirming}`
              : t.done
          }
        </button>
        <button part="button" class="secondary" @click=${() => this.leave()}>${t.cancel}</button>
      </div>
    </div>`;
  }

  private renderError(code: RecoveryErrorCode): TemplateResult {
    const t = this.host.text;
    const e = t.errors[code];
    // Done failed with the codes still on screen: the way forward is Done again, below it.
    if (this.step?.at === 'codes') return errorBlock({ ...e, code, level: 3 });
    return errorBlock({
      ...e,
      code,
      level: 3,
      actions: html`<button part="button" class="primary" @click=${() => void this.generate()}>
          ${code === 'expired' ? t.generate : t.retry}
        </button>
        <button part="button" class="secondary" @click=${() => this.leave()}>${t.back}</button>`,
    });
  }
}
