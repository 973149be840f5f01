import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { HandoffDetails, HandoffStart, PasskeyAdapter } from '../adapter.js';
import { detectPlatform } from '../device-name.js';
import {
  PasskeyCancelEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
  PasskeyStepChangeEvent,
} from '../events.js';
import { PasskeyFlowController, availability } from '../flow-controller.js';
import { LocaleController } from '../i18n.js';
import type { FlowState } from '../flow-controller.js';
import { en } from '../strings.js';
import type { PasskeyStrings } from '../strings.js';
import type { NameProblem } from '../validate.js';
import { AUTHENTICATOR_KINDS } from '../webauthn.js';
import type { AuthenticatorKind, Capabilities } from '../webauthn.js';
import { alertIcon, checkIcon, chevronIcon, kindIcons, passkeyIcon } from './icons.js';
import { styles } from './passkey-register.styles.js';

/**
 * Registers a passkey as a second factor: name the device, choose where to save the passkey,
 * confirm in the browser's prompt, done. Every server call goes through `adapter`.
 *
 * @summary A passkey registration widget.
 * @tag passkey-register
 *
 * @fires {PasskeyRegisteredEvent} passkey-registered - A passkey was verified and stored; `event.credential` describes it.
 * @fires {PasskeyErrorEvent} passkey-error - The flow failed; `event.code` says why.
 * @fires {PasskeyStepChangeEvent} passkey-step-change - The flow moved to `event.step`.
 * @fires {PasskeyCancelEvent} passkey-cancel - The user cancelled a waiting step.
 *
 * @csspart base - The card around everything.
 * @csspart heading - Each step's heading.
 * @csspart input - The device name field.
 * @csspart button - Primary and secondary buttons.
 * @csspart choice - Each authenticator choice.
 * @csspart status - The live region announcing progress (visually hidden).
 * @csspart error - The error box.
 * @csspart qr - The handoff QR code (a `<passkey-qr>`).
 * @csspart help - The collapsible tips and help.
 *
 * @cssproperty --passkey-accent - Buttons, links, icons and the spinner.
 * @cssproperty --passkey-accent-text - Text on accent-coloured buttons.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-surface-raised - Hovered rows and icon backgrounds.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders of the card, fields and choices.
 * @cssproperty --passkey-danger - Error text and borders.
 * @cssproperty --passkey-danger-surface - The error box background.
 * @cssproperty --passkey-success - The success icon.
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
 * @cssproperty --passkey-font-size-small - Hints and descriptions.
 * @cssproperty --passkey-font-size-heading - Step headings.
 * @cssproperty --passkey-shadow - The card's shadow.
 */
export class PasskeyRegister extends LitElement {
  static override styles = styles;

  /** The bridge to your server; see `PasskeyAdapter` and `createFetchAdapter`. */
  @property({ attribute: false }) adapter?: PasskeyAdapter;

  /** The pre-filled device name. Defaults to a suggestion such as "Chrome on macOS"; set "" for an empty field. */
  @property({ attribute: 'default-name' }) defaultName?: string;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the English strings. */
  @property({ attribute: false }) strings: Partial<PasskeyStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  @property({ type: Number, attribute: 'adapter-timeout' }) adapterTimeout = 30_000;

  /** On the phone's page: the handoff token from the QR link. Runs the phone side of the handoff. */
  @property() handoff?: string;

  /** Hides the collapsible "Tips and help" area. */
  @property({ type: Boolean, attribute: 'no-help' }) noHelp = false;

  private readonly locale = new LocaleController(this);
  /** The name field still holds our suggestion, so it may follow the language. */
  private suggested = false;

  private readonly flow = new PasskeyFlowController(this, {
    adapter: () => this.adapter,
    timeoutMs: () => this.adapterTimeout,
    onChange: (next, prev) => this.onFlowChange(next, prev),
  });

  private moveFocus = false;
  private ticker?: ReturnType<typeof setInterval>;

  /** The current step of the flow. */
  get step(): FlowState['step'] {
    return this.flow.state.step;
  }

