import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PasskeyAdapter } from '../adapter.js';
import { styles as cardStyles } from '../internal/card.styles.js';
import { errorBlock } from '../internal/error-block.js';
import { LazyController, once } from '../internal/lazy.js';
import { tabIcons } from './icons.js';
import { TwoFactorLang } from './lang.js';
import { enShell } from './strings.js';
import type { TwoFactorMethod, TwoFactorStrings } from './strings.js';
import { styles } from './two-factor-register.styles.js';

export type { TwoFactorMethod } from './strings.js';

/** Each tab's code, loaded once per page when the tab is first opened. */
const loaders: Record<TwoFactorMethod, () => Promise<unknown>> = {
  passkey: once(() => import('../passkey-credentials/define.js')),
  totp: once(() => import('./totp/define.js')),
  recovery: once(() => import('./recovery/define.js')),
};

/** The adapter methods each tab needs; a tab whose methods are missing is hidden. */
const NEEDS: Record<TwoFactorMethod, (keyof PasskeyAdapter)[]> = {
  passkey: ['registrationOptions', 'verifyRegistration'],
  totp: ['totpStatus', 'startTotp', 'verifyTotp'],
  recovery: ['recoveryCodesStatus', 'generateRecoveryCodes', 'confirmRecoveryCodes'],
};
const KNOWN = Object.keys(NEEDS) as TwoFactorMethod[];

/** Whether the adapter has every method `m` needs; an adapter that throws when read has none. */
function offers(adapter: PasskeyAdapter | undefined, m: TwoFactorMethod): boolean {
  try {
    return Boolean(adapter) && NEEDS[m].every((k) => typeof adapter![k] === 'function');
  } catch {
    return false;
  }
}

/**
 * Every second factor in one card, as tabs: passkeys, an authenticator app, recovery codes. Each
 * tab's code loads when the tab is first opened. Every server call goes through `adapter`.
 *
 * @summary A two-factor registration widget: passkeys, an authenticator app and recovery codes.
 * @tag two-factor-register
 *
 * @fires {PasskeyCredentialChangeEvent} passkey-credential-change - A passkey was added, renamed, turned on or off, or deleted (from the Passkeys tab).
 * @fires {TwoFactorRecoveryCodesGeneratedEvent} two-factor-recovery-codes-generated - A new set of recovery codes was saved; `event.detail.total` says how many (never the codes).
 *
 * @csspart base - The card around everything.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab's panel.
 * @csspart error - A tab that could not load.
 *
 * @cssproperty --passkey-accent - The selected tab, buttons, links and icons.
 * @cssproperty --passkey-accent-text - Text on accent-coloured buttons.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-surface-raised - Hovered tabs and rows, icon backgrounds.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text and tabs not selected.
 * @cssproperty --passkey-border - Borders and dividers.
 * @cssproperty --passkey-border-strong - Field borders (at least 3:1 against the surface).
 * @cssproperty --passkey-danger - Error text and borders.
 * @cssproperty --passkey-danger-surface - The error box background.
 * @cssproperty --passkey-success - Confirmations.
 * @cssproperty --passkey-focus-ring - Focus outlines.
 * @cssproperty --passkey-radius - The card's corner radius.
 * @cssproperty --passkey-radius-control - Buttons' and fields' corner radius.
 * @cssproperty --passkey-space-xs - Spacing scale, smallest step.
 * @cssproperty --passkey-space-s - Spacing scale, small step.
 * @cssproperty --passkey-space-m - Spacing scale, medium step.
 * @cssproperty --passkey-space-l - Spacing scale, large step (card padding).
 * @cssproperty --passkey-space-xl - Spacing scale, largest step.
 * @cssproperty --passkey-font-family - The font stack.
 * @cssproperty --passkey-font-size - Body text size.
 * @cssproperty --passkey-font-size-small - Tabs, hints and descriptions.
 * @cssproperty --passkey-font-size-heading - Headings.
 * @cssproperty --passkey-shadow - The card's shadow.
 */
export class TwoFactorRegister extends LitElement {
  static override styles = [cardStyles, styles];

  /** The bridge to your server: passkey methods, and those of the authenticator app and recovery codes. */
  @property({ attribute: false }) adapter?: PasskeyAdapter;

  /**
   * Which tabs to show, in this order, separated by spaces: `passkey`, `totp`, `recovery`. A tab
   * whose adapter methods are missing is hidden.
   */
  @property() methods = 'passkey totp recovery';

  /** The open tab (one of `methods`); the first shown when unset or hidden. */
  @property({ reflect: true }) selected?: TwoFactorMethod;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the shell's English strings. */
  @property({ attribute: false }) strings: Partial<TwoFactorStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  @property({ type: Number, attribute: 'adapter-timeout' }) adapterTimeout = 30_000;

