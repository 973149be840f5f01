import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PasskeyAdapterError } from '../adapter.js';
import type {
  AuthenticationResponseJSON,
  PasskeyAction,
  PasskeyAdapter,
  PasskeyCredential,
  PublicKeyCredentialRequestOptionsJSON,
} from '../adapter.js';
import { PasskeyCredentialChangeEvent } from '../events.js';
import type { PasskeyRegisteredEvent } from '../events.js';
import type { PasskeyErrorCode } from '../flow-controller.js';
import { LocaleController } from '../i18n.js';
import { kindIcons, passkeyIcon } from '../passkey-register/icons.js';
import { styles as registerStyles } from '../passkey-register/passkey-register.styles.js';
import { looksLikeSecurityKey, providerIcons, providerName, providerNames } from '../providers.js';
import { enFirstView } from '../strings.js';
import type { FirstViewStrings } from '../strings.js';
import { checkName } from '../device-name.js';
import type { NameProblem } from '../device-name.js';
import { callWithTimeout, errorCode, loadFlowKit, loadedFlowKit } from '../kit.js';
import { enCredentials } from './strings.js';
import type { PasskeyCredentialsStrings } from './strings.js';
import { styles } from './passkey-credentials.styles.js';

type Load =
  | { status: 'loading' }
  | { status: 'error'; code: PasskeyErrorCode }
  | { status: 'ready'; credentials: PasskeyCredential[] };

interface Notice {
  tone: 'success' | 'error';
  title: string;
  body?: string;
}

/** A mutation waiting for the user to approve it with an existing passkey. */
interface PendingApproval {
  options: PublicKeyCredentialRequestOptionsJSON;
  run: (approval: AuthenticationResponseJSON) => Promise<void>;
  busy: boolean;
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
  @state() private icons: Record<string, { light?: string; dark?: string }> = {};
  @state() private editing?: { id: string; problem?: NameProblem };
  @state() private confirming?: string;
  @state() private busy?: string;
  @state() private approval?: PendingApproval;
  @state() private notice?: Notice;
  @state() private adding = false;

  private inflight?: AbortController;
  private cancellingApproval = false;
  private readonly locale = new LocaleController(this);

  private get t(): PasskeyCredentialsStrings {
    return { ...enCredentials, ...this.locale.locale?.credentials, ...this.strings };
  }

  /** The shared messages (errors, name problems) in this element's language. */
  /** The strings shared with <passkey-register> (errors, naming rules). */
  private get shared(): FirstViewStrings {
    return this.locale.locale?.register ?? enFirstView;
  }

