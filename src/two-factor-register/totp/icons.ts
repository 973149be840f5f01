/** The authenticator tab's icons (see src/internal/icon.ts for the shared wrapper). */
import { svg } from 'lit';
import { icon } from '../../internal/icon.js';

export const checkIcon = icon(
  svg`<circle cx="12" cy="12" r="9"/><path d="m8 12.5 2.7 2.7L16.5 9.5"/>`,
);

/** A phone showing a code. */
export const appIcon = icon(svg`
  <rect x="6.5" y="2.75" width="11" height="18.5" rx="2.5"/>
  <path d="M9.5 10.5h1M11.5 10.5h1M13.5 10.5h1"/>
  <path d="M10.5 18h3"/>`);
