import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { PasskeyAdapter } from '../adapter.js';
import { checkName, detectPlatform } from '../device-name.js';
import type { NameProblem } from '../device-name.js';
import {
  PasskeyCancelEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
  PasskeyStepChangeEvent,
} from '../events.js';
import { LocaleController } from '../i18n.js';
import { stateStyles, styles } from '../internal/card.styles.js';
import type { PasskeyErrorCode } from '../internal/errors.js';
import { errorBlock, heading, headingLevel } from '../internal/error-block.js';
import type { HeadingLevel } from '../internal/error-block.js';
// Through first-load.js, so the first view and the lazy chunks reach it alike (see there).
import { alertIcon } from '../internal/first-load.js';
import { LazyController, addStyles, once } from '../internal/lazy.js';
import { enFirstView } from '../strings.js';
import type { PasskeyStrings } from '../strings.js';
import type { FlowState } from './flow-state.js';
import type * as FlowViews from './flow-views.js';

/**
 * The flow controller, the WebAuthn code and the later steps' views: one chunk, loaded once per
 * page on the first sign of intent.
 */
const loadFlow = once(() => import('./flow-views.js'));

/** The browser and system, read once per page: every element's suggested name starts from them. */
let platform: ReturnType<typeof detectPlatform> | null = null;

