/**
 * Inline SVG icons (no external assets), drawn on a 24px grid with currentColor strokes: the
 * wrapper they share, and the alert icon of the first view. The rest are in ./icons.ts.
 */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

export const icon = (body: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const alertIcon = icon(
  svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5"/><path d="M12 16.5h.01"/>`,
);
