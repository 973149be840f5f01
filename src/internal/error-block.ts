/**
 * The one error block both elements show (icon, title, body, then any actions), and step
 * headings at a host-chosen level. Its styles are `.error-box` and `.error-title` in
 * ./card.styles.ts, which both elements adopt.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { alertIcon } from './icon.js';

/** A heading level the elements accept (`heading-level`). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level` as given (attribute or property), clamped to 2–6; anything else is 2. */
export const headingLevel = (value: unknown): HeadingLevel => {
  const n = Math.round(Number(value));
  return (n >= 2 && n <= 6 ? n : 2) as HeadingLevel;
};

/**
 * A step's heading at `level` (2–6), focusable by script so a new step can move focus to it.
 * Levels other than 2 are ARIA headings: one template each way costs the first load less than
 * five literal tags or lit/static-html.
 */
export const heading = (level: HeadingLevel, text: unknown, cls = 'heading'): TemplateResult =>
  level === 2
    ? html`<h2 part="heading" class=${cls} tabindex="-1">${text}</h2>`
    : html`<div part="heading" class=${cls} role="heading" aria-level=${level} tabindex="-1">
        ${text}
      </div>`;

export interface ErrorBlockOptions {
  title: string;
  body?: string;
  /** More lines under the body (e.g. "nothing was saved"). */
  more?: unknown;
  /** Buttons, inside the block under the text. */
  actions?: unknown;
  /** The error code, for hosts and tests (`data-code`). */
  code?: string;
  /**
   * When the error is a step of its own, its title is that step's heading at this level (and
   * takes focus); otherwise the title is plain bold text.
   */
  level?: HeadingLevel;
}

/**
 * The full stop a title lacks on screen, for screen readers only: without it an alert's title
 * and body are read as one run-on sentence. Japanese bodies end in 。, the others in a period.
 */
export const stop = (body?: string) =>
  body ? html`<span class="sr-only">${body.endsWith('。') ? '。' : '.'}</span>` : nothing;

/**
 * An error, announced once (role=alert): a red-bordered box with the alert icon, its title and
 * body. One look across <passkey-register> and <passkey-credentials>.
 */
export function errorBlock(o: ErrorBlockOptions): TemplateResult {
  return html`<div part="error" class="error-box" role="alert" data-code=${o.code ?? nothing}>
    ${alertIcon}
    <div class="error-text">
      ${o.level ? heading(o.level, o.title, 'heading error-title') : html`<p class="error-title">${o.title}</p>`}${stop(o.body)}
      ${o.body ? html`<p>${o.body}</p>` : nothing} ${o.more ?? nothing}
      ${o.actions ? html`<div class="actions">${o.actions}</div>` : nothing}
    </div>
  </div>`;
}
