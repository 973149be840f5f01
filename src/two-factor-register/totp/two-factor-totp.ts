import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { PasskeyAdapter, TotpStatus } from '../../adapter.js';
import { isolate } from '../../device-name.js';
import { styles as card, stateStyles } from '../../internal/card.styles.js';
import { errorBlock, heading, headingLevel } from '../../internal/error-block.js';
import { icon } from '../../internal/icon.js';
import type { HeadingLevel } from '../../internal/error-block.js';
import { callWithTimeout, errorCode, isCeremonyCode } from '../../internal/errors.js';
import type { PasskeyErrorCode } from '../../internal/errors.js';
import { LazyController, once } from '../../internal/lazy.js';
import { TotpLocaleController } from './locale.js';
import { parseTotpStatus } from './status.js';
import type * as Setup from './setup.js';
import type { TotpContext, TotpFocus, TotpState, TotpStep } from './state.js';
import { enTotp } from './strings.js';
import type { TotpErrorKey, TotpNotice, TwoFactorTotpStrings } from './strings.js';
import { styles } from './two-factor-totp.styles.js';

export type { TotpStep } from './state.js';

/** Setting up and removing, with the approval: one chunk, loaded on the first sign of intent. */
const loadSetup = once(() => import('./setup.js'));
const loadQr = () => import('../../passkey-qr/define.js');

/** A phone showing a code. */
const appIcon = icon(svg`<rect x="6.5" y="2.75" width="11" height="18.5" rx="2.5"/>
  <path d="M9.5 10.5h1M11.5 10.5h1M13.5 10.5h1M10.5 18h3"/>`);

/** The adapter lacks the method a step needs. */
class Missing extends Error {}

function errorKey(code: PasskeyErrorCode): TotpErrorKey {
  if (Object.hasOwn(enTotp.errors, code) || /^(expired|rate-limited|invalid-code)$/.test(code))
    return code as TotpErrorKey;
  // The approval's ceremony failed, or the server refused the signature.
  if (isCeremonyCode(code) || code === 'rejected') return 'approval';
  return 'server';
}

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
 * @cssproperty --passkey-surface-raised - The app's icon and the calm line.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders of the card, and dividers.
 * @cssproperty --passkey-border-strong - Field borders (at least 3:1 against the surface).
 * @cssproperty --passkey-danger - Error text and borders, and Remove.
 * @cssproperty --passkey-success - The success icon.
 * @cssproperty --passkey-focus-ring - Focus outlines.
 * @cssproperty --passkey-radius - The card's corner radius.
 * @cssproperty --passkey-radius-control - Buttons' and fields' corner radius.
 * @cssproperty --passkey-space-xs - Spacing scale, smallest step.
 * @cssproperty --passkey-space-s - Spacing scale, small step.
 * @cssproperty --passkey-space-m - Spacing scale, medium step.
 * @cssproperty --passkey-space-l - Spacing scale, large step (card padding).
 */
