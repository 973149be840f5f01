/** The tabs' icons, on the shared 24px grid (../internal/icon.ts): a passkey, a phone, a sheet of codes. */
import { svg } from 'lit';
import { icon } from '../internal/icon.js';
import type { TwoFactorMethod } from './strings.js';

export const tabIcons: Record<TwoFactorMethod, unknown> = {
  passkey: icon(
    svg`<circle cx="9" cy="8" r="3.5"/><path d="M3.5 19.5a5.5 5.5 0 0 1 9.3-4"/><circle cx="17" cy="13.5" r="2.5"/><path d="M17 16v4.5l1.5-1-1.5-1"/>`,
  ),
  totp: icon(svg`<rect x="6.5" y="2.75" width="11" height="18.5" rx="2.5"/><path d="M10.5 18h3"/>`),
  recovery: icon(
    svg`<rect x="5" y="3.5" width="14" height="17" rx="2"/><path d="M8.5 8h2M13.5 8h2M8.5 12h2M13.5 12h2M8.5 16h2M13.5 16h2"/>`,
  ),
};