  /** Tabs opened so far: their panels stay rendered (hidden), so work in progress survives a switch. */
  @state() private opened: TwoFactorMethod[] = [];

  private readonly locale = new TwoFactorLang(this);
  private readonly tabCode = Object.fromEntries(
    KNOWN.map((m) => [
      m,
      new LazyController(this, { load: loaders[m], build: () => true, intent: false }),
    ]),
  ) as Record<TwoFactorMethod, LazyController<unknown, boolean>>;

  private get t(): TwoFactorStrings {
    return { ...enShell, ...this.locale.locale?.shell, ...this.strings };
  }

  /** The tabs shown, in order. */
  get shown(): TwoFactorMethod[] {
    const list = (this.methods ?? '')
      .split(/\s+/)
      .filter((m): m is TwoFactorMethod => KNOWN.includes(m as TwoFactorMethod));
    return [...new Set(list)].filter((m) => offers(this.adapter, m));
  }

  /** The open tab: `selected` when it is shown, else the first shown. */
  private get current(): TwoFactorMethod | undefined {
    const shown = this.shown;
    return this.selected && shown.includes(this.selected) ? this.selected : shown[0];
  }

  protected override willUpdate(_: PropertyValues<this>): void {
    const m = this.current;
    if (m && !this.opened.includes(m)) {
      this.opened = [...this.opened, m];
      void this.tabCode[m].run(() => undefined);
    }
  }

  private select(m: TwoFactorMethod, focus: boolean): void {
    this.selected = m;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${m}`)?.focus(),
      );
  }

  private onKeydown(e: KeyboardEvent): void {
    const shown = this.shown;
    const at = shown.indexOf(this.current!);
    const step = this.locale.dir === 'rtl' ? -1 : 1;
    const to: Record<string, number> = {
      ArrowRight: at + step,
      ArrowLeft: at - step,
      Home: 0,
      End: shown.length - 1,
    };
    if (!(e.key in to) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    this.select(shown[(to[e.key] + shown.length) % shown.length], true);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const shown = this.shown;
    const current = this.current;
    return html`<section part="base" class="card" dir=${this.locale.dir} lang=${this.locale.lang}>
      ${
        shown.length
          ? html`<div
              part="tablist"
              class="tabs"
              role="tablist"
              aria-label=${t.tablist}
              @keydown=${this.onKeydown}
            >
              ${shown.map(
                (m) =>
                  html`<button
                    part="tab"
                    class="tab"
                    role="tab"
                    id="tab-${m}"
                    aria-selected=${m === current ? 'true' : 'false'}
                    aria-controls="panel-${m}"
                    tabindex=${m === current ? 0 : -1}
                    @click=${() => this.select(m, false)}
                  >
                    ${tabIcons[m]}<span>${t.tabs[m]}</span>
                  </button>`,
              )}
            </div>`
          : html`<p class="muted">${t.none}</p>`
      }
      ${shown.filter((m) => this.opened.includes(m)).map((m) => this.renderPanel(m, m === current))}
    </section>`;
  }

  private renderPanel(m: TwoFactorMethod, open: boolean): TemplateResult {
    return html`<div
      part="panel"
      class="panel"
      role="tabpanel"
      id="panel-${m}"
      aria-labelledby="tab-${m}"
      ?hidden=${!open}
    >
      ${this.renderTab(m)}
    </div>`;
  }

  private renderTab(m: TwoFactorMethod): TemplateResult | typeof nothing {
    const t = this.t;
    const code = this.tabCode[m];
    if (code.status === 'failed')
      return errorBlock({
        title: t.loadFailedTitle,
        body: t.loadFailedBody,
        code: 'network',
        actions: html`<button part="button" class="secondary" @click=${() => code.retry()}>
          ${t.retry}
        </button>`,
      });
    if (code.status !== 'ready')
      return html`<div class="waiting">
        <span class="spinner" aria-hidden="true"></span>${t.loading}
      </div>`;
    const lang = this.locale.lang;
    const timeout = this.adapterTimeout;
    if (m === 'passkey')
      return html`<passkey-credentials
        .adapter=${this.adapter}
        theme=${this.theme}
        lang=${lang}
        adapter-timeout=${timeout}
      ></passkey-credentials>`;
    if (m === 'totp')
      return html`<two-factor-totp
        embedded
        .adapter=${this.adapter}
        theme=${this.theme}
        lang=${lang}
        adapter-timeout=${timeout}
      ></two-factor-totp>`;
    return html`<two-factor-recovery-codes
      embedded
      .adapter=${this.adapter}
      theme=${this.theme}
      lang=${lang}
      adapter-timeout=${timeout}
    ></two-factor-recovery-codes>`;
  }
}