export class TwoFactorTotp extends LitElement {
  static override styles = [card, stateStyles, styles];
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    embedded: { type: Boolean, reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    adapterTimeout: { type: Number, attribute: 'adapter-timeout' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The bridge to your server; the tab needs `totpStatus`, `startTotp`, `verifyTotp`, `removeTotp`. */
  adapter?: PasskeyAdapter;

  /** Inside `<two-factor-register>`'s panel: no card around it. */
  embedded = false;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the English strings. */
  strings: Partial<TwoFactorTotpStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  adapterTimeout = 30_000;

  /** The level (2–6) of the steps' headings; anything else means 2. */
  headingLevel: number = 2;

  private readonly locale = new TotpLocaleController(this);
  private state: TotpState = { step: 'loading' };
  private run?: AbortController;
  private focusOn?: TotpFocus;
  private hadFocus = false;

  private readonly lazy = new LazyController<typeof Setup, typeof Setup>(this, {
    load: loadSetup,
    build: (m) => m,
    styles: (m) => m.setupStyles,
    failed: () =>
      this.go({ step: 'error', key: 'network', code: 'network', again: () => this.lazy.retry() }),
  });

  // Shared with the setup chunk (see TotpContext), which also keeps the scan step's fields here.
  private approver?: TotpContext['approver'];

  /** This element, as the setup chunk sees it. */
  private get ctx(): TotpContext {
    return this as unknown as TotpContext;
  }

  /** The current step. */
  get step(): TotpStep {
    return this.state.step;
  }

  private get t(): TwoFactorTotpStrings {
    return {
      ...enTotp,
      ...this.lazy.value?.enTotpSetup,
      ...this.locale.locale?.totp,
      ...this.strings,
    } as TwoFactorTotpStrings;
  }

  private get level(): HeadingLevel {
    return headingLevel(this.headingLevel);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.begin();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.hadFocus = Boolean(this.shadowRoot?.activeElement);
    // Another adapter: start again from its status.
    if (changed.has('adapter') && changed.get('adapter') !== undefined) void this.load();
  }

  private begin(): AbortSignal {
    this.run?.abort();
    this.approver?.clear();
    this.run = new AbortController();
    return this.run.signal;
  }

  private go(next: TotpState, focus: TotpFocus = 'heading'): void {
    if (next.step !== this.state.step) this.ctx.copied = false;
    this.state = next;
    if (focus) this.focusOn = focus;
    this.requestUpdate();
  }

  private call<T>(signal: AbortSignal, fn: (a: PasskeyAdapter, s: AbortSignal) => Promise<T>) {
    const adapter = this.adapter;
    if (!adapter) return Promise.reject(new Missing());
    return callWithTimeout(signal, this.adapterTimeout, (s) => fn(adapter, s));
  }

  /** Reads the status: the app set up (`on`) or not (`off`). */
  private async load(notice?: TotpNotice, focus: TotpFocus = false): Promise<void> {
    const signal = this.begin();
    this.go({ step: 'loading' }, focus);
    try {
      const raw = await this.call(signal, (a, s) =>
        a.totpStatus ? a.totpStatus(s) : this.missing(),
      );
      if (signal.aborted) return;
      const status = this.parseStatus(raw);
      this.go(status.configured ? { step: 'on', status, notice } : { step: 'off', notice }, focus);
    } catch (err) {
      this.fail(signal, err, () => void this.load(undefined, 'heading'));
    }
  }

  /**
   * A step failed: a cancelled approval goes back calmly to `back` (nothing changed); an app
   * already set up shows it; anything else is an error step whose first button runs `again`.
   */
  private fail(signal: AbortSignal, err: unknown, again: () => void, back?: TotpState): void {
    if (signal.aborted) return;
    this.approver?.clear();
    const code: PasskeyErrorCode = err instanceof Missing ? 'no-adapter' : errorCode(err);
    if (code === 'cancelled' && back) return this.go({ ...back, notice: 'cancelled' } as TotpState);
    if (code === 'conflict') return void this.load('already-set-up', 'heading');
    this.go({ step: 'error', key: errorKey(code), code, again });
  }

  /** Runs `then` with the setup chunk, loading it first ("Creating your key…" meanwhile). */
  private withSetup(busy: 'starting' | 'removing', then: (m: typeof Setup) => void): void {
    if (!this.lazy.value) this.go({ step: busy });
    void this.lazy.run(then);
  }

  private cancel(): void {
    if (this.state.step === 'approving') this.approver?.cancel();
    else if (this.state.step === 'starting') {
      this.lazy.reset();
      this.begin();
      this.go({ step: 'off', notice: 'cancelled' });
    }
  }

  /** Escape cancels what waits (Lit calls template listeners with the element as `this`). */
  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && (this.step === 'approving' || this.step === 'starting')) {
      e.preventDefault();
      this.cancel();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const find = (sel: string) => root.querySelector<HTMLElement>(sel);
    const target = this.focusOn;
    this.focusOn = undefined;
    if (target)
      (find(target === 'heading' ? '.heading' : `#${target}`) ?? find('.heading'))?.focus();
    // The focused control went away (a busy button replaced): the heading takes focus, never <body>.
    else if (this.hadFocus && !root.activeElement) find('.heading')?.focus();
    if (this.state.step === 'scan' && !customElements.get('passkey-qr')) {
      loadQr().catch(() => {
        // No QR code: the key, typed by hand, still works; show it.
        this.ctx.qrFailed = true;
        this.requestUpdate();
      });
    }
  }

  protected override render(): TemplateResult {
    const s = this.state;
    const chunk = this.lazy.value;
    return html`<div
      part="base"
      class="card"
      dir=${this.locale.dir}
      lang=${this.locale.lang}
      @keydown=${
        // Lit binds template listeners to the element.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        this.onKeyDown
      }
    >
      <div part="status" class="sr-only" role="status" aria-live="polite">
        ${this.announcement(s) || (chunk ? chunk.announce(this.ctx, s) : '')}
      </div>
      ${this.view(s) ?? chunk?.view(this.ctx, s) ?? nothing}
    </div>`;
  }

  private announcement(s: TotpState): string {
    const t = this.t;
    if (s.step === 'loading') return t.loading;
    if (s.step === 'starting') return t.starting;
    if (s.step === 'removing') return t.removing;
    if (s.step === 'confirm-remove') return t.removeHeading;
    // The calm line after a change; errors speak through their own role="alert".
    if ((s.step === 'off' || s.step === 'on') && s.notice) return t.notices[s.notice];
    return '';
  }

  /** The status views; the setup's come from its chunk. */
  private view(s: TotpState): TemplateResult | undefined {
    const t = this.t;
    switch (s.step) {
      case 'loading':
        return this.busy(t.loading);
      case 'starting':
        return this.busy(t.starting, true);
      case 'removing':
        return this.busy(t.removing);
      case 'off':
        return html`${heading(this.level, t.heading)} ${this.notice(s.notice)}
          <p>${t.offBody}</p>
          <div class="actions">
            ${this.button(t.setUp, () => this.withSetup('starting', (m) => void m.setUp(this.ctx)), 'primary')}
          </div>`;
      case 'on':
        return this.configured(s.status, s.notice);
      case 'confirm-remove':
        return html`${heading(this.level, t.removeHeading)}
          <p>${t.removeBody}</p>
          <div class="actions">
            ${this.button(
              t.removeConfirm,
              () => this.withSetup('removing', (m) => void m.removeApp(this.ctx, s.status)),
              'primary danger',
            )}
            ${this.button(t.cancel, () => this.go({ step: 'on', status: s.status, notice: 'cancelled' }))}
          </div>`;
      case 'error': {
        const e = this.errorText(s.key);
        return html`${errorBlock({ title: e.title, body: e.body, code: s.code, level: this.level })}
          <div class="actions">
            ${
              s.key === 'no-adapter'
                ? nothing
                : this.button(s.key === 'expired' ? t.startAgain : t.tryAgain, s.again, 'primary')
            }
            ${this.button(t.back, () => void this.load(undefined, 'heading'))}
          </div>`;
      }
      default:
        return undefined;
    }
  }

  private parseStatus = parseTotpStatus;

  private missing(): never {
    throw new Missing();
  }

  private errorText(key: TotpErrorKey): { title: string; body: string } {
    const t = this.t;
    // The setup's errors' words come with its chunk, which is what meets them.
    return (
      (t.errors as Record<string, { title: string; body: string }>)[key] ??
      t.setupErrors?.[key as 'expired'] ??
      t.errors.server
    );
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
      ${
        cancellable
          ? html`<div class="actions">${this.button(this.t.cancel, () => this.cancel())}</div>`
          : nothing
      }`;
  }

  private configured(status: TotpStatus, notice?: TotpNotice): TemplateResult {
    const t = this.t;
    let added = '';
    if (status.createdAt) {
      const date = new Date(status.createdAt);
      try {
        added = t.addedOn(
          new Intl.DateTimeFormat(this.locale.lang, { dateStyle: 'medium' }).format(date),
        );
      } catch {
        // A `lang` that is no valid language tag.
        added = t.addedOn(date.toLocaleDateString());
      }
    }
    return html`${heading(this.level, t.heading)} ${this.notice(notice)}
      <p class="muted">${t.onBody}</p>
      <div class="app">
        ${appIcon}
        <div class="app-text">
          <strong>${status.name ? isolate(status.name) : t.unnamed}</strong>
          ${added ? html`<span class="muted">${added}</span>` : nothing}
        </div>
        ${this.button(t.remove, () => this.go({ step: 'confirm-remove', status }), 'secondary danger')}
      </div>`;
  }
}
