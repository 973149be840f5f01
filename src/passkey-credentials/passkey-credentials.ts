import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { PasskeyAdapter, PasskeyCredential } from '../adapter.js';
import { LocaleController } from '../i18n.js';
import { styles as cardStyles, stateStyles } from '../internal/card.styles.js';
import { errorBlock } from '../internal/error-block.js';
import {
  PasskeyAdapterError,
  callWithTimeout,
  errorCode,
  isCeremonyCode,
} from '../internal/errors.js';
import { LazyController, once } from '../internal/lazy.js';
import { enAdapterErrors } from '../strings-errors.js';
import { enFirstView } from '../strings.js';
import type { FirstViewStrings } from '../strings.js';
import type * as Changes from './credential-changes.js';
import type * as List from './list.js';
import { styles } from './passkey-credentials.styles.js';
import { enCard } from './strings.js';
import type { PasskeyCredentialsStrings } from './strings.js';

/** The rows' code (with the validators): loaded once per page, alongside the first reply. */
const loadList = once(() => import('./list.js'));
/** The code for changes (rename, on/off, delete, approval, Add passkey): on the first sign of intent. */
const loadChanges = once(() => import('./credential-changes.js'));

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
 * @cssproperty --passkey-border-strong - The off-state switch (at least 3:1 against the surface).
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
  static override styles = [cardStyles, stateStyles, styles];
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    theme: { reflect: true },
    registration: {},
    rpId: { attribute: 'rp-id' },
    userId: { attribute: 'user-id' },
    strings: { attribute: false },
    adapterTimeout: { type: Number, attribute: 'adapter-timeout' },
    names: { state: true },
    icons: { state: true },
    notice: { state: true },
  };

  /** The bridge to your server; needs `listCredentials`, and `updateCredential`/`deleteCredential` for changes. */
  adapter?: PasskeyAdapter;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Whether "Add passkey" is offered: `enabled`, `disabled` (with the reason shown) or `hidden`. */
  registration: 'enabled' | 'disabled' | 'hidden' = 'enabled';

  /** The relying party ID for WebAuthn signals; defaults to this page's host. */
  rpId?: string;

  /** The user handle (base64url) for the "all accepted credentials" signal; without it only deletions are signalled. */
  userId?: string;

  /** Overrides for any of the English strings. */
  strings: Partial<PasskeyCredentialsStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  adapterTimeout = 30_000;

  private names: Record<string, string> = {};
  private icons: List.ProviderIcons = {};
  private notice?: Changes.Notice;

  private readonly locale = new LocaleController(this);
  /** The rows' chunk; the list loads it alongside the adapter's reply. */
  private readonly rows = new LazyController<typeof List, typeof List>(this, {
    load: loadList,
    build: (m) => m,
    styles: (m) => m.listStyles,
    intent: false,
  });
  /** Rename, on/off, delete, approval and Add passkey: a chunk fetched on the first sign of intent. */
  private readonly changes = new LazyController<typeof Changes, Changes.CredentialChanges>(this, {
    load: loadChanges,
    build: (m) =>
      new m.CredentialChanges(this, {
        t: () => this.t,
        shared: () => this.shared,
        notify: (n) => (this.notice = n),
        track: (ac) => (this.change = ac),
      }),
    styles: (m) => m.changeStyles,
    failed: () => {
      // The click that waited for the code changes nothing, and says so.
      const e = this.shared.errors.network;
      this.notice = { tone: 'error', title: e.title, body: `${e.body} ${this.t.nothingChanged}` };
    },
  });
  /** The list from the adapter: its reply and the rows' code, loaded together. */
  private readonly list = new Task(this, {
    autoRun: false,
    task: async (_: readonly unknown[], { signal }) => {
      const adapter = this.adapter;
      if (!adapter?.listCredentials) return [] as PasskeyCredential[];
      const [rows, raw] = await Promise.all([
        this.rows.load().catch(() => {
          throw new PasskeyAdapterError('network', 'The list could not be loaded.');
        }),
        callWithTimeout(signal, this.adapterTimeout, (s) => adapter.listCredentials!(s)),
      ]);
      const credentials = rows.parseCredentialList(raw);
      void this.loadProviders(rows, credentials);
      return credentials;
    },
  });
  /** A change in flight, which a reload or removal aborts. */
  private change?: AbortController;
  /** The latest click waiting for the code for changes; `updateComplete` waits for it too. */
  private acting?: Promise<void>;

  /**
   * Every string, in the element's language. Until ./list.js and ./credential-changes.js have loaded, the
   * English of their views is missing; only those views read it, and they render after the load.
   */
  private get t(): PasskeyCredentialsStrings {
    return {
      ...enCard,
      ...this.rows.value?.enList,
      ...this.changes.chunk?.enChanges,
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
    this.change?.abort();
    await this.list.run([]);
  }

  private async loadProviders(m: typeof List, credentials: PasskeyCredential[]): Promise<void> {
    if (!credentials.some((c) => c.aaguid && !c.provider)) return;
    this.names = await m.providerNames();
    if (credentials.some((c) => c.aaguid && this.names[c.aaguid]))
      this.icons = await m.providerIcons();
  }

  /** Runs `run` with the changes, loading their code first if need be. */
  private act(run: (changes: Changes.CredentialChanges) => void): void {
    this.acting = this.changes.run(run);
  }

  /** Also waits for a click that is waiting for the code for changes, and what it renders. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.acting;
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached: load again (the first load happens in willUpdate).
    if (this.hasUpdated && this.adapter) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.list.abort();
    this.change?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') && this.adapter) void this.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const canAdd = this.registration === 'enabled';
    // An empty list offers "Add passkey" in its own explanation instead.
    const empty = this.list.status === TaskStatus.COMPLETE && !this.list.value!.length;
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
            this.registration === 'hidden' || (empty && canAdd)
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
          ${this.notice?.tone !== 'error' ? this.notice?.title : ''}
        </div>
        ${this.renderNotice()} ${this.changes.value?.renderApproval()}
        ${this.changes.value?.renderAdding()} ${this.renderList()}
      </section>
    `;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const n = this.notice;
    if (!n) return nothing;
    if (n.tone !== 'error')
      return html`<p class="notice ${n.tone}" aria-hidden="true">${n.title}</p>`;
    return html`<div class="notice">${errorBlock(n)}</div>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const adapter = this.adapter;
    const task = this.list;
    let error: 'no-adapter' | 'server' | undefined;
    try {
      error = adapter && !adapter.listCredentials ? 'no-adapter' : undefined;
    } catch {
      error = 'server'; // An adapter that throws when read (#14): an error with Try again.
    }
    if (error || task.status === TaskStatus.ERROR) {
      const code = error ?? errorCode(task.error);
      // Listing runs no ceremony: an adapter throwing a WebAuthn error is a server-side failure.
      const e = { ...enAdapterErrors, ...this.shared.errors }[
        isCeremonyCode(code) ? 'server' : code
      ];
      return errorBlock({
        title: e.title,
        body: e.body,
        actions: html`<button part="button" class="secondary" @click=${() => void this.refresh()}>
          ${t.retry}
        </button>`,
      });
    }
    // While a reload runs, the rows it replaces stay.
    const credentials = task.value;
    const rows = this.rows.value;
    if (!credentials || !rows) {
      return html`<div class="waiting">
        <span class="spinner" aria-hidden="true"></span>${t.loading}
      </div>`;
    }
    return rows.renderList(
      {
        t,
        lang: this.locale.lang,
        theme: this.theme,
        names: this.names,
        icons: this.icons,
        changes: this.changes.value,
        act: (run) => this.act(run),
        add: this.registration === 'enabled' ? () => this.act((ch) => ch.add()) : undefined,
      },
      credentials,
    );
  }
}
