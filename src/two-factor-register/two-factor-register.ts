import { LitElement, html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { PasskeyAdapter } from '../adapter.js';
import { LocaleController } from '../i18n.js';
import { styles as cardStyles, stateStyles } from '../internal/card.styles.js';
import { errorBlock } from '../internal/error-block.js';
import { enFirstView } from '../strings.js';
import { LazyController, once } from '../internal/lazy.js';
import type * as Panel from './panel.js';
import { enShell } from './strings.js';
import type { TwoFactorMethod, TwoFactorStrings } from './strings.js';
import { styles } from './two-factor-register.styles.js';

export type { TwoFactorMethod } from './strings.js';

/** What renders a panel once its tab's code is in, with the panels' styles, icons and words. */
let panel: typeof Panel | undefined;
const loadPanel = once(() => import('./panel.js').then((m) => (panel = m)));
const withPanel = (tab: () => Promise<unknown>) =>
  once(() => Promise.all([tab(), loadPanel()]).then(([, m]) => m));

/** Each tab's code, loaded once per page when the tab is first opened. */
const loaders: Record<TwoFactorMethod, () => Promise<typeof Panel>> = {
  passkey: withPanel(() => import('../passkey-credentials/define.js')),
  totp: withPanel(() => import('./totp/define.js')),
  recovery: withPanel(() => import('./recovery/define.js')),
};

/** The adapter methods each tab needs; a tab whose methods are missing is hidden. */
const NEEDS: Record<TwoFactorMethod, string> = {
  passkey: 'registrationOptions verifyRegistration',
  totp: 'totpStatus startTotp verifyTotp',
  recovery: 'recoveryCodesStatus generateRecoveryCodes confirmRecoveryCodes',
};
const KNOWN = Object.keys(NEEDS) as TwoFactorMethod[];

/** Whether the adapter has every method `m` needs; an adapter that throws when read has none. */
function offers(adapter: PasskeyAdapter | undefined, m: TwoFactorMethod): boolean {
  try {
    return (
      Boolean(adapter) &&
      NEEDS[m].split(' ').every((k) => typeof adapter![k as keyof PasskeyAdapter] === 'function')
    );
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
 * @fires {TwoFactorTotpAddedEvent} two-factor-totp-added - An authenticator app was set up (from the Authenticator app tab).
 * @fires {TwoFactorTotpRemovedEvent} two-factor-totp-removed - The authenticator app was removed (from the Authenticator app tab).
 * @fires {TwoFactorRecoveryCodesGeneratedEvent} two-factor-recovery-codes-generated - A new set of recovery codes was saved; `event.detail.total` says how many (never the codes).
 *
 * @csspart base - The card around everything.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab's panel.
 * @csspart error - A tab that could not load.
 * @csspart button - Try again, when a tab could not load.
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
  static override styles = [cardStyles, stateStyles, styles];
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    methods: {},
    selected: { reflect: true },
    theme: { reflect: true },
  };

  /** The bridge to your server: passkey methods, and those of the authenticator app and recovery codes. */
  adapter?: PasskeyAdapter;

  /**
   * Which tabs to show, in this order, separated by spaces: `passkey`, `totp`, `recovery`. A tab
   * whose adapter methods are missing is hidden.
   */
  methods = 'passkey totp recovery';

  /** The open tab (one of `methods`); the first shown when unset or hidden. */
  selected?: TwoFactorMethod;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  private readonly locale = new LocaleController(this);
  private readonly tabCode = Object.fromEntries(
    KNOWN.map((m) => [
      m,
      new LazyController(this, {
        load: loaders[m],
        build: (panel) => panel,
        styles: (panel) => panel.panelStyles,
        intent: false,
      }),
    ]),
  ) as Record<TwoFactorMethod, LazyController<typeof Panel, typeof Panel>>;

  private get t(): TwoFactorStrings {
    // Other languages come with the panels' code (./panel.ts), which loads at once.
    return panel?.words(this.locale.lang, this)?.shell ?? enShell;
  }

  /**
   * The tabs shown, in order. When the adapter offers none of them (none set yet, or a broken
   * one), the first is shown anyway: its element says what is missing, or waits for the adapter.
   */
  get shown(): TwoFactorMethod[] {
    const list = [...new Set(String(this.methods).split(/\s+/))].filter((m): m is TwoFactorMethod =>
      KNOWN.includes(m as TwoFactorMethod),
    );
    const offered = list.filter((m) => offers(this.adapter, m));
    return offered.length ? offered : list.slice(0, 1);
  }

  /** The open tab: `selected` when it is shown, else the first shown. */
  private get current(): TwoFactorMethod | undefined {
    const shown = this.shown;
    return this.selected && shown.includes(this.selected) ? this.selected : shown[0];
  }

  protected override willUpdate(): void {
    const m = this.current;
    // Opened tabs keep their panel (hidden when another is selected), so work in progress
    // survives a switch; a tab's code starts loading when it is first selected.
    if (m && this.tabCode[m].status === 'idle') void this.tabCode[m].run(() => undefined);
  }

  /**
   * Selects a tab and moves focus to it (a click focuses it anyway), scrolled into the row's view:
   * Chromium's focus leaves a partly hidden tab where it is in a right-to-left row.
   */
  private select(m: TwoFactorMethod): void {
    this.selected = m;
    void this.updateComplete.then(() => {
      // Gone if the host changed `methods` or the adapter meanwhile.
      const tab = this.renderRoot.querySelector<HTMLElement>(`#tab-${m}`);
      tab?.focus();
      tab?.scrollIntoView({ block: 'nearest' });
    });
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
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
    this.select(shown[(to[e.key] + shown.length) % shown.length]);
  };

  protected override render(): TemplateResult {
    const t = this.t;
    const shown = this.shown;
    const current = this.current;
    return html`<section part="base" class="card" dir=${this.locale.dir} lang=${this.locale.lang}>
      <div part="tablist" role="tablist" aria-label=${t.tablist} @keydown=${this.onKeydown}>
        ${shown.map(
          (m) =>
            html`<button
              part="tab"
              role="tab"
              id="tab-${m}"
              aria-selected=${m === current}
              aria-controls="panel-${m}"
              tabindex=${m === current ? 0 : -1}
              @click=${() => this.select(m)}
            >
              <span class="tab-icon">${panel?.tabIcons[m]}</span>${t.tabs[m]}
            </button>`,
        )}
      </div>
      ${shown
        .filter((m) => this.tabCode[m].status !== 'idle')
        .map(
          (m) =>
            html`<div
              part="panel"
              role="tabpanel"
              id="panel-${m}"
              aria-labelledby="tab-${m}"
              ?hidden=${m !== current}
            >
              ${this.renderTab(m)}
            </div>`,
        )}
    </section>`;
  }

  private renderTab(m: TwoFactorMethod): TemplateResult {
    // Words of <passkey-register>'s first view, in its language: loaded with the page.
    const shared = this.locale.locale?.register ?? enFirstView;
    const code = this.tabCode[m];
    if (code.status === 'failed')
      return errorBlock({
        ...shared.errors.network,
        code: 'network',
        actions: html`<button part="button" class="secondary" @click=${() => code.retry()}>
          ${shared.tryAgain}
        </button>`,
      });
    if (code.status !== 'ready')
      return html`<div class="waiting">
        <span class="spinner" aria-hidden="true"></span>${shared.fetchingHeading}
      </div>`;
    return code.value!.renderTab(m, this);
  }
}
