import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  AuthenticationResponseJSON,
  PasskeyAdapter,
  RecoveryCodesSet,
  RecoveryCodesStatus,
} from '../../adapter.js';
import { ApprovalController, approvalOptionsFor } from '../../internal/approval.js';
import { styles as cardStyles } from '../../internal/card.styles.js';
import { errorBlock } from '../../internal/error-block.js';
import {
  PasskeyAdapterError,
  callWithTimeout,
  errorCode,
  isCeremonyCode,
} from '../../internal/errors.js';
import { checkIcon, passkeyIcon } from '../../internal/icons.js';
import { TwoFactorRecoveryCodesGeneratedEvent } from '../events.js';
import { LocaleController } from '../../i18n.js';
import type { TwoFactorLocale } from '../locale.js';
import { styles } from './recovery-codes.styles.js';
import { download, print, sheetText } from './sheet.js';
import { enRecovery } from './strings.js';
import type { RecoveryCodesStrings, RecoveryErrorCode } from './strings.js';

/** Where the flow is. `status` shows the counts; the rest are the steps of making a new set. */
type Step =
  | { at: 'loading' }
  | { at: 'status' }
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
  | { at: 'error'; code: RecoveryErrorCode; during: 'status' | 'generate' | 'confirm' };

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
function recoveryError(err: unknown): RecoveryErrorCode {
  const code = errorCode(err);
  if (isCeremonyCode(code) || code === 'rejected') return 'approval';
  return OWN_CODES.includes(code) ? (code as RecoveryErrorCode) : 'server';
}

const invalid = () =>
  new PasskeyAdapterError('invalid-response', 'Unexpected recovery codes reply');
const count = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 1000;

/** The adapter's status, checked: counts only. */
function parseStatus(raw: unknown): RecoveryCodesStatus {
  const s = raw as RecoveryCodesStatus | null;
  if (
    !s ||
    typeof s.configured !== 'boolean' ||
    !count(s.remaining) ||
    !count(s.total) ||
    s.remaining > s.total
  )
    throw invalid();
  return { configured: s.configured, remaining: s.remaining, total: s.total };
}

/** A new set, checked: a handle and 1–100 short printable codes. */
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

/** This folder's locales (shared with the shell), loaded on demand. */
const shipped: Record<string, () => Promise<{ default: TwoFactorLocale }>> = {
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  es: () => import('../locales/es.js'),
  ja: () => import('../locales/ja.js'),
  ar: () => import('../locales/ar.js'),
};

const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';

/**
 * Recovery codes, the second factor of last resort: how many are left (never the codes), and a
 * new set, approved with a passkey when the server asks, shown once with Copy, Download and Print,
 * and put in force only once the user confirms having saved it.
 *
 * @summary Recovery codes: status, and a new set shown once.
 * @tag two-factor-recovery-codes
 *
 * @fires {TwoFactorRecoveryCodesGeneratedEvent} two-factor-recovery-codes-generated - A new set is in force; `event.detail.total` says how many codes (never the codes).
 *
 * @csspart base - The card around everything.
 * @csspart heading - The headings.
 * @csspart button - Buttons.
 * @csspart codes - The list of codes.
 * @csspart status - The live region (visually hidden).
 * @csspart error - Error messages.
 *
 * @cssproperty --passkey-accent - Buttons and icons.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-surface-raised - The codes' background.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders.
 * @cssproperty --passkey-danger - Errors and the running-low warning.
 * @cssproperty --passkey-success - Confirmations.
 * @cssproperty --passkey-focus-ring - Focus outlines.
 */
export class TwoFactorRecoveryCodes extends LitElement {
  static override styles = [cardStyles, styles];

  /** The bridge to your server; needs `recoveryCodesStatus`, `generateRecoveryCodes` and `confirmRecoveryCodes`. */
  @property({ attribute: false }) adapter?: PasskeyAdapter;

  /** Inside another card (a tab of `<two-factor-register>`): no card of its own. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the English strings. */
  @property({ attribute: false }) strings: Partial<RecoveryCodesStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  @property({ type: Number, attribute: 'adapter-timeout' }) adapterTimeout = 30_000;

  @state() private step: Step = { at: 'loading' };
  @state() private status?: RecoveryCodesStatus;
  /** What the live region says, and the line shown for it (success, or after Cancel). */
  @state() private said = '';
  @state() private notice?: { text: string; ok: boolean };
  /** Copy/Download feedback beside the buttons. */
  @state() private feedback = '';

  private readonly locale = new LocaleController(this);
  /** This tab's words in the element's language, and the language they are for. */
  private words?: TwoFactorLocale;
  private wordsLang = 'en';
  private readonly approval = new ApprovalController(this, () => this.requestUpdate());
  /** The run in flight (status, generate, confirm), aborted by the next or by removal. */
  private run?: AbortController;
  /** Where focus goes after the next render (a selector in the shadow root). */
  private focusNext?: string;

