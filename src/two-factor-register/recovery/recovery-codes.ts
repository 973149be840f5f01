import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { PasskeyAdapter, RecoveryCodesStatus } from '../../adapter.js';
import { LocaleController } from '../../i18n.js';
import { styles as cardStyles, stateStyles } from '../../internal/card.styles.js';
import { errorBlock } from '../../internal/error-block.js';
import { PasskeyAdapterError, callWithTimeout, errorCode } from '../../internal/errors.js';
import { LazyController, once } from '../../internal/lazy.js';
import { enFirstView } from '../../strings.js';
import { words, wordsLoaded } from '../words.js';
import type * as Flow from './flow.js';
import { styles } from './recovery-codes.styles.js';
import { enRecovery } from './strings.js';
import type { RecoveryCodesStrings } from './strings.js';

/** Everything from Generate on: loaded on the first sign of intent, or by the click itself. */
const loadFlow = once(() => import('./flow.js'));

const count = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 1000;

/** The adapter's status, checked: counts only. */
function parseStatus(raw: unknown): RecoveryCodesStatus {
  const s = raw as RecoveryCodesStatus | null;
  if (
    !s ||
    typeof s.configured !== 'boolean' ||
    !count(s.remaining) ||
    !count(s.total) ||
    s.remaining > s.total
  )
    throw new PasskeyAdapterError('invalid-response', 'Unexpected recovery codes status');
  return { configured: s.configured, remaining: s.remaining, total: s.total };
}

/**
 * Recovery codes, the second factor of last resort: how many are left (never the codes), and a
 * new set, approved with a passkey when the server asks, shown once with Copy, Download and Print,
 * and put in force only once the user confirms having saved it.
 *
 * @summary Recovery codes: how many are left, and a new set shown once.
 * @tag two-factor-recovery-codes
 *
 * @fires {TwoFactorRecoveryCodesGeneratedEvent} two-factor-recovery-codes-generated - A new set is in force; `event.detail.total` says how many codes (never the codes).
 *
 * @attribute lang - The language (else the closest ancestor's, then the browser's); followed when it changes.
 *
 * @csspart base - The card around everything (no chrome when `embedded`).
 * @csspart heading - The headings.
 * @csspart button - Buttons.
 * @csspart codes - The list of codes, shown once.
 * @csspart status - The live region (visually hidden).
 * @csspart error - Error messages.
 *
 * @cssproperty --passkey-accent - Buttons, icons and the checkbox.
 * @cssproperty --passkey-surface - The card background.
 * @cssproperty --passkey-surface-raised - The codes' background.
 * @cssproperty --passkey-text - Body text.
 * @cssproperty --passkey-muted - Secondary text.
 * @cssproperty --passkey-border - Borders.
 * @cssproperty --passkey-danger - Errors, and few codes left.
 * @cssproperty --passkey-success - The confirmation once a new set is in force.
 * @cssproperty --passkey-focus-ring - Focus outlines.
 * @cssproperty --passkey-radius-control - Buttons', the codes' and the counts' corner radius.
 * @cssproperty --passkey-font-size-heading - Step headings.
 * @cssproperty --passkey-space-xs - Spacing scale, smallest step.
 * @cssproperty --passkey-space-s - Spacing scale, small step.
 * @cssproperty --passkey-space-m - Spacing scale, medium step.
 * @cssproperty --passkey-space-l - Spacing scale, large step.
 */
export class TwoFactorRecoveryCodes extends LitElement {
  static override styles = [cardStyles, stateStyles, styles];
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    embedded: { type: Boolean, reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    adapterTimeout: { type: Number, attribute: 'adapter-timeout' },
    counts: { state: true },
    loading: { state: true },
    failed: { state: true },
    said: { state: true },
    notice: { state: true },
  };

  /** The bridge to your server; needs `recoveryCodesStatus`, `generateRecoveryCodes` and `confirmRecoveryCodes`. */
  adapter?: PasskeyAdapter;

  /** Inside another card (a tab of `<two-factor-register>`): no card of its own. */
  embedded = false;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Overrides for any of the English strings. */
  strings: Partial<RecoveryCodesStrings> = {};

  /** Milliseconds an adapter call may take before it is reported as a network failure. */
  adapterTimeout = 30_000;

  /** @internal The counts as last loaded (for the flow). */
  counts?: RecoveryCodesStatus;
  /** Loading the counts, or why they could not load. */
  private loading = true;
  private failed?: string;
  /** What the live region says; the line shown after a new set or a Cancel. */
  private said = '';
  private notice?: { text: string; ok: boolean };

  private readonly locale = new LocaleController(this);
  private readonly flow = new LazyController<typeof Flow, Flow.RecoveryFlow>(this, {
    load: loadFlow,
    build: (m) => new m.RecoveryFlow(this, parseStatus),
    styles: (m) => m.flowStyles,
    // The click that waited for the code changes nothing: the network error says so.
    failed: () => this.say('', '[part=error] .actions button'),
  });
  /** The status request in flight. */
  private run?: AbortController;
  /** Where focus goes after the next render (a selector in the shadow root). */
  private focusNext?: string;
  /** The latest click waiting for the flow's code; `updateComplete` waits for it too. */
  private acting?: Promise<void>;

