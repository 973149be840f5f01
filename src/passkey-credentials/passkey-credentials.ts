import { LitElement, adoptStyles, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PasskeyAdapterError } from '../adapter.js';
import type { PasskeyAdapter, PasskeyCredential } from '../adapter.js';
import type { PasskeyErrorCode } from '../flow-controller.js';
import { LocaleController } from '../i18n.js';
import { callWithTimeout, errorCode, loadFlowKit } from '../kit.js';
import { styles as registerStyles } from '../passkey-register/passkey-register.styles.js';
import { enFirstView } from '../strings.js';
import type { FirstViewStrings } from '../strings.js';
import type * as Changes from './changes.js';
import type * as List from './list.js';
import { styles } from './passkey-credentials.styles.js';
import { enCard } from './strings.js';
import type { PasskeyCredentialsStrings } from './strings.js';

type Load =
  | { status: 'loading' }
  | { status: 'error'; code: PasskeyErrorCode }
  | { status: 'ready'; credentials: PasskeyCredential[] };

let list: typeof List | undefined;
let listLoad: Promise<typeof List> | undefined;
let changes: typeof Changes | undefined;
let changesLoad: Promise<typeof Changes> | undefined;

/**
 * The rows' code loads once per page, alongside the first reply and the validators; a failed
 * load reads as `network`, and the next try loads again.
 */
function loadList(): Promise<typeof List> {
  listLoad ??= import('./list.js').then(
    (m) => (list = m),
    () => {
      listLoad = undefined;
      throw new PasskeyAdapterError('network', 'The list could not be loaded.');
    },
  );
  return listLoad;
}

/**
 * The code for changes (rename, on/off, delete, approval, Add passkey) loads once per page, on the
 * first sign of intent; a failed load is tried again next time.
 */
function loadChanges(): Promise<typeof Changes> {
  changesLoad ??= import('./changes.js').then(
    (m) => (changes = m),
    (err: unknown) => {
      changesLoad = undefined;
      throw err;
    },
  );
  return changesLoad;
}

/**
 * The user's passkeys: name, provider, dates and a synced badge, with an active switch, rename,
 * delete, and "Add passkey". Changes are approved with an existing passkey when the server asks.
 *
 * @summary Manage registered passkeys.
 * @tag passkey-credentials
 *
 * @fires {PasskeyCredentialChangeEvent} passkey-credential-change - A passkey was added, renamed, turned on or off, or deleted.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The heading.
 * @csspart list - The list of passkeys.
 * @csspart item - One passkey.
 * @csspart button - Buttons.
 * @csspart input - The rename field.
 * @csspart status - The live region (visually hidden).
 * @csspart error - Error messages.
 *
 * @cssproperty --passkey-accent - Buttons, links, icons and the switch.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders.
 * @cssproperty --passkey-danger - Errors and Delete.
 * @cssproperty --passkey-success - Confirmations.
 * @cssproperty --passkey-focus-ring - Focus outlines.
 * @cssproperty --passkey-radius - The card's corner radius.
 * @cssproperty --passkey-radius-control - Buttons' and fields' corner radius.
 * @cssproperty --passkey-surface-raised - Provider icon backgrounds.
 * @cssproperty --passkey-space-xs - Spacing scale, smallest step.
 * @cssproperty --passkey-space-s - Spacing scale, small step.
 * @cssproperty --passkey-space-m - Spacing scale, medium step.
 * @cssproperty --passkey-font-size - Body text size.
 * @cssproperty --passkey-font-size-small - Dates, badges and hints.
 */
export class PasskeyCredentials extends LitElement {
  static override styles = [registerStyles, styles];

  /** The bridge to your server; needs `listCredentials`, and `updateCredential`/`deleteCredential` for changes. */
  @property({ attribute: false }) adapter?: PasskeyAdapter;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Whether "Add passkey" is offered: `enabled`, `disabled` (with the reason shown) or `hidden`. */
  @property() registration: 'enabled' | 'disabled' | 'hidden' = 'enabled';

  /** The relying party ID for WebAuthn signals; defaults to this page's host. */
  @property({ attribute: 'rp-id' }) rpId?: string;

  /** The user handle (base64url) for the "all accepted credentials" signal; without it only deletions are signalled. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** Overrides for any of the English strings. */
  @property({ attribute: false }) strings: Partial<PasskeyCredentialsStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  @property({ type: Number, attribute: 'adapter-timeout' }) adapterTimeout = 30_000;

  @state() private load: Load = { status: 'loading' };
  @state() private names: Record<string, string> = {};
  @state() private icons: List.ProviderIcons = {};
  @state() private notice?: Changes.Notice;

  private inflight?: AbortController;
  private readonly locale = new LocaleController(this);
  /** Rename, on/off, delete, approval and Add passkey, once ./changes.js has loaded. */
  private changes?: Changes.CredentialChanges;
  /** The latest click waiting for ./changes.js; `updateComplete` waits for it too. */
  private acting?: Promise<void>;
  /** How many of the lazily loaded style sheets (the rows', the changes') this root has adopted. */
  private adopted = 0;

  /**
   * Every string, in the element's language. Until ./list.js and ./changes.js have loaded, the
   * English of their views is missing; only those views read it, and they render after the load.
   */
  private get t(): PasskeyCredentialsStrings {
    return {
      ...enCard,
      ...list?.enList,
      ...changes?.enChanges,
      ...this.locale.locale?.credentials,
      ...this.strings,
    } as PasskeyCredentialsStrings;
  }

  /** The strings shared with <passkey-register> (errors, naming rules). */
  private get shared(): FirstViewStrings {
    return this.locale.locale?.register ?? enFirstView;
  }

