import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  AuthenticationResponseJSON,
  PasskeyAction,
  PasskeyAdapter,
  TotpSetup,
  TotpStatus,
} from '../../adapter.js';
import { checkName, isolate } from '../../device-name.js';
import { styles as card } from '../../internal/card.styles.js';
import { errorBlock, heading, headingLevel } from '../../internal/error-block.js';
import type { HeadingLevel } from '../../internal/error-block.js';
import { callWithTimeout, errorCode, isCeremonyCode } from '../../internal/errors.js';
import type { PasskeyErrorCode } from '../../internal/errors.js';
import { alertIcon } from '../../internal/icon.js';
import type * as Approval from '../../internal/approval.js';
import { TwoFactorTotpAddedEvent, TwoFactorTotpRemovedEvent } from './events.js';
import { TotpLocaleController } from './locale.js';
import { groupsOfFour, parseTotpSetup, parseTotpStatus } from './otpauth.js';
import type { OtpauthKey } from './otpauth.js';
import { enTotp } from './strings.js';
import type { TotpErrorKey, TotpNotice, TwoFactorTotpStrings } from './strings.js';
import { appIcon, checkIcon } from './icons.js';
import { styles } from './two-factor-totp.styles.js';

/** The steps of the authenticator tab. */
export type TotpStep = TotpState['step'];

type TotpState =
  | { step: 'loading' }
  | { step: 'off'; notice?: TotpNotice }
  | { step: 'starting' }
  | { step: 'approving'; action: 'totp-setup' | 'totp-remove' }
  | {
      step: 'scan';
      setup: TotpSetup;
      key: OtpauthKey;
      busy?: boolean;
      /** The code field's problem: not the app's digits, or not accepted by the server. */
      problem?: 'format' | 'invalid-code';
      nameProblem?: 'too-long' | 'forbidden-characters';
      /** A failure that keeps the setup (too many attempts, the network). */
      error?: TotpErrorKey;
    }
  | { step: 'added'; status: TotpStatus; name?: string }
  | { step: 'on'; status: TotpStatus; notice?: TotpNotice }
  | { step: 'confirm-remove'; status: TotpStatus }
  | { step: 'removing' }
  | { step: 'error'; key: TotpErrorKey; code: PasskeyErrorCode; again: () => void };

const ERROR_KEYS: readonly string[] = [
  'network',
  'server',
  'invalid-response',
  'unauthenticated',
  'forbidden',
  'expired',
  'rate-limited',
  'invalid-code',
  'no-adapter',
] satisfies TotpErrorKey[];

/** The adapter lacks the method a step needs. */
class Missing extends Error {}
const missing = (): never => {
  throw new Missing();
};

/** The approval code (and WebAuthn with it) loads only when the RP asks for an approval. */
const loadApproval = () => import('../../internal/approval.js');
const loadQr = () => import('../../passkey-qr/define.js');

/**
 * The authenticator-app (TOTP, RFC 6238) tab of `<two-factor-register>`, usable on its own:
 * shows whether an app is set up, sets one up (QR code and key, then a code from the app) and
 * removes it, with an existing passkey's approval when the adapter asks for one.
 *
 * @summary Set up or remove an authenticator app.
 * @tag two-factor-totp
 *
 * @fires {TwoFactorTotpAddedEvent} two-factor-totp-added - An app was verified and stored; `event.detail.name` is its name, if given.
 * @fires {TwoFactorTotpRemovedEvent} two-factor-totp-removed - The app was removed.
 *
 * @csspart base - The card (no chrome when `embedded`).
 * @csspart heading - Each step's heading.
 * @csspart input - The code and name fields.
 * @csspart button - Primary and secondary buttons.
 * @csspart status - The live region announcing progress (visually hidden).
 * @csspart error - The error box.
 * @csspart notice - The calm line after a change (not an error).
 * @csspart qr - The QR code (a `<passkey-qr>`).
 * @csspart secret - The key, in groups of four.
 *
 * @cssproperty --passkey-accent - Buttons, links, icons and the spinner.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders of the card, and dividers.
 * @cssproperty --passkey-danger - Error text and borders, and Remove.
 * @cssproperty --passkey-focus-ring - Focus outlines.
 * @cssproperty --passkey-radius - The card's corner radius.
 */
export class TwoFactorTotp extends LitElement {
  static override styles = [card, styles];

  /** The bridge to your server; the tab needs `totpStatus`, `startTotp`, `verifyTotp`, `removeTotp`. */
  @property({ attribute: false }) adapter?: PasskeyAdapter;

