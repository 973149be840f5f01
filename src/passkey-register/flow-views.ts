/**
 * `<passkey-register>`'s lazy chunk: the flow controller, and the views of every step after the
 * first one (the choice, the browser prompt, the QR, approval, success and the phone's pages) with
 * their strings and styles. The flow imports the WebAuthn code and the validators statically, so
 * they arrive with it. The element loads this module through its LazyController on the first sign
 * of intent (pointer or focus on the element, or Register), so a page that only shows the widget
 * pays for the first view alone.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { HandoffDetails, HandoffStart } from '../adapter.js';
import { isolate } from '../device-name.js';
import { heading } from '../internal/error-block.js';
import type { HeadingLevel } from '../internal/error-block.js';
import { alertIcon } from '../internal/icon.js';
import { checkIcon, chevronIcon, kindIcons, passkeyIcon } from '../internal/icons.js';
import type { PasskeyStrings } from '../strings.js';
import { AUTHENTICATOR_KINDS } from '../webauthn.js';
import type { AuthenticatorKind, Capabilities } from '../webauthn.js';
import type { PasskeyFlowController } from './flow-controller.js';
import { availability } from './flow-state.js';
import type { CalmNotice, FlowState, FlowStep } from './flow-state.js';
import { PasskeyCancelEvent } from '../events.js';

// One first-load chunk for every bundler that splits by importer sets (see internal/first-load.ts).
export * from '../internal/first-load.js';

export { PasskeyFlowController } from './flow-controller.js';
export { enSteps } from '../strings-steps.js';
export { stepStyles } from './flow-views.styles.js';

/**
 * While the QR is up: re-renders the element once a second for the countdown, and loads
 * `<passkey-qr>` and the encoder when a QR is first shown. On every render of a later step it
 * also keeps focus off <body>: when the focused control went away (the QR redrew, expired, or a
 * busy button was replaced), focus goes to the step's heading, where Escape still reaches the
 * host. And a calm cancel the user made outside our Cancel button (the browser's prompt, the
 * phone) is reported as `passkey-cancel`.
 */
export class HandoffClock implements ReactiveController {
  private ticker?: ReturnType<typeof setInterval>;
  private hadFocus = false;
  private notice?: CalmNotice;
  /** Our own Cancel was pressed (the element fired `passkey-cancel` already). */
  private cancelled = false;
  /** The last step that waited on the user, the one a calm cancel ends. */
  private waited: FlowStep = 'ceremony';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly flow: PasskeyFlowController,
  ) {
    host.addController(this);
    host.addEventListener('passkey-cancel', () => (this.cancelled = true));
  }

  hostUpdate(): void {
    this.hadFocus = Boolean(this.host.shadowRoot?.activeElement);
  }

  hostUpdated(): void {
    const s = this.flow.state;
    const root = this.host.shadowRoot;
    if (this.hadFocus && root && !root.activeElement)
      root.querySelector<HTMLElement>('.heading')?.focus();
    const notice = s.step === 'choosing' || s.step === 'phone-confirm' ? s.notice : undefined;
    if (notice && notice !== this.notice && !this.cancelled)
      this.host.dispatchEvent(new PasskeyCancelEvent(this.waited));
    this.notice = notice;
    if (s.step === 'ceremony' || s.step === 'approving' || s.step === 'handoff')
      this.waited = s.step;
    else if (s.step !== 'fetching') this.cancelled = false;
    if (s.step !== 'handoff' || !s.handoff || s.expired) return this.hostDisconnected();
    this.ticker ??= setInterval(() => this.host.requestUpdate(), 1000);
    if (!customElements.get('passkey-qr')) void import('../passkey-qr/define.js');
  }

  hostDisconnected(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }
}

/** Seconds until the handoff link expires (0 once it has). */
const secondsLeft = (start: HandoffStart) =>
  Math.max(0, Math.ceil((Date.parse(start.expiresAt) - Date.now()) / 1000));

/** At this many seconds left, the QR view warns once and offers More time (WCAG 2.2.1). */
export const WARN_AT_SECONDS = 30;

/** What the views need from the element. */
export interface StepContext {
  t: PasskeyStrings;
  flow: PasskeyFlowController;
  /** The element runs the phone side of a handoff. */
  phone: boolean;
  /** The level of the steps' headings (`heading-level`). */
  level: HeadingLevel;
  cancel(): void;
  /** "Add another passkey": back to naming with a fresh suggestion. */
  restart(): void;
}