  /** Reloads the list from the adapter. */
  async refresh(): Promise<void> {
    const adapter = this.adapter;
    this.inflight?.abort();
    const ac = new AbortController();
    this.inflight = ac;
    if (!adapter?.listCredentials) {
      this.load = { status: 'error', code: 'no-adapter' };
      return;
    }
    if (this.load.status !== 'ready') this.load = { status: 'loading' };
    try {
      // The validators and the rows' code load alongside the first reply, not with the page.
      const [{ parseCredentialList }, m, raw] = await Promise.all([
        loadFlowKit(),
        loadList(),
        callWithTimeout(ac.signal, this.adapterTimeout, (s) => adapter.listCredentials!(s)),
      ]);
      const credentials = parseCredentialList(raw);
      if (ac.signal.aborted) return;
      this.load = { status: 'ready', credentials };
      void this.loadProviders(m, credentials);
    } catch (err) {
      if (!ac.signal.aborted) this.load = { status: 'error', code: errorCode(err) };
    }
  }

  private async loadProviders(m: typeof List, credentials: PasskeyCredential[]): Promise<void> {
    if (!credentials.some((c) => c.aaguid && !c.provider)) return;
    this.names = await m.providerNames();
    if (credentials.some((c) => c.aaguid && this.names[c.aaguid]))
      this.icons = await m.providerIcons();
  }

  /** Loads the code for changes on the first sign of intent, before the click that needs it. */
  private readonly prefetch = () => {
    loadChanges().catch(() => undefined);
  };

  /**
   * Runs `run` with the changes: at once when they have loaded, else after loading them (or shows
   * the network error, nothing changed, if they can't load).
   */
  private act(run: (changes: Changes.CredentialChanges) => void): void {
    if (this.changes) return run(this.changes);
    this.acting = loadChanges().then(
      (m) => {
        this.changes ??= new m.CredentialChanges(this, {
          t: () => this.t,
          shared: () => this.shared,
          notify: (n) => (this.notice = n),
          track: (ac) => (this.inflight = ac),
        });
        // Removed meanwhile: the click no longer applies.
        if (this.isConnected) run(this.changes);
      },
      () => {
        const e = this.shared.errors.network;
        this.notice = { tone: 'error', title: e.title, body: `${e.body} ${this.t.nothingChanged}` };
      },
    );
  }

  /** Also waits for a click that is waiting for the code for changes, and what it renders. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.acting;
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerenter', this.prefetch);
    this.addEventListener('focusin', this.prefetch);
    // Re-attached: load again (the first load happens in willUpdate).
    if (this.hasUpdated && this.adapter) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerenter', this.prefetch);
    this.removeEventListener('focusin', this.prefetch);
    this.inflight?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') && this.adapter) void this.refresh();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The rows' and the changes' styles join this shadow root once their views can render; this
    // runs right after that render, before the first paint.
    const extra = [
      ...(list ? [list.listStyles] : []),
      ...(this.changes ? [changes!.changeStyles] : []),
    ];
    if (extra.length > this.adopted) {
      adoptStyles(this.renderRoot as ShadowRoot, [...PasskeyCredentials.elementStyles, ...extra]);
      this.adopted = extra.length;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const canAdd = this.registration === 'enabled';
    return html`
      <section
        part="base"
        class="card"
        aria-labelledby="heading"
        dir=${this.locale.dir}
        lang=${this.locale.lang}
      >
        <div class="header">
          <h2 part="heading" id="heading">${t.heading}</h2>
          ${
            this.registration === 'hidden' || this.changes?.adding
              ? nothing
              : html`<button
                  part="button"
                  class="primary add"
                  ?disabled=${!canAdd}
                  aria-describedby=${canAdd ? nothing : 'no-add'}
                  @click=${() => this.act((ch) => ch.add())}
                >
                  ${t.add}
                </button>`
          }
        </div>
        <p class="muted intro">${t.intro}</p>
        ${
          this.registration === 'disabled'
            ? html`<p class="muted" id="no-add">${t.registrationDisabled}</p>`
            : nothing
        }
        <div part="status" class="sr-only" role="status">
          ${this.notice?.tone === 'success' ? this.notice.title : ''}
        </div>
        ${this.renderNotice()} ${this.changes?.renderApproval()} ${this.changes?.renderAdding()}
        ${this.renderList()}
      </section>
    `;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const n = this.notice;
    if (!n) return nothing;
    if (n.tone === 'success')
      return html`<p class="notice success" aria-hidden="true">${n.title}</p>`;
    return html`<div part="error" class="notice error-box" role="alert">
      <div><strong>${n.title}</strong>${n.body ? html`<p>${n.body}</p>` : nothing}</div>
    </div>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const load = this.load;
    if (load.status === 'loading') {
      return html`<div class="waiting">
        <span class="spinner" aria-hidden="true"></span>${t.loading}
      </div>`;
    }
    if (load.status === 'error') {
      const e = this.shared.errors[load.code];
      return html`<div part="error" class="error-box" role="alert">
        <div>
          <strong>${e.title}</strong>
          <p>${e.body}</p>
          <div class="actions">
            <button part="button" class="secondary" @click=${() => void this.refresh()}>
              ${t.retry}
            </button>
          </div>
        </div>
      </div>`;
    }
    // Ready only once ./list.js has loaded.
    return list!.renderList(
      {
        t,
        lang: this.locale.lang,
        theme: this.theme,
        names: this.names,
        icons: this.icons,
        changes: this.changes,
        act: (run) => this.act(run),
      },
      load.credentials,
    );
  }
}