  /** Inside `<two-factor-register>`'s panel: no card around it. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the English strings. */
  @property({ attribute: false }) strings: Partial<TwoFactorTotpStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  @property({ type: Number, attribute: 'adapter-timeout' }) adapterTimeout = 30_000;

  /** The level (2–6) of the steps' headings; anything else means 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;

  private readonly locale = new TotpLocaleController(this);
  private state: TotpState = { step: 'loading' };
  private run?: AbortController;
  private approver?: Approval.ApprovalController;
  private focusOn?: 'heading' | 'code' | 'name';
  private hadFocus = false;
  private code = '';
  private appName = '';
  private copied = false;
  private qrFailed = false;

  /** The current step. */
  get step(): TotpStep {
    return this.state.step;
  }

  private get t(): TwoFactorTotpStrings {
    return { ...enTotp, ...this.locale.locale?.totp, ...this.strings };
  }

  private get level(): HeadingLevel {
    return headingLevel(this.headingLevel);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.run?.abort();
    this.approver?.clear();
    this.state = { step: 'loading' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new adapter starts again from its status.
    if (changed.has('adapter') && changed.get('adapter') !== undefined) void this.load();
  }

  /** Ends the running step (its replies are ignored from now on) and starts a new one. */
  private begin(): AbortSignal {
    this.run?.abort();
    this.approver?.clear();
    this.run = new AbortController();
    return this.run.signal;
  }

  private go(next: TotpState, focus: false | 'heading' | 'code' | 'name' = 'heading'): void {
    if (next.step !== this.state.step) this.copied = false;
    this.state = next;
    if (focus) this.focusOn = focus;
    this.requestUpdate();
  }

  private call<T>(signal: AbortSignal, fn: (a: PasskeyAdapter, s: AbortSignal) => Promise<T>) {
    const adapter = this.adapter;
    if (!adapter) return Promise.reject(new Missing());
    return callWithTimeout(signal, this.adapterTimeout, (s) => fn(adapter, s));
  }

  /**
   * Asks the adapter whether `action` needs an existing passkey's approval, and when it does,
   * waits for the user to give it (Confirm with passkey). Resolves undefined when none is needed.
   */
  private async approval(
    action: PasskeyAction & { type: 'totp-setup' | 'totp-remove' },
    signal: AbortSignal,
  ): Promise<AuthenticationResponseJSON | undefined> {
    const adapter = this.adapter;
    if (!adapter?.approvalOptions) return undefined;
    const m = await loadApproval();
    const options = await m.approvalOptionsFor(adapter, action, signal, this.adapterTimeout);
    if (!options || signal.aborted) return undefined;
    this.approver ??= new m.ApprovalController(this, () => this.requestUpdate());
    const approver = this.approver;
    return new Promise((approved, failed) => {
      approver.request(options, { approved, failed });
      this.go({ step: 'approving', action: action.type });
    });
  }

  /** Reads the status: the app set up (`on`) or not (`off`). */
  private async load(notice?: TotpNotice, focus: false | 'heading' = false): Promise<void> {
    const signal = this.begin();
    this.go({ step: 'loading' }, focus);
    try {
      const raw = await this.call(signal, (a, s) => (a.totpStatus ? a.totpStatus(s) : missing()));
      if (signal.aborted) return;
      const status = parseTotpStatus(raw);
      this.go(status.configured ? { step: 'on', status, notice } : { step: 'off', notice }, focus);
    } catch (err) {
      this.fail(signal, err, () => void this.load(undefined, 'heading'));
    }
  }

  private async setUp(): Promise<void> {
    const signal = this.begin();
    this.go({ step: 'starting' });
    try {
      const approval = await this.approval({ type: 'totp-setup' }, signal);
      if (signal.aborted) return;
      if (approval) this.go({ step: 'starting' });
      const raw = await this.call(signal, (a, s) =>
        a.startTotp ? a.startTotp(approval ? { approval } : {}, s) : missing(),
      );
      if (signal.aborted) return;
      const { setup, key } = parseTotpSetup(raw);
      this.approver?.clear();
      this.code = this.appName = '';
      this.qrFailed = false;
      this.go({ step: 'scan', setup, key });
    } catch (err) {
      this.fail(signal, err, () => void this.setUp(), { step: 'off' });
    }
  }

  private async verify(s: TotpState & { step: 'scan' }): Promise<void> {
    if (s.busy) return;
    // Pasted with spaces or a dash, or typed as full-width digits: the digits are what count.
    const code = this.code.normalize('NFKC').replace(/[\s-]/g, '');
    const checked = checkName(this.appName);
    const nameProblem = checked.problem === 'empty' ? undefined : checked.problem;
    const problem = code.length === s.key.digits && /^\d+$/.test(code) ? undefined : 'format';
    if (problem || nameProblem) {
      this.go({ ...s, problem, nameProblem, error: undefined }, problem ? 'code' : 'name');
      return;
    }
    const name = checked.problem ? undefined : checked.name;
    const signal = this.begin();
    this.go(
      { ...s, busy: true, problem: undefined, nameProblem: undefined, error: undefined },
      false,
    );
    try {
      const raw = await this.call(signal, (a, sig) =>
        a.verifyTotp
          ? a.verifyTotp({ id: s.setup.id, code, ...(name ? { name } : {}) }, sig)
          : missing(),
      );
      if (signal.aborted) return;
      const status = parseTotpStatus(raw);
      if (!status.configured) throw new Missing();
      this.go({ step: 'added', status, name });
      this.dispatchEvent(new TwoFactorTotpAddedEvent(name));
    } catch (err) {
      if (signal.aborted) return;
      const c = err instanceof Missing ? 'no-adapter' : errorCode(err);
      if (c === 'invalid-code') {
        this.code = '';
        this.go({ ...s, busy: false, problem: 'invalid-code' }, 'code');
      } else if (c === 'conflict') {
        void this.load('already-set-up', 'heading');
      } else if (c === 'expired' || c === 'no-adapter') {
        this.fail(signal, err, () => void this.setUp(), { step: 'off' });
      } else {
        // The setup still stands: the user can send a code again once the cause is gone.
        this.go({ ...s, busy: false, error: errorKey(c) }, 'code');
      }
    }
  }

  private async removeApp(status: TotpStatus): Promise<void> {
    const signal = this.begin();
    this.go({ step: 'removing' });
    try {
      const approval = await this.approval({ type: 'totp-remove' }, signal);
      if (signal.aborted) return;
      if (approval) this.go({ step: 'removing' });
      await this.call(signal, (a, s) => (a.removeTotp ? a.removeTotp(approval, s) : missing()));
      if (signal.aborted) return;
      this.approver?.clear();
      this.go({ step: 'off', notice: 'removed' });
      this.dispatchEvent(new TwoFactorTotpRemovedEvent());
    } catch (err) {
      this.fail(signal, err, () => void this.removeApp(status), { step: 'on', status });
    }
  }

  /**
   * A step failed: a cancelled approval goes back calmly to `back` (nothing changed); an app
   * already set up shows it; anything else is an error step whose button runs `again`.
   */
  private fail(signal: AbortSignal, err: unknown, again: () => void, back?: TotpState): void {
    if (signal.aborted) return;
    this.approver?.clear();
    const code: PasskeyErrorCode = err instanceof Missing ? 'no-adapter' : errorCode(err);
    if (code === 'cancelled' && back) return this.go({ ...back, notice: 'cancelled' } as TotpState);
    if (code === 'conflict') return void this.load('already-set-up', 'heading');
    this.go({ step: 'error', key: errorKey(code), code, again });
  }

  /** Cancel: a waiting approval (its prompt closes), or a setup being started. */
  private cancel(): void {
    const s = this.state;
    if (s.step === 'approving') {
      this.approver?.cancel();
    } else if (s.step === 'starting') {
      this.run?.abort();
      this.go({ step: 'off', notice: 'cancelled' });
    } else if (s.step === 'scan') {
      // Nothing is stored until a code verifies; the setup expires on the server.
      this.run?.abort();
      this.go({ step: 'off', notice: 'cancelled' });
    }
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (this.step === 'approving' || this.step === 'starting')) {
      e.preventDefault();
      this.cancel();
    }
  };