/** The view of a later step, or undefined for the steps the element draws itself. */
export function renderStep(c: StepContext, s: FlowState): TemplateResult | undefined {
  switch (s.step) {
    case 'choosing':
      return choosing(c, s.capabilities, s.notice);
    case 'ceremony':
      return ceremony(c, s.kind);
    case 'handoff':
      return handoff(c, s.handoff, s.expired);
    case 'approving':
      return approving(c, s.busy);
    case 'success':
      return success(c, isolate(s.credential.name), s.credential.provider?.name);
    case 'phone-confirm':
      return phoneConfirm(c, s.details, s.notice);
    case 'phone-declined':
      return result(c, c.t.phoneDeclinedHeading, c.t.phoneDeclinedBody);
    default:
      return undefined;
  }
}

/** What the live region says on entering a later step ('' when its heading or alert speaks). */
export function announce({ t, phone }: StepContext, s: FlowState): string {
  switch (s.step) {
    case 'handoff':
      if (s.expired) return t.handoffExpiredHeading;
      if (!s.handoff) return t.handoffStarting;
      // Said once: the text stays the same for the last 30 seconds.
      return secondsLeft(s.handoff) <= WARN_AT_SECONDS ? t.handoffWarning : t.handoffHeading;
    case 'choosing':
    case 'phone-confirm':
      // The calm line after a cancel, said politely; the heading takes focus.
      return s.notice ? t.calm[s.notice] : '';
    case 'ceremony':
      return `${t.waiting[s.kind].heading}. ${t.waitingStatus}`;
    case 'success':
      return phone ? t.phoneDoneHeading : t.successHeading;
    case 'phone-declined':
      return t.phoneDeclinedHeading;
    case 'approving':
      return s.busy ? t.approvingWait : t.approvingHeading;
    default:
      return '';
  }
}

/** The seeds' guidance inside the collapsible "Tips and help". */
export function helpSections(t: PasskeyStrings, level: HeadingLevel): TemplateResult[] {
  return t.help.map(
    (section) =>
      html`<p class="help-heading" role="heading" aria-level=${Math.min(level + 1, 6)}>
          ${section.heading}
        </p>
        <ul>
          ${section.items.map((item) => html`<li>${item}</li>`)}
        </ul>`,
  );
}

/** The calm, neutral line after the user stopped (not an error: no red, no alert). */
const calmLine = (c: StepContext, notice: CalmNotice | undefined) =>
  notice ? html`<p class="calm" part="notice">${c.t.calm[notice]}</p>` : nothing;

const cancelButton = (c: StepContext) =>
  html`<button part="button" class="secondary" @click=${() => c.cancel()}>${c.t.cancel}</button>`;

function pending(title: string, c: StepContext): TemplateResult {
  return html`
    ${heading(c.level, title)}
    <div class="waiting"><span class="spinner" aria-hidden="true"></span></div>
    <div class="actions">${cancelButton(c)}</div>
  `;
}

function choosing(c: StepContext, caps: Capabilities, notice?: CalmNotice): TemplateResult {
  const { t, flow } = c;
  // The page-drawn QR is a link: it needs no Bluetooth, so Bluetooth being off blocks nothing.
  const handoff = flow.offers('handoff');
  return html`
    ${heading(c.level, t.chooseHeading)} ${calmLine(c, notice)}
    <p class="muted">${t.chooseIntro}</p>
    <ul class="choices">
      ${AUTHENTICATOR_KINDS.map((kind) => {
        let avail = availability(kind, caps);
        if (avail === 'no-hybrid' && handoff) avail = 'available';
        const choice = t.choices[kind];
        const description =
          kind === 'phone' && !handoff ? t.phoneHybridDescription : choice.description;
        const blocked = avail === 'no-platform';
        // Named by its content (label, description, any note), read once: no describedby. A
        // blocked choice stays focusable (aria-disabled), so Tab reaches it and its reason.
        return html`<li>
          <button
            part="choice"
            class="choice"
            data-kind=${kind}
            aria-disabled=${blocked ? 'true' : 'false'}
            @click=${() => flow.choose(kind)}
          >
            <span class="kind-badge choice-icon">${kindIcons[kind]}</span>
            <span class="choice-text">
              <span class="choice-label">${choice.label}</span>
              <span class="choice-desc">${description}</span>
              ${
                avail === 'available'
                  ? nothing
                  : html`<span class="choice-note ${avail}"
                      >${blocked ? alertIcon : nothing}<span>${t.unavailable[avail]}</span></span
                    >`
              }
            </span>
            <span class="chevron">${chevronIcon}</span>
          </button>
        </li>`;
      })}
    </ul>
    <div class="actions">
      <button part="button" class="secondary" @click=${() => flow.back()}>${t.back}</button>
    </div>
  `;
}