  private get t(): PasskeyStrings {
    return { ...en, ...this.locale.locale?.register, ...this.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    if (!this.flow.name) {
      this.flow.name = this.initialName();
      this.suggested = this.defaultName === undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.stopTicker();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The suggested name follows the language until the user edits it.
    if (this.suggested && this.flow.state.step === 'naming') this.flow.name = this.initialName();
    // The phone side starts by itself once it has a token and an adapter (again after re-attaching).
    if (this.handoff && this.adapter && this.flow.state.step === 'naming')
      this.flow.startPhone(this.handoff);
  }

  private initialName(): string {
    if (this.defaultName !== undefined) return this.defaultName;
    const p = detectPlatform();
    return p ? this.t.suggestedName(p.browser, p.os) : '';
  }

  private onFlowChange(next: FlowState, prev: FlowState): void {
    if (next.step !== prev.step) {
      this.moveFocus = true;
      this.dispatchEvent(new PasskeyStepChangeEvent(next.step, prev.step));
    } else if (next.step === 'naming') {
      this.moveFocus = false;
    }
    if (next.step === 'success') this.dispatchEvent(new PasskeyRegisteredEvent(next.credential));
    if (next.step === 'error') this.dispatchEvent(new PasskeyErrorEvent(next.code, next.error));
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    const waiting =
      this.step === 'ceremony' ||
      this.step === 'approving' ||
      this.step === 'handoff' ||
      (this.step === 'fetching' && !this.handoff);
    if (e.key === 'Escape' && waiting) {
      e.preventDefault();
      this.cancel();
    }
  };

  private cancel(): void {
    const step = this.step;
    this.flow.cancel();
    this.dispatchEvent(new PasskeyCancelEvent(step));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.flow.state;
    if (s.step === 'handoff' && s.handoff && !s.expired) {
      // The countdown re-renders once a second while the QR is up.
      this.ticker ??= setInterval(() => this.requestUpdate(), 1000);
      // <passkey-qr> and the encoder load only now, when a QR is first shown.
      if (!customElements.get('passkey-qr')) void import('../passkey-qr/define.js');
    } else {
      this.stopTicker();
    }
    if (this.moveFocus) {
      this.moveFocus = false;
      // Focus the new step's heading so screen readers and keyboard users start from the top.
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (this.flow.state.step === 'naming' && this.flow.state.problem) {
      this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
    }
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  protected override render(): TemplateResult {
    const s = this.flow.state;
    return html`
      <div part="base" class="card" dir=${this.locale.dir} lang=${this.locale.lang}>
        <div part="status" class="sr-only" role="status" aria-live="polite">
          ${this.announcement(s)}
        </div>
        ${this.renderStep(s)}
      </div>
    `;
  }

  private announcement(s: FlowState): string {
    const t = this.t;
    switch (s.step) {
      case 'fetching':
        return this.handoff ? t.phoneLoading : t.fetchingHeading;
      case 'handoff':
        return s.expired
          ? t.handoffExpiredHeading
          : s.handoff
            ? t.handoffHeading
            : t.handoffStarting;
      case 'ceremony':
        return `${t.waiting[s.kind].heading}. ${t.waitingStatus}`;
      case 'verifying':
        return t.verifyingHeading;
      case 'success':
        return this.handoff ? t.phoneDoneHeading : t.successHeading;
      case 'phone-declined':
        return t.phoneDeclinedHeading;
      case 'approving':
        return s.busy ? t.approvingWait : t.approvingHeading;
      default:
        // Errors speak through their own role="alert"; naming and choosing through their headings.
        return '';
    }
  }

  private renderStep(s: FlowState): TemplateResult {
    switch (s.step) {
      case 'naming':
        return this.renderNaming(s.problem);
      case 'fetching':
        return this.handoff
          ? this.renderBusy(this.t.phoneLoading, false)
          : this.renderBusy(this.t.fetchingHeading, true);
      case 'choosing':
        return this.renderChoosing(s.capabilities);
      case 'ceremony':
        return this.renderCeremony(s.kind);
      case 'handoff':
        return this.renderHandoff(s.handoff, s.expired);
      case 'approving':
        return this.renderApproving(s.busy);
      case 'verifying':
        return this.renderBusy(this.t.verifyingHeading, false);
      case 'success':
        return this.renderSuccess(s.credential.name, s.credential.provider?.name);
      case 'phone-confirm':
        return this.renderPhoneConfirm(s.details);
      case 'phone-declined':
        return this.renderResult(this.t.phoneDeclinedHeading, this.t.phoneDeclinedBody);
      case 'error':
        return this.renderError(s.code, s.duringApproval);
    }
  }

  private renderNaming(problem: NameProblem | undefined): TemplateResult {
    const t = this.t;
    return html`
      <h2 part="heading" tabindex="-1">${t.nameHeading}</h2>
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.flow.submit();
        }}
      >
        <label for="name">${t.nameLabel}</label>
        <input
          id="name"
          part="input"
          name="device-name"
          autocomplete="off"
          spellcheck="false"
          .value=${this.flow.name}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'name-error name-hint' : 'name-hint'}
          @input=${(e: Event) => {
            this.flow.name = (e.target as HTMLInputElement).value;
            this.suggested = false;
          }}
        />
        ${
          problem
            ? html`<p id="name-error" class="field-error" role="alert">
                ${alertIcon}${t.nameProblems[problem]}
              </p>`
            : nothing
        }
        <p id="name-hint" class="hint muted">${t.nameHint}</p>
        <button part="button" class="primary" type="submit">${t.register}</button>
      </form>
      ${this.renderHelp()}
    `;
  }

  private renderBusy(heading: string, cancellable: boolean): TemplateResult {
    return html`
      <h2 part="heading" tabindex="-1">${heading}</h2>
      <div class="waiting"><span class="spinner" aria-hidden="true"></span></div>
      ${
        cancellable
          ? html`<div class="actions">
              <button part="button" class="secondary" @click=${() => this.cancel()}>
                ${this.t.cancel}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderChoosing(caps: Capabilities): TemplateResult {
    const t = this.t;
    return html`
      <h2 part="heading" tabindex="-1">${t.chooseHeading}</h2>
      <p class="muted">${t.chooseIntro}</p>
      <ul class="choices">
        ${AUTHENTICATOR_KINDS.map((kind) => {
          const avail = availability(kind, caps);
          const choice = t.choices[kind];
          return html`<li>
            <button
              part="choice"
              class="choice"
              data-kind=${kind}
              ?disabled=${avail === 'no-platform'}
              aria-describedby=${avail === 'available' ? `desc-${kind}` : `desc-${kind} note-${kind}`}
              @click=${() => this.flow.choose(kind)}
            >
              <span class="choice-icon">${kindIcons[kind]}</span>
              <span>
                <span class="choice-label">${choice.label}</span>
                <span class="choice-desc" id="desc-${kind}">${choice.description}</span>
                ${
                  avail === 'available'
                    ? nothing
                    : html`<span class="choice-note" id="note-${kind}"
                        >${alertIcon}<span>${t.unavailable[avail]}</span></span
                      >`
                }
              </span>
              <span class="chevron">${chevronIcon}</span>
            </button>
          </li>`;
        })}
      </ul>
      <div class="actions">
        <button part="button" class="secondary" @click=${() => this.flow.back()}>${t.back}</button>
      </div>
      ${this.renderHelp()}
    `;
  }

  /** The seeds' guidance, collapsed by default. */
  private renderHelp(): TemplateResult | typeof nothing {
    if (this.noHelp) return nothing;
    const t = this.t;
    return html`<details part="help" class="help">
      <summary>${t.helpSummary}</summary>
      ${t.help.map(
        (section) =>
          html`<h3>${section.heading}</h3>
            <ul>
              ${section.items.map((item) => html`<li>${item}</li>`)}
            </ul>`,
      )}
    </details>`;
  }

  private renderCeremony(kind: AuthenticatorKind): TemplateResult {
    const w = this.t.waiting[kind];
    return html`
      <span class="kind-badge">${kindIcons[kind]}</span>
      <h2 part="heading" tabindex="-1">${w.heading}</h2>
      <div class="waiting">
        <span class="spinner" aria-hidden="true"></span>${this.t.waitingStatus}
      </div>
      <ol class="steps">
        ${w.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      <div class="actions">
        <button part="button" class="secondary" @click=${() => this.cancel()}>
          ${this.t.cancel}
        </button>
      </div>
    `;
  }

  private renderSuccess(name: string, provider: string | undefined): TemplateResult {
    const t = this.t;
    if (this.handoff)
      return this.renderResult(t.phoneDoneHeading, t.phoneDoneBody(name), checkIcon);
    return html`
      <div class="success">
        <span class="result-icon">${checkIcon}</span>
        <h2 part="heading" tabindex="-1">${t.successHeading}</h2>
        <p>${t.successBody(name)}</p>
        ${provider ? html`<p class="muted">${t.successProvider(provider)}</p>` : nothing}
        <div class="actions">
          <button
            part="button"
            class="secondary"
            @click=${() => {
              this.suggested = this.defaultName === undefined;
              this.flow.restart(this.initialName());
            }}
          >
            ${t.addAnother}
          </button>
        </div>
      </div>
    `;
  }

  /** A closing message with no action (the phone's last screens). */
  private renderResult(heading: string, body: string, icon?: TemplateResult): TemplateResult {
    return html`
      <div class="success">
        ${icon ? html`<span class="result-icon">${icon}</span>` : nothing}
        <h2 part="heading" tabindex="-1">${heading}</h2>
        <p>${body}</p>
      </div>
    `;
  }

  private renderHandoff(handoff: HandoffStart | undefined, expired: boolean): TemplateResult {
    const t = this.t;
    if (!handoff) return this.renderBusy(t.handoffStarting, true);
    const bluetooth = html`<button
      part="button"
      class="secondary"
      @click=${() => this.flow.useBluetooth()}
    >
      ${t.handoffUseBluetooth}
    </button>`;
    const cancel = html`<button part="button" class="secondary" @click=${() => this.cancel()}>
      ${t.cancel}
    </button>`;
    if (expired) {
      return html`
        <h2 part="heading" tabindex="-1">${t.handoffExpiredHeading}</h2>
        <p>${t.handoffExpiredBody}</p>
        <div class="actions">
          <button part="button" class="primary" @click=${() => this.flow.startHandoff()}>
            ${t.handoffRegenerate}
          </button>
          ${bluetooth} ${cancel}
        </div>
      `;
    }
    const left = Math.max(0, Math.ceil((Date.parse(handoff.expiresAt) - Date.now()) / 1000));
    // Isolated left-to-right, so "4:59" reads the same inside right-to-left text.
    const time = `\u2066${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}\u2069`;
    return html`
      <h2 part="heading" tabindex="-1">${t.handoffHeading}</h2>
      <div class="handoff">
        <passkey-qr part="qr" .value=${handoff.url} label=${t.handoffQrLabel}></passkey-qr>
        <div>
          <ol class="steps">
            ${t.handoffSteps.map((step) => html`<li>${step}</li>`)}
          </ol>
          <p class="countdown muted" role="timer">${t.handoffCountdown(time)}</p>
        </div>
      </div>
      <div class="actions">${bluetooth} ${cancel}</div>
    `;
  }

  private renderApproving(busy: boolean): TemplateResult {
    const t = this.t;
    return html`
      <span class="kind-badge">${passkeyIcon}</span>
      <h2 part="heading" tabindex="-1">${t.approvingHeading}</h2>
      <p>${t.approvingBody}</p>
      ${
        busy
          ? html`<div class="waiting">
              <span class="spinner" aria-hidden="true"></span>${t.approvingWait}
            </div>`
          : nothing
      }
      <div class="actions">
        <button part="button" class="primary" ?disabled=${busy} @click=${() => this.flow.approve()}>
          ${t.approve}
        </button>
        <button part="button" class="secondary" @click=${() => this.cancel()}>${t.cancel}</button>
      </div>
    `;
  }

  private renderPhoneConfirm(details: HandoffDetails): TemplateResult {
    const t = this.t;
    const { name, displayName } = details.account;
    return html`
      <span class="kind-badge">${kindIcons.phone}</span>
      <h2 part="heading" tabindex="-1">${t.phoneHeading}</h2>
      <p>${t.phoneAccount(displayName ? `${displayName} (${name})` : name)}</p>
      <p class="muted">${t.phoneName(details.name)}</p>
      <div class="actions">
        <button part="button" class="primary" @click=${() => this.flow.createOnPhone()}>
          ${t.phoneCreate}
        </button>
        <button part="button" class="secondary" @click=${() => this.flow.declineOnPhone()}>
          ${t.phoneDecline}
        </button>
      </div>
    `;
  }

  private renderError(
    code: keyof PasskeyStrings['errors'],
    duringApproval = false,
  ): TemplateResult {
    const t = this.t;
    const e = t.errors[code];
    return html`
      <div class="error">
        <div part="error" class="error-box" role="alert" data-code=${code}>
          ${alertIcon}
          <div>
            <h2 part="heading" tabindex="-1">${e.title}</h2>
            <p>${e.body}</p>
            ${duringApproval ? html`<p>${t.approvalNothingSaved}</p>` : nothing}
          </div>
        </div>
        <div class="actions">
          <button part="button" class="primary" @click=${() => this.flow.retry()}>
            ${t.tryAgain}
          </button>
          ${
            this.handoff
              ? nothing
              : html`<button part="button" class="secondary" @click=${() => this.flow.back()}>
                  ${t.back}
                </button>`
          }
        </div>
      </div>
    `;
  }
}