  private async copy(secret: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      this.copied = true;
      this.requestUpdate();
    } catch {
      // No clipboard permission: select the key so the user can copy it themselves.
      const text = this.renderRoot.querySelector('.secret');
      if (text) getSelection()?.selectAllChildren(text);
    }
  }

  protected override update(changed: PropertyValues): void {
    this.hadFocus = Boolean(this.shadowRoot?.activeElement);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const target = this.focusOn;
    this.focusOn = undefined;
    const find = (sel: string) => root.querySelector<HTMLElement>(sel);
    if (target)
      (find(target === 'heading' ? '.heading' : `#${target}`) ?? find('.heading'))?.focus();
    // The focused control went away (a busy button replaced): the heading takes focus, never <body>.
    else if (this.hadFocus && !root.activeElement) find('.heading')?.focus();
    if (this.state.step === 'scan' && !customElements.get('passkey-qr')) {
      loadQr().catch(() => {
        // No QR code: the key, typed by hand, still works; show it open.
        this.qrFailed = true;
        this.requestUpdate();
      });
    }
  }

  protected override render(): TemplateResult {
    const s = this.state;
    return html`<div part="base" class="card" dir=${this.locale.dir} lang=${this.locale.lang}>
      <div part="status" class="sr-only" role="status" aria-live="polite">
        ${this.copied ? this.t.copied : this.announcement(s)}
      </div>
      ${this.view(s)}
    </div>`;
  }

  private announcement(s: TotpState): string {
    const t = this.t;
    switch (s.step) {
      case 'loading':
        return t.loading;
      case 'starting':
        return t.starting;
      case 'removing':
        return t.removing;
      case 'approving':
        return this.approver?.busy ? t.approvingWait : t.approvingHeading;
      case 'scan':
        // Field errors and failures speak through their own role="alert".
        return s.busy ? t.verifying : s.problem || s.error ? '' : t.scanHeading;
      case 'added':
        return t.addedHeading;
      case 'confirm-remove':
        return t.removeHeading;
      case 'off':
      case 'on':
        return s.notice ? t.notices[s.notice] : '';
      default:
        return '';
    }
  }

  private view(s: TotpState): TemplateResult {
    const t = this.t;
    switch (s.step) {
      case 'loading':
        return this.busy(t.loading);
      case 'starting':
        return this.busy(t.starting, true);
      case 'removing':
        return this.busy(t.removing);
      case 'approving':
        return this.approving(s.action);
      case 'off':
        return html`${heading(this.level, t.heading)} ${this.notice(s.notice)}
          <p>${t.offBody}</p>
          <div class="actions">${this.button(t.setUp, () => void this.setUp(), 'primary')}</div>`;
      case 'scan':
        return this.scan(s);
      case 'added':
        return html`<div class="success">
          <span class="result-icon">${checkIcon}</span>
          ${heading(this.level, t.addedHeading)}
          <p>${s.name ? t.addedBodyNamed(isolate(s.name)) : t.addedBody}</p>
          <div class="actions">
            ${this.button(t.done, () => this.go({ step: 'on', status: s.status }))}
          </div>
        </div>`;
      case 'on':
        return this.configured(s.status, s.notice);
      case 'confirm-remove':
        return html`${heading(this.level, t.removeHeading)}
          <p>${t.removeBody}</p>
          <div class="actions">
            ${this.button(t.removeConfirm, () => void this.removeApp(s.status), 'primary danger')}
            ${this.button(t.cancel, () => this.go({ step: 'on', status: s.status, notice: 'cancelled' }))}
          </div>`;
      case 'error': {
        const e = t.errors[s.key];
        const again = s.key === 'expired' ? t.startAgain : t.tryAgain;
        return html`<div class="error">
          ${errorBlock({ title: e.title, body: e.body, code: s.code, level: this.level })}
          <div class="actions">
            ${s.key === 'no-adapter' ? nothing : this.button(again, s.again, 'primary')}
            ${this.button(t.back, () => void this.load(undefined, 'heading'))}
          </div>
        </div>`;
      }
    }
  }

  private button(label: string, click: () => void, cls = 'secondary'): TemplateResult {
    return html`<button part="button" type="button" class=${cls} @click=${click}>${label}</button>`;
  }

  private notice(notice?: TotpNotice): TemplateResult | typeof nothing {
    return notice ? html`<p class="calm" part="notice">${this.t.notices[notice]}</p>` : nothing;
  }

  private busy(title: string, cancellable = false): TemplateResult {
    return html`${heading(this.level, title)}
      <div class="waiting"><span class="spinner" aria-hidden="true"></span></div>
      ${cancellable ? html`<div class="actions">${this.button(this.t.cancel, () => this.cancel())}</div>` : nothing}`;
  }

  private approving(action: 'totp-setup' | 'totp-remove'): TemplateResult {
    const t = this.t;
    const busy = Boolean(this.approver?.busy);
    return html`${heading(this.level, t.approvingHeading)}
      <p>${t.approvingBody[action]}</p>
      ${
        busy
          ? html`<div class="waiting">
              <span class="spinner" aria-hidden="true"></span>${t.approvingWait}
            </div>`
          : nothing
      }
      <div class="actions">
        <button
          part="button"
          type="button"
          class="primary"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.approver?.approve()}
        >
          ${t.approve}
        </button>
        ${this.button(t.cancel, () => this.cancel())}
      </div>`;
  }

  private configured(status: TotpStatus, notice?: TotpNotice): TemplateResult {
    const t = this.t;
    return html`${heading(this.level, t.heading)} ${this.notice(notice)}
      <p class="muted">${t.onBody}</p>
      <div class="app">
        <span class="app-icon">${appIcon}</span>
        <div class="app-text">
          <span class="app-name">${status.name ? isolate(status.name) : t.unnamed}</span>
          ${
            status.createdAt
              ? html`<span class="muted">${t.addedOn(this.date(status.createdAt))}</span>`
              : nothing
          }
        </div>
        ${this.button(t.remove, () => this.go({ step: 'confirm-remove', status }), 'secondary danger')}
      </div>`;
  }

  private date(iso: string): string {
    const date = new Date(iso);
    try {
      return new Intl.DateTimeFormat(this.locale.lang, { dateStyle: 'medium' }).format(date);
    } catch {
      // A `lang` that is no valid language tag.
      return new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(date);
    }
  }

  private scan(s: TotpState & { step: 'scan' }): TemplateResult {
    const t = this.t;
    const { key } = s;
    const account = key.issuer
      ? `${isolate(key.issuer)} (${isolate(key.account)})`
      : isolate(key.account);
    const codeError =
      s.problem === 'invalid-code'
        ? `${t.errors['invalid-code'].title}. ${t.errors['invalid-code'].body}`
        : s.problem
          ? t.codeProblem(key.digits)
          : undefined;
    const error = s.error ? t.errors[s.error] : undefined;
    return html`${heading(this.level, t.scanHeading)}
      <ol class="steps">
        ${t.scanSteps.map((step) => html`<li>${step}</li>`)}
      </ol>
      <div class="scan">
        <passkey-qr part="qr" .value=${key.uri} label=${t.qrLabel}></passkey-qr>
        <div class="key">
          <p class="account">${t.account(account)}</p>
          <details class="manual" ?open=${this.qrFailed}>
            <summary>${t.manualSummary}</summary>
            <p class="muted">${t.manualBody}</p>
            <p class="secret" part="secret" dir="ltr">
              ${groupsOfFour(key.secret).map((g) => html`<span>${g}</span> `)}
            </p>
            <p class="muted">${t.keyDetails(key.digits)}</p>
            ${this.button(t.copy, () => void this.copy(key.secret))}
          </details>
        </div>
      </div>
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.verify(s);
        }}
      >
        ${error ? errorBlock({ title: error.title, body: error.body, code: s.error }) : nothing}
        <label for="code">${t.codeLabel}</label>
        <input
          id="code"
          part="input"
          class="code"
          name="one-time-code"
          inputmode="numeric"
          autocomplete="one-time-code"
          spellcheck="false"
          dir="ltr"
          .value=${this.code}
          aria-invalid=${codeError ? 'true' : 'false'}
          aria-describedby=${codeError ? 'code-error code-hint' : 'code-hint'}
          @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)}
        />
        ${
          codeError
            ? html`<p id="code-error" class="field-error" role="alert" data-code=${s.problem!}>
                ${alertIcon}<span>${codeError}</span>
              </p>`
            : nothing
        }
        <p id="code-hint" class="hint muted">${t.codeHint(key.digits)}</p>
        <label for="name">${t.nameLabel}</label>
        <input
          id="name"
          part="input"
          name="app-name"
          autocomplete="off"
          .value=${this.appName}
          aria-invalid=${s.nameProblem ? 'true' : 'false'}
          aria-describedby=${s.nameProblem ? 'name-error name-hint' : 'name-hint'}
          @input=${(e: Event) => (this.appName = (e.target as HTMLInputElement).value)}
        />
        ${
          s.nameProblem
            ? html`<p id="name-error" class="field-error" role="alert">
                ${alertIcon}${t.nameProblems[s.nameProblem]}
              </p>`
            : nothing
        }
        <p id="name-hint" class="hint muted">${t.nameHint}</p>
        <div class="actions">
          <button
            part="button"
            type="submit"
            class="primary"
            aria-disabled=${s.busy ? 'true' : 'false'}
          >
            ${s.busy ? html`<span class="spinner small" aria-hidden="true"></span>` : nothing}${t.verify}
          </button>
          ${this.button(t.cancel, () => this.cancel())}
        </div>
      </form>`;
  }
}

function errorKey(code: PasskeyErrorCode): TotpErrorKey {
  if (ERROR_KEYS.includes(code)) return code as TotpErrorKey;
  // The approval's ceremony failed, or the server refused the signature.
  if (isCeremonyCode(code) || code === 'rejected') return 'approval';
  return 'server';
}