  /** @internal Every string in the element's language (the flow's English once it has loaded). */
  get text(): RecoveryCodesStrings {
    return {
      ...enRecovery,
      ...this.flow.chunk?.enRecoveryFlow,
      ...words(this.locale.lang, this)?.recovery,
      ...this.strings,
    } as RecoveryCodesStrings;
  }

  /** @internal For the flow: announces `words` and moves focus to `focus` after the render. */
  say(words: string, focus?: string): void {
    this.said = words;
    this.focusNext = focus;
    this.requestUpdate();
  }

  /** @internal For the flow: back to the counts, with a notice. */
  finish(notice: { text: string; ok: boolean }, counts?: RecoveryCodesStatus): void {
    if (counts) this.counts = counts;
    this.notice = notice;
    this.say(notice.text, notice.ok ? '.notice' : '.start');
  }

  /** Reloads the counts from the adapter. */
  async refresh(moveFocus = false): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    this.run?.abort();
    const run = (this.run = new AbortController());
    this.flow.value?.stop();
    this.loading = true;
    this.failed = undefined;
    if (moveFocus) this.say(this.text.loading, '.waiting');
    try {
      this.counts = parseStatus(
        await callWithTimeout(run.signal, this.adapterTimeout, (s) =>
          adapter.recoveryCodesStatus!(s),
        ),
      );
      if (moveFocus) this.focusNext = '.count';
    } catch (err) {
      if (run.signal.aborted) return;
      this.failed = errorCode(err);
      if (moveFocus) this.focusNext = '[part=error] .actions button';
    }
    this.loading = false;
  }

  /** Generate (or Generate new codes): the flow, once its code is in. */
  private start(): void {
    this.notice = undefined;
    this.acting = this.flow.run((flow) => flow.start());
  }

  /** Also waits for a click that waits for the flow's code, the words of its language, and what they render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.acting;
    await wordsLoaded(this.locale.lang);
    return super.getUpdateComplete();
  }

  // Inside <two-factor-register>'s shadow root, the page's observer of `lang` can't see a
  // change of this element's own `lang`: it is watched here.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.locale.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) void this.refresh();
  }

  protected override updated(): void {
    const sel = this.focusNext;
    if (!sel) return;
    this.focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    const active = document.activeElement;
    // Only when focus is ours to move: inside this element, or lost to <body>.
    if (root.activeElement || !active || active === document.body)
      root.querySelector<HTMLElement>(sel)?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.text;
    return html`<section
      part="base"
      class=${this.embedded ? 'plain' : 'card'}
      aria-labelledby="heading"
      dir=${this.locale.dir}
      lang=${this.locale.lang}
    >
      <h2 part="heading" id="heading">${t.heading}</h2>
      <p class="muted intro">${t.intro}</p>
      <div part="status" class="sr-only" role="status">${this.said}</div>
      ${this.flow.value?.step ? this.flow.value.render() : this.renderCounts()}
    </section>`;
  }

  private renderCounts(): TemplateResult {
    const t = this.text;
    const s = this.counts;
    const busy = this.flow.status === 'loading';
    const flowFailed = this.flow.status === 'failed';
    if (this.failed || flowFailed) {
      // The network's words are <passkey-register>'s first view's, in this language.
      const shared = this.locale.locale?.register ?? enFirstView;
      return errorBlock({
        ...(flowFailed || this.failed === 'network' ? shared.errors.network : t.statusError),
        code: flowFailed ? 'network' : this.failed,
        actions: html`<button
          part="button"
          class="secondary"
          @click=${() => (flowFailed ? this.flow.retry() : void this.refresh(true))}
        >
          ${shared.tryAgain}
        </button>`,
      });
    }
    if (this.loading || !s)
      return html`<div class="waiting" tabindex="-1">
        <span class="spinner" aria-hidden="true"></span>${t.loading}
      </div>`;
    const n = this.notice;
    const low = s.configured && s.remaining <= 2;
    return html`${
        n
          ? html`<p class="notice ${n.ok ? 'ok' : ''}" tabindex="-1">
              ${n.ok ? this.flow.chunk?.checkIcon : nothing}<span>${n.text}</span>
            </p>`
          : nothing
      }
      <div class="status">
        <p class="count ${low ? 'low' : ''}" tabindex="-1">
          ${s.configured ? t.remaining(s.remaining, s.total) : t.notSetUp}
        </p>
        ${s.configured ? (low ? html`<p class="warn">${t.low}</p>` : nothing) : html`<p class="muted">${t.notSetUpBody}</p>`}
      </div>
      <div class="actions">
        <button
          part="button"
          class="${s.configured && !low ? 'secondary' : 'primary'} start"
          aria-disabled=${busy ? 'true' : nothing}
          @click=${() => this.start()}
        >
          ${s.configured ? t.regenerate : t.generate}
        </button>
      </div>`;
  }
}