function ceremony(c: StepContext, kind: AuthenticatorKind): TemplateResult {
  const w = c.t.waiting[kind];
  return html`
    <span class="kind-badge">${kindIcons[kind]}</span>
    ${heading(c.level, w.heading)}
    <div class="waiting"><span class="spinner" aria-hidden="true"></span>${c.t.waitingStatus}</div>
    <ol class="steps">
      ${w.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${c.flow.offers('approval') ? html`<p class="muted next">${c.t.approvalAhead}</p>` : nothing}
    <div class="actions">${cancelButton(c)}</div>
  `;
}

function success(c: StepContext, name: string, provider: string | undefined): TemplateResult {
  const { t } = c;
  if (c.phone) return result(c, t.phoneDoneHeading, t.phoneDoneBody(name), checkIcon);
  return html`
    <div class="success">
      <span class="result-icon">${checkIcon}</span>
      ${heading(c.level, t.successHeading)}
      <p>${t.successBody(name)}</p>
      ${provider ? html`<p class="muted">${t.successProvider(isolate(provider))}</p>` : nothing}
      <div class="actions">
        <button part="button" class="secondary" @click=${() => c.restart()}>${t.addAnother}</button>
      </div>
    </div>
  `;
}

/** A closing message with no action (the phone's last screens). */
function result(
  c: StepContext,
  title: string,
  body: string,
  icon?: TemplateResult,
): TemplateResult {
  return html`
    <div class="success">
      ${icon ? html`<span class="result-icon">${icon}</span>` : nothing} ${heading(c.level, title)}
      <p>${body}</p>
    </div>
  `;
}

function handoff(
  c: StepContext,
  start: HandoffStart | undefined,
  expired: boolean,
): TemplateResult {
  const { t, flow } = c;
  if (!start) return pending(t.handoffStarting, c);
  // The browser's own QR, which needs Bluetooth: a link-style fallback, so the view keeps one way
  // out (Cancel) instead of a column of buttons on a phone-width screen.
  const bluetooth = html`<p class="muted alt">
    ${t.handoffBluetoothIntro}
    <button class="link" @click=${() => flow.useBluetooth()}>${t.handoffUseBluetooth}</button>
  </p>`;
  if (expired) {
    return html`
      ${heading(c.level, t.handoffExpiredHeading)}
      <p>${t.handoffExpiredBody}</p>
      ${bluetooth}
      <div class="actions">
        <button part="button" class="primary" @click=${() => flow.startHandoff()}>
          ${t.handoffRegenerate}
        </button>
        ${cancelButton(c)}
      </div>
    `;
  }
  const left = secondsLeft(start);
  // Isolated left-to-right, so "4:59" reads the same inside right-to-left text.
  const time = `\u2066${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}\u2069`;
  return html`
    ${heading(c.level, t.handoffHeading)}
    <div class="handoff">
      <passkey-qr part="qr" .value=${start.url} label=${t.handoffQrLabel}></passkey-qr>
      <div>
        <ol class="steps">
          ${t.handoffSteps.map((step) => html`<li>${step}</li>`)}
        </ol>
        <p class="countdown" role="timer">${t.handoffCountdown(time)}</p>
        ${
          left <= WARN_AT_SECONDS
            ? html`<div class="calm warn">
                <p>${t.handoffWarning}</p>
                <button part="button" class="secondary" @click=${() => flow.startHandoff()}>
                  ${t.handoffMoreTime}
                </button>
              </div>`
            : nothing
        }
        ${bluetooth}
      </div>
    </div>
    <div class="actions">${cancelButton(c)}</div>
  `;
}

function approving(c: StepContext, busy: boolean): TemplateResult {
  const { t, flow } = c;
  return html`
    <span class="kind-badge">${passkeyIcon}</span>
    ${heading(c.level, t.approvingHeading)}
    <p>${t.approvingBody}</p>
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
        class="primary"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => flow.approve()}
      >
        ${t.approve}
      </button>
      ${cancelButton(c)}
    </div>
  `;
}

function phoneConfirm(
  c: StepContext,
  details: HandoffDetails,
  notice?: CalmNotice,
): TemplateResult {
  const { t, flow } = c;
  const { name, displayName } = details.account;
  return html`
    <span class="kind-badge">${kindIcons.phone}</span>
    ${heading(c.level, t.phoneHeading)} ${calmLine(c, notice)}
    <p>
      ${t.phoneAccount(displayName ? `${isolate(displayName)} (${isolate(name)})` : isolate(name))}
    </p>
    <p class="muted">${t.phoneName(isolate(details.name))}</p>
    <div class="actions">
      <button part="button" class="primary" @click=${() => flow.createOnPhone()}>
        ${t.phoneCreate}
      </button>
      <button part="button" class="secondary" @click=${() => flow.declineOnPhone()}>
        ${t.phoneDecline}
      </button>
    </div>
  `;
}