  private get errors(): FirstViewStrings['errors'] {
    return this.shared.errors;
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
      // The validators load alongside the first reply, not with the page.
      const [{ parseCredentialList }, raw] = await Promise.all([
        loadFlowKit(),
        callWithTimeout(ac.signal, this.adapterTimeout, (s) => adapter.listCredentials!(s)),
      ]);
      const list = parseCredentialList(raw);
      if (ac.signal.aborted) return;
      this.load = { status: 'ready', credentials: list };
      void this.loadProviders(list);
    } catch (err) {
      if (!ac.signal.aborted) this.load = { status: 'error', code: errorCode(err) };
    }
  }

  private async loadProviders(list: PasskeyCredential[]): Promise<void> {
    if (!list.some((c) => c.aaguid && !c.provider)) return;
    this.names = await providerNames();
    if (list.some((c) => c.aaguid && this.names[c.aaguid])) this.icons = await providerIcons();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached: load again (the first load happens in willUpdate).
    if (this.hasUpdated && this.adapter) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inflight?.abort();
    if (this.approval?.busy) loadedFlowKit().cancelCeremony();
    this.approval = undefined;
    this.busy = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') && this.adapter) void this.refresh();
  }

  /**
   * Runs a change: asks whether it needs approval; if so, waits for the user to approve with an
   * existing passkey (a click, so the browser allows the prompt); then applies it and reloads.
   */
  private async change(
    action: PasskeyAction,
    apply: (approval?: AuthenticationResponseJSON) => Promise<string>,
  ) {
    const adapter = this.adapter;
    if (this.busy || !adapter) return;
    this.busy = action.credentialId ?? action.type;
    this.notice = undefined;
    const ac = new AbortController();
    this.inflight = ac;
    const run = async (approval?: AuthenticationResponseJSON) => {
      try {
        const done = await apply(approval);
        if (ac.signal.aborted) return;
        this.notice = { tone: 'success', title: done };
        this.editing = undefined;
        this.confirming = undefined;
        this.dispatchEvent(new PasskeyCredentialChangeEvent(action));
      } catch (err) {
        if (!ac.signal.aborted) this.fail(err);
      }
      if (ac.signal.aborted) return;
      this.busy = undefined;
      this.approval = undefined;
      // Show what the server now holds, whichever way it went.
      await this.refresh();
    };
    try {
      const raw = adapter.approvalOptions
        ? await callWithTimeout(ac.signal, this.adapterTimeout, (s) =>
            adapter.approvalOptions!(action, s),
          )
        : null;
      if (ac.signal.aborted) return;
      if (raw === null) return void (await run());
      const { parseRequestOptions } = await loadFlowKit();
      if (ac.signal.aborted) return;
      this.approval = { options: parseRequestOptions(raw, location.hostname), run, busy: false };
    } catch (err) {
      if (!ac.signal.aborted) {
        this.busy = undefined;
        this.fail(err);
      }
    }
  }

  private approve(): void {
    const pending = this.approval;
    if (!pending || pending.busy) return;
    const { getAssertion, PasskeyWebAuthnError } = loadedFlowKit();
    this.cancellingApproval = false;
    // Called in the click's own task, so the browser allows its prompt.
    const assertion = getAssertion(pending.options);
    this.approval = { ...pending, busy: true };
    assertion.then(
      (a) => pending.run(a),
      (err: unknown) => {
        const cancelled = this.cancellingApproval;
        this.approval = undefined;
        this.busy = undefined;
        this.fail(cancelled ? new PasskeyWebAuthnError('cancelled') : err);
      },
    );
  }

  private cancelApproval(): void {
    if (this.approval?.busy) {
      this.cancellingApproval = true;
      loadedFlowKit().cancelCeremony();
      return;
    }
    this.inflight?.abort();
    this.approval = undefined;
    this.busy = undefined;
    this.notice = {
      tone: 'error',
      title: this.errors.cancelled.title,
      body: this.t.nothingChanged,
    };
  }

  private fail(err: unknown): void {
    const e = this.errors[errorCode(err)];
    this.notice = { tone: 'error', title: e.title, body: `${e.body} ${this.t.nothingChanged}` };
  }

  private async signal(credentials: PasskeyCredential[], deletedId?: string): Promise<void> {
    const { signalCredentials } = await loadFlowKit();
    const rpId = this.rpId ?? location.hostname;
    if (deletedId) void signalCredentials({ type: 'unknown', rpId, credentialId: deletedId });
    if (this.userId) {
      void signalCredentials({
        type: 'accepted',
        rpId,
        userId: this.userId,
        credentialIds: credentials.filter((c) => c.active && c.id !== deletedId).map((c) => c.id),
      });
    }
  }

  private rename(c: PasskeyCredential, raw: string): void {
    const { name, problem } = checkName(raw);
    if (problem) {
      this.editing = { id: c.id, problem };
      return;
    }
    if (name === c.name) {
      this.editing = undefined;
      return;
    }
    const adapter = this.adapter;
    void this.change({ type: 'rename', credentialId: c.id, name }, async (approval) => {
      if (!adapter?.updateCredential)
        throw new PasskeyAdapterError('server', 'Renaming is not supported.');
      (await loadFlowKit()).parseCredential(
        await callWithTimeout(this.inflight!.signal, this.adapterTimeout, (s) =>
          adapter.updateCredential!(c.id, { name }, approval, s),
        ),
      );
      return this.t.renamed(name);
    });
  }

  private toggle(c: PasskeyCredential, list: PasskeyCredential[]): void {
    const active = !c.active;
    const adapter = this.adapter;
    void this.change(
      { type: active ? 'activate' : 'deactivate', credentialId: c.id },
      async (approval) => {
        if (!adapter?.updateCredential)
          throw new PasskeyAdapterError('server', 'Changes are not supported.');
        (await loadFlowKit()).parseCredential(
          await callWithTimeout(this.inflight!.signal, this.adapterTimeout, (s) =>
            adapter.updateCredential!(c.id, { active }, approval, s),
          ),
        );
        void this.signal(list.map((x) => (x.id === c.id ? { ...x, active } : x)));
        return active ? this.t.activated(c.name) : this.t.deactivated(c.name);
      },
    );
  }

  private deleteOne(c: PasskeyCredential, list: PasskeyCredential[]): void {
    const adapter = this.adapter;
    void this.change({ type: 'delete', credentialId: c.id }, async (approval) => {
      if (!adapter?.deleteCredential)
        throw new PasskeyAdapterError('server', 'Deleting is not supported.');
      await callWithTimeout(this.inflight!.signal, this.adapterTimeout, (s) =>
        adapter.deleteCredential!(c.id, approval, s),
      );
      void this.signal(list, c.id);
      return this.t.deleted(c.name);
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('editing') && this.editing) {
      this.renderRoot.querySelector<HTMLInputElement>('.rename input')?.focus();
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
            this.registration === 'hidden' || this.adding
              ? nothing
              : html`<button
                  part="button"
                  class="primary add"
                  ?disabled=${!canAdd}
                  aria-describedby=${canAdd ? nothing : 'no-add'}
                  @click=${() => (this.adding = true)}
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
        ${this.renderNotice()} ${this.renderApproval()} ${this.renderAdding()} ${this.renderList()}
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

  private renderApproval(): TemplateResult | typeof nothing {
    const a = this.approval;
    if (!a) return nothing;
    const t = this.t;
    return html`<div class="approval" role="group" aria-labelledby="approval-heading">
      <span class="kind-badge small">${passkeyIcon}</span>
      <div>
        <h3 id="approval-heading">${t.approvalHeading}</h3>
        <p class="muted">${a.busy ? t.approvalWait : t.approvalBody}</p>
        <div class="actions">
          <button part="button" class="primary" ?disabled=${a.busy} @click=${() => this.approve()}>
            ${t.approve}
          </button>
          <button part="button" class="secondary" @click=${() => this.cancelApproval()}>
            ${t.cancel}
          </button>
        </div>
      </div>
    </div>`;
  }

  private renderAdding(): TemplateResult | typeof nothing {
    if (!this.adding) return nothing;
    return html`<div class="adding">
      <passkey-register
        theme=${this.theme}
        .adapter=${this.adapter}
        .adapterTimeout=${this.adapterTimeout}
        @passkey-registered=${(e: PasskeyRegisteredEvent) => {
          // <passkey-register> shows its own success; the list only updates.
          this.notice = undefined;
          this.dispatchEvent(
            new PasskeyCredentialChangeEvent({ type: 'register', name: e.credential.name }),
          );
          void this.refresh();
        }}
      ></passkey-register>
      <div class="actions">
        <button part="button" class="secondary" @click=${() => (this.adding = false)}>
          ${this.t.close}
        </button>
      </div>
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
      const e = this.errors[load.code];
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
    if (load.credentials.length === 0) return html`<p class="empty">${t.empty}</p>`;
    const activeCount = load.credentials.filter((c) => c.active).length;
    return html`<p class="muted summary">${t.summary(load.credentials.length, activeCount)}</p>
      <ul part="list" class="list" aria-label=${t.heading}>
        ${load.credentials.map((c) => this.renderItem(c, load.credentials, activeCount))}
      </ul>`;
  }

  private renderItem(
    c: PasskeyCredential,
    list: PasskeyCredential[],
    activeCount: number,
  ): TemplateResult {
    const t = this.t;
    const onlyActive = c.active && activeCount === 1;
    const busy = !!this.busy;
    const provider = providerName(c, this.names);
    const key = looksLikeSecurityKey(c);
    const kind = provider ?? (key ? t.securityKey : t.passkey);
    const icon = c.provider?.icon ?? (c.aaguid ? this.iconFor(c.aaguid) : undefined);
    const id = `c-${list.indexOf(c)}`;
    return html`<li part="item" class="item ${c.active ? '' : 'off'}">
      <div class="who">
        <span class="provider-icon">
          ${icon ? html`<img src=${icon} alt="" width="24" height="24" />` : key ? kindIcons['security-key'] : passkeyIcon}
        </span>
        <div class="text">
          <span class="name" id="${id}-name">${c.name}</span>
          ${c.backedUp ? html`<span class="badge">${t.synced}</span>` : nothing}
          ${c.active ? nothing : html`<span class="badge off">${t.inactive}</span>`}
          <span class="meta">${kind} · ${this.dates(c)}</span>
        </div>
      </div>
      <div class="controls">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked=${c.active ? 'true' : 'false'}
            .checked=${c.active}
            ?disabled=${busy || onlyActive}
            aria-describedby=${onlyActive ? `${id}-only` : nothing}
            @change=${(e: Event) => {
              (e.target as HTMLInputElement).checked = c.active; // the server decides
              this.toggle(c, list);
            }}
          />
          <span class="track" aria-hidden="true"></span>
          <span>${t.activeLabel}</span>
          <span class="sr-only">${c.name}</span>
        </label>
        <button
          part="button"
          class="secondary small"
          ?disabled=${busy}
          @click=${() => (this.editing = { id: c.id })}
        >
          ${t.rename}<span class="sr-only"> ${c.name}</span>
        </button>
        <button
          part="button"
          class="secondary small danger"
          ?disabled=${busy || onlyActive}
          aria-describedby=${onlyActive ? `${id}-only` : nothing}
          @click=${() => (this.confirming = c.id)}
        >
          ${t.delete}<span class="sr-only"> ${c.name}</span>
        </button>
      </div>
      ${onlyActive ? html`<p class="muted note" id="${id}-only">${t.lastActive}</p>` : nothing}
      ${this.editing?.id === c.id ? this.renderRename(c, id) : nothing}
      ${this.confirming === c.id ? this.renderConfirm(c, list) : nothing}
    </li>`;
  }

  private renderRename(c: PasskeyCredential, id: string): TemplateResult {
    const t = this.t;
    const problem = this.editing?.problem;
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
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.editing = undefined)}
      />
      ${
        problem
          ? html`<p class="field-error" id="${id}-problem" role="alert">
              ${this.shared.nameProblems[problem]}
            </p>`
          : nothing
      }
      <div class="actions">
        <button part="button" class="primary small" type="submit" ?disabled=${!!this.busy}>
          ${t.save}
        </button>
        <button
          part="button"
          class="secondary small"
          type="button"
          @click=${() => (this.editing = undefined)}
        >
          ${t.cancel}
        </button>
      </div>
    </form>`;
  }

  private renderConfirm(c: PasskeyCredential, list: PasskeyCredential[]): TemplateResult {
    const t = this.t;
    return html`<div class="confirm" role="group" aria-label=${t.confirmDelete(c.name)}>
      <p>${t.confirmDelete(c.name)}</p>
      <div class="actions">
        <button
          part="button"
          class="primary small danger"
          ?disabled=${!!this.busy}
          @click=${() => this.deleteOne(c, list)}
        >
          ${t.delete}
        </button>
        <button part="button" class="secondary small" @click=${() => (this.confirming = undefined)}>
          ${t.cancel}
        </button>
      </div>
    </div>`;
  }

  private iconFor(aaguid: string): string | undefined {
    const entry = this.icons[aaguid];
    const dark =
      this.theme === 'dark' ||
      (this.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    return (dark ? entry?.dark : entry?.light) ?? entry?.light ?? entry?.dark;
  }

  private dates(c: PasskeyCredential): TemplateResult {
    const t = this.t;
    const lang = this.locale.lang;
    const rel = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    const abs = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const ago = (iso: string) => {
      const seconds = (Date.parse(iso) - Date.now()) / 1000;
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['year', 31_536_000],
        ['month', 2_592_000],
        ['day', 86_400],
        ['hour', 3600],
        ['minute', 60],
      ];
      const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return rel.format(Math.round(seconds / size), unit);
    };
    // Relative dates to read, absolute ones on hover and in `datetime`.
    const time = (iso: string, text: string) =>
      html`<time datetime=${iso} title=${abs.format(new Date(iso))}>${text}</time>`;
    return html`${time(c.createdAt, t.added(ago(c.createdAt)))}${t.separator}${
      c.lastUsedAt ? time(c.lastUsedAt, t.lastUsed(ago(c.lastUsedAt))) : t.neverUsed
    }`;
  }
}