/** What the element holds once the chunk has loaded: its views, and this element's flow. */
interface Loaded {
  views: typeof FlowViews;
  flow: FlowViews.PasskeyFlowController;
}

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
 * @csspart notice - The calm, neutral line after a cancel (not an error).
 * @csspart qr - The handoff QR code (a `<passkey-qr>`).
 * @csspart help - The collapsible tips and help.
 *
 * @cssproperty --passkey-accent - Buttons, links, icons and the spinner.
 * @cssproperty --passkey-accent-text - Text on accent-coloured buttons.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-surface-raised - Hovered rows and icon backgrounds.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders of the card and choices, and dividers.
 * @cssproperty --passkey-border-strong - Field borders (at least 3:1 against the surface).
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
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    defaultName: { attribute: 'default-name' },
    theme: { reflect: true },
    strings: { attribute: false },
    adapterTimeout: { type: Number, attribute: 'adapter-timeout' },
    handoff: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHelp: { type: Boolean, attribute: 'no-help' },
  };

  /** The bridge to your server; see `PasskeyAdapter` and `createFetchAdapter`. */
  adapter?: PasskeyAdapter;

  /** The pre-filled device name. Defaults to a suggestion such as "Chrome on macOS"; set "" for an empty field. */
  defaultName?: string;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the English strings. */
  strings: Partial<PasskeyStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  adapterTimeout = 30_000;

  /** On the phone's page: the handoff token from the QR link. Runs the phone side of the handoff. */
  handoff?: string;

  /**
   * The level (2–6) of the steps' headings, so the widget fits the page's outline: e.g. 3 inside
   * a section headed by an h2. Anything else means 2.
   */
  headingLevel: number = 2;

  /** Hides the collapsible "Tips and help" area. */
  noHelp = false;

  private readonly locale = new LocaleController(this);
  /** The name field still holds our suggestion, so it may follow the language. */
  private suggested = false;

  /**
   * The lazy boundary: until the flow has loaded, the element is at naming, at "Getting ready…"
   * while Register (or the phone side) waits for it, or at a network error if it can't load.
   */
  private readonly lazy = new LazyController<typeof FlowViews, Loaded>(this, {
    load: loadFlow,
    build: (views) => {
      const flow = new views.PasskeyFlowController(this, {
        adapter: () => this.adapter,
        timeoutMs: () => this.adapterTimeout,
        onChange: (n, p) => this.onFlowChange(n, p),
      });
      new views.HandoffClock(this, flow);
      return { views, flow };
    },
    styles: (views) => views.stepStyles,
    failed: () => {
      this.moveFocus = true;
      this.dispatchEvent(new PasskeyErrorEvent('network', undefined));
    },
  });
  /** The name field's text; the flow gets it on Register. */
  private name = '';
  /** What is wrong with the name, checked here on Register (the first view needs no flow). */
  private problem?: NameProblem;
  private moveFocus = false;

  /** The current step of the flow. */
  get step(): FlowState['step'] {
    return this.state.step;
  }

  private get state(): FlowState {
    const loaded = this.lazy.value;
    if (loaded) return loaded.flow.state;
    if (this.lazy.status === 'failed') return { step: 'error', code: 'network', error: undefined };
    if (this.lazy.status === 'loading') return { step: 'fetching' };
    return { step: 'naming' };
  }

  /**
   * Every string, in the element's language. Until the later steps have loaded, their English
   * strings are missing; only those steps' views read them, and they render after the load.
   */
  private get t(): PasskeyStrings {
    return {
      ...enFirstView,
      ...this.lazy.value?.views.enSteps,
      ...this.locale.locale?.register,
      ...this.strings,
    } as PasskeyStrings;
  }

  /** Register: checks the name here, then runs the flow (loading it first if need be). */
  private submit(): void {
    this.problem = checkName(this.name).problem;
    this.requestUpdate();
    if (!this.problem) void this.lazy.run(({ flow }) => flow.submit(this.name));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    if (!this.name) {
      this.name = this.initialName();
      this.suggested = this.defaultName === undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    // Re-attaching starts clean (the flow and the lazy boundary reset themselves the same way).
    this.problem = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The waiting, error and later views' shared styles, from the first render that leaves
    // naming: the first view parses only its own sheet.
    if (this.state.step !== 'naming') addStyles(this, stateStyles);
    // The suggested name follows the language until the user edits it.
    if (this.suggested && this.state.step === 'naming') this.name = this.initialName();
    // The phone side starts by itself once it has a token and an adapter (again after re-attaching).
    const token = this.handoff;
    if (token && this.adapter && this.state.step === 'naming')
      void this.lazy.run(({ flow }) => flow.startPhone(token));
  }

  private initialName(): string {
    if (this.defaultName !== undefined) return this.defaultName;
    if (platform === null) platform = detectPlatform();
    const p = platform;
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

  /** Cancels what is waiting; a repeat press while the prompt closes announces nothing. */
  private cancel(): void {
    const step = this.step;
    const loaded = this.lazy.value;
    const cancelled = loaded ? loaded.flow.cancel() : this.lazy.reset();
    this.requestUpdate();
    if (cancelled) this.dispatchEvent(new PasskeyCancelEvent(step));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.state;
    if (this.moveFocus) {
      this.moveFocus = false;
      // Focus the new step's heading so screen readers and keyboard users start from the top.
      this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
    } else if (s.step === 'naming' && this.problem) {
      this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
    }
  }

  private retry(): void {
    const loaded = this.lazy.value;
    if (loaded) loaded.flow.retry();
    else this.lazy.retry();
  }

  private back(): void {
    const loaded = this.lazy.value;
    if (loaded) loaded.flow.back();
    else this.lazy.reset();
  }

  protected override render(): TemplateResult {
    const s = this.state;
    if (s.step === 'naming') return this.renderNaming(this.problem);
    return html`
      <div part="base" class="card" dir=${this.locale.dir} lang=${this.locale.lang}>
        <div part="status" class="sr-only" role="status" aria-live="polite">
          ${this.announcement(s)}
        </div>
        ${this.renderStep(s)} ${s.step === 'choosing' ? this.renderHelp() : nothing}
      </div>
    `;
  }

  /** What the views of the later steps (./flow-views.ts) need from the element. */
  private context({ flow }: Loaded): FlowViews.StepContext {
    return {
      t: this.t,
      flow,
      phone: Boolean(this.handoff),
      level: this.level,
      cancel: () => this.cancel(),
      restart: () => {
        this.suggested = this.defaultName === undefined;
        this.name = this.initialName();
        flow.restart(this.name);
      },
    };
  }

  private get level(): HeadingLevel {
    return headingLevel(this.headingLevel);
  }

  private announcement(s: FlowState): string {
    const t = this.t;
    switch (s.step) {
      case 'fetching':
        return this.handoff ? t.phoneLoading : t.fetchingHeading;
      case 'verifying':
        return t.verifyingHeading;
      default:
        // Errors speak through their own role="alert"; naming and choosing through their headings.
        return this.lazy.value
          ? this.lazy.value.views.announce(this.context(this.lazy.value), s)
          : '';
    }
  }

  private renderStep(s: FlowState): TemplateResult | typeof nothing {
    switch (s.step) {
      case 'fetching':
        return this.handoff
          ? this.renderBusy(this.t.phoneLoading, false)
          : this.renderBusy(this.t.fetchingHeading, true);
      case 'verifying':
        return this.renderBusy(this.t.verifyingHeading, false);
      case 'error':
        return this.renderError(s.code, s.duringApproval);
    }
    // Every other step comes from the flow, so its chunk has loaded.
    const loaded = this.lazy.value;
    return (loaded && loaded.views.renderStep(this.context(loaded), s)) ?? nothing;
  }

  /**
   * The first view, card and all, as one template: the first render prepares two templates (this
   * and the heading) rather than four. Its live region is empty (naming announces nothing; its
   * heading speaks); leaving naming moves focus to the next step's heading.
   */
  private renderNaming(problem: NameProblem | undefined): TemplateResult {
    const t = this.t;
    return html`<div part="base" class="card" dir=${this.locale.dir} lang=${this.locale.lang}>
      <div part="status" class="sr-only" role="status" aria-live="polite"></div>
      ${heading(this.level, t.nameHeading)}
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.submit();
        }}
      >
        <label for="name">${t.nameLabel}</label>
        <input
          id="name"
          part="input"
          name="device-name"
          autocomplete="off"
          spellcheck="false"
          .value=${this.name}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'name-error name-hint' : 'name-hint'}
          @input=${(e: Event) => {
            this.name = (e.target as HTMLInputElement).value;
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
      <details part="help" class="help" ?hidden=${this.noHelp}>
        <summary>${t.helpSummary}</summary>
        ${this.helpSections()}
      </details>
    </div>`;
  }

  private renderBusy(title: string, cancellable: boolean): TemplateResult {
    return html`
      ${heading(this.level, title)}
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

  /**
   * The seeds' guidance, collapsed by default, at choosing (the naming view has it in its own
   * template: one template less to prepare in the first render). Its sections come with the
   * later steps.
   */
  private renderHelp(): TemplateResult {
    return html`<details part="help" class="help" ?hidden=${this.noHelp}>
      <summary>${this.t.helpSummary}</summary>
      ${this.helpSections()}
    </details>`;
  }

  private helpSections(): unknown {
    return this.lazy.value ? this.lazy.value.views.helpSections(this.t, this.level) : nothing;
  }

  private renderError(code: PasskeyErrorCode, duringApproval = false): TemplateResult {
    const t = this.t;
    const e = t.errors[code];
    return html`
      <div class="error">
        ${errorBlock({
          title: e.title,
          body: e.body,
          more: duringApproval ? html`<p>${t.approvalNothingSaved}</p>` : undefined,
          code,
          level: this.level,
        })}
        ${
          // A used or dead link can't work again: only a new code from the computer will. No
          // buttons, so no row either (its margin would leave an empty band under the box).
          this.handoff && (code === 'link-used' || code === 'link-invalid')
            ? nothing
            : html`<div class="actions">
                <button part="button" class="primary" @click=${() => this.retry()}>
                  ${t.tryAgain}
                </button>
                ${
                  this.handoff
                    ? nothing
                    : html`<button part="button" class="secondary" @click=${() => this.back()}>
                        ${t.back}
                      </button>`
                }
              </div>`
        }
      </div>
    `;
  }
}
