/** The tabs' icons: the passkey and phone of ../internal/icons.ts, and a sheet of codes. */
import { svg } from 'lit';
import { icon } from '../internal/icon.js';
import { kindIcons, passkeyIcon } from '../internal/icons.js';
import type { TwoFactorMethod } from './strings.js';

export const tabIcons: Record<TwoFactorMethod, unknown> = {
  passkey: passkeyIcon,
  totp: kindIcons.phone,
  // A sheet with lines of codes.
  recovery: icon(svg`
    <rect x="5" y="3.5" width="14" height="17" rx="2"/>
    <path d="M8.5 8h2M13.5 8h2M8.5 12h2M13.5 12h2M8.5 16h2M13.5 16h2"/>`),
};