  private get t(): RecoveryCodesStrings {
    return { ...enRecovery, ...this.words?.recovery, ...this.strings };
  }

  private begin(): AbortSignal {
    this.run?.abort();
    this.run = new AbortController();
    return this.run.signal;
  }

  private go(step: Step, focus?: string, say = ''): void {
    this.step = step;
    this.focusNext = focus;
    this.said = say;
  }

  /** Reloads the counts from the adapter. */
  async refresh(moveFocus = false): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    const signal = this.begin();
    this.approval.clear();
    const focus = moveFocus || undefined;
    this.go({ at: 'loading' }, focus && '.waiting', focus && this.t.loading);
    try {
      const status = parseStatus(
        await callWithTimeout(signal, this.adapterTimeout, (s) => adapter.recoveryCodesStatus!(s)),
      );
      if (signal.aborted) return;
      this.status = status;
      this.go({ at: 'status' }, focus && '[data-focus]');
    } catch (err) {
      if (signal.aborted || isAbort(err)) return;
      this.go(
        { at: 'error', code: recoveryError(err), during: 'status' },
        focus && '[part=error] [tabindex]',
      );
    }
  }

  /** Generate (or Generate new codes, after the warning): approval if asked, then the new set. */
  private async generate(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    const signal = this.begin();
    const t = this.t;
    this.notice = undefined;
    this.go({ at: 'preparing' }, '.waiting', t.preparing);
    try {
      const timeout = this.adapterTimeout;
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
          this.go({ at: 'approval' }, '.approve', t.approvalTitle);
        });
      }
      this.go({ at: 'generating' }, '.waiting', t.generating);
      const set = parseSet(
        await callWithTimeout(signal, timeout, (s) => adapter.generateRecoveryCodes!(approval, s)),
      );
      this.approval.clear();
      if (signal.aborted) return;
      this.go(
        { at: 'codes', set, saved: false, missing: false, confirming: false },
        '#codes-title',
        t.codesTitle,
      );
    } catch (err) {
      this.approval.clear();
      if (signal.aborted || isAbort(err)) return;
      if (errorCode(err) === 'cancelled') return this.leave();
      this.go(
        { at: 'error', code: recoveryError(err), during: 'generate' },
        '[part=error] [tabindex]',
      );
    }
  }

  /** Done: the user has saved the set; it replaces the old one. */
  private async confirm(): Promise<void> {
    const step = this.step;
    const adapter = this.adapter;
    if (step.at !== 'codes' || step.confirming || !adapter) return;
    if (!step.saved) {
      this.step = { ...step, missing: true };
      this.focusNext = '#saved';
      return;
    }
    const signal = this.begin();
    this.step = { ...step, confirming: true, error: undefined };
    this.said = this.t.confirming;
    try {
      const status = parseStatus(
        await callWithTimeout(signal, this.adapterTimeout, (s) =>
          adapter.confirmRecoveryCodes!(step.set.id, s),
        ),
      );
      if (signal.aborted) return;
      this.status = status;
      const text = this.t.ready(status.total);
      this.notice = { text, ok: true };
      this.go({ at: 'status' }, '.notice', text);
      this.dispatchEvent(new TwoFactorRecoveryCodesGeneratedEvent(status.total));
    } catch (err) {
      if (signal.aborted || isAbort(err)) return;
      const code = recoveryError(err);
      // An expired set can't be confirmed any more: only a new one helps.
      if (code === 'expired')
        this.go({ at: 'error', code, during: 'confirm' }, '[part=error] [tabindex]');
      else this.go({ ...step, confirming: false, error: code }, '[part=error] [tabindex]');
    }
  }

  /** Back to the counts without a change (Cancel, a cancelled approval, Back). */
  private leave(): void {
    this.run?.abort();
    this.approval.clear();
    const text = this.t.nothingChanged;
    this.notice = { text, ok: false };
    this.go({ at: 'status' }, '.status-action', text);
    if (!this.status) void this.refresh(true);
  }

  private async copy(codes: string[]): Promise<void> {
    const t = this.t;
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      this.feedback = this.said = t.copied;
    } catch {
      this.feedback = this.said = t.copyFailed;
    }
  }

  private sheet(codes: string[]): [string, string, string[]] {
    const t = this.t;
    const date = new Intl.DateTimeFormat(this.locale.lang, { dateStyle: 'long' }).format(
      new Date(),
    );
    return [t.sheetTitle(location.host), t.sheetNote(date), codes];
  }

  // Inside <two-factor-register>'s shadow root, the page's observer of \`lang\` can't see a
  // change of this element's own \`lang\`: it is watched here.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.locale.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run?.abort();
    this.step = { at: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) void this.refresh();
    const lang = this.locale.lang;
    if (lang !== this.wordsLang) {
      this.wordsLang = lang;
      const key = lang.toLowerCase().split('-')[0];
      void (Object.hasOwn(shipped, key) ? shipped[key]() : Promise.reject(new Error()))
        .then(
          (m) => m.default,
          () => undefined,
        )
        .then((w) => {
          if (this.wordsLang === lang) ((this.words = w), this.requestUpdate());
        });
    }
  }

  protected override updated(): void {
    const sel = this.focusNext;
    if (!sel) return;
    this.focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    const target = root.querySelector<HTMLElement>(sel);
    // Only when focus is ours to move: inside this element, or lost to <body>.
    const active = document.activeElement;
    if (target && (root.activeElement || !active || active === document.body)) target.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<section
      part="base"
      class=${this.embedded ? 'plain' : 'card'}
      aria-labelledby="heading"
      dir=${this.locale.dir}
      lang=${this.locale.lang}
    >
      <h2 part="heading" id="heading">${t.heading}</h2>
      <p class="muted intro">${t.intro}</p>
      <div part="status" class="sr-only" role="status">${this.said}</div>
      ${this.renderStep()}
    </section>`;
  }

  private renderStep(): TemplateResult {
    const t = this.t;
    const step = this.step;
    switch (step.at) {
      case 'loading':
      case 'preparing':
      case 'generating':
        return html`<div class="waiting" tabindex="-1">
          <span class="spinner" aria-hidden="true"></span>${
            step.at === 'loading' ? t.loading : step.at === 'preparing' ? t.preparing : t.generating
          }
        </div>`;
      case 'status':
        return this.renderStatus();
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
        return this.renderError(step);
    }
  }

  private renderStatus(): TemplateResult {
    const t = this.t;
    const s = this.status;
    const n = this.notice;
    // Announced by the live region; shown here, and focusable so focus lands on it after Done.
    const notice = n
      ? html`<p class="notice ${n.ok ? 'ok' : ''}" tabindex="-1">
          ${n.ok ? checkIcon : nothing}<span>${n.text}</span>
        </p>`
      : nothing;
    if (!s?.configured)
      return html`${notice}
        <div class="status">
          <p class="count" data-focus tabindex="-1">${t.notSetUp}</p>
          <p class="muted">${t.notSetUpBody}</p>
        </div>
        <div class="actions">
          <button part="button" class="primary status-action" @click=${() => void this.generate()}>
            ${t.generate}
          </button>
        </div>`;
    const low = s.remaining <= 2;
    return html`${notice}
      <div class="status">
        <p class="count ${low ? 'low' : ''}" data-focus tabindex="-1">
          ${t.remaining(s.remaining, s.total)}
        </p>
        ${low ? html`<p class="warn">${t.low}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          part="button"
          class="secondary status-action"
          @click=${() => this.go({ at: 'replace' }, '#replace-title')}
        >
          ${t.regenerate}
        </button>
      </div>`;
  }

  private renderApproval(): TemplateResult {
    const t = this.t;
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
    const t = this.t;
    const codes = step.set.codes;
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
            download(this.renderRoot as ShadowRoot, t.fileName, sheetText(title, note, codes));
            this.feedback = this.said = t.downloaded;
          }}
        >
          ${t.download}
        </button>
        <button
          part="button"
          class="secondary"
          @click=${() => print(this.renderRoot as ShadowRoot, ...this.sheet(codes))}
        >
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
          }}
        />
        <label for="saved">${t.saved}</label>
      </div>
      ${step.missing ? html`<p class="field-error" id="saved-missing">${t.savedMissing}</p>` : nothing}
      ${step.error ? this.renderError({ at: 'error', code: step.error, during: 'confirm' }) : nothing}
      <p class="muted keep">${this.status?.configured ? t.keepsOld : t.notSavedYet}</p>
      <div class="actions">
        <button
          part="button"
          class="primary"
          aria-disabled=${step.confirming ? 'true' : nothing}
          @click=${() => void this.confirm()}
        >
          ${step.confirming ? html`<span class="spinner small" aria-hidden="true"></span>${t.confirming}` : t.done}
        </button>
        <button part="button" class="secondary" @click=${() => this.leave()}>${t.cancel}</button>
      </div>
    </div>`;
  }

  private renderError(step: Extract<Step, { at: 'error' }>): TemplateResult {
    const t = this.t;
    const e = t.errors[step.code];
    // Done failed with the codes still on screen: the way forward is Done again, below it.
    if (this.step.at === 'codes')
      return errorBlock({ title: e.title, body: e.body, code: step.code, level: 3 });
    const retry =
      step.during === 'status' ? () => void this.refresh(true) : () => void this.generate();
    return errorBlock({
      title: e.title,
      body: e.body,
      code: step.code,
      level: 3,
      actions: html`<button part="button" class="primary" @click=${retry}>
          ${step.code === 'expired' ? t.generate : t.retry}
        </button>
        ${
          step.during === 'status'
            ? nothing
            : html`<button part="button" class="secondary" @click=${() => this.leave()}>
                ${t.back}
              </button>`
        }`,
    });
  }
}
