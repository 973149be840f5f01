/** The icons of the views that load on demand (kinds, check, chevron, passkey); see ./icon.ts. */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { icon } from './icon.js';
import type { AuthenticatorKind } from '../webauthn.js';

export const kindIcons: Record<AuthenticatorKind, SVGTemplateResult> = {
  // A fingerprint: built-in biometrics or the device's password manager.
  'this-device': icon(svg`
    <path d="M12 11v3.5a6 6 0 0 1-1.2 3.6"/>
    <path d="M8.5 10.5a3.5 3.5 0 0 1 7 0v3.2a9 9 0 0 1-.8 3.8"/>
    <path d="M5.6 8.6A7 7 0 0 1 19 10.5v2.2"/>
    <path d="M5 12v1.5a9.5 9.5 0 0 1-.6 3.2"/>
    <path d="M18.7 16.2a12 12 0 0 1-.9 3"/>
    <path d="M8 6a7 7 0 0 1 8.2-.4"/>`),
  phone: icon(svg`
    <rect x="6.5" y="2.75" width="11" height="18.5" rx="2.5"/>
    <path d="M10.5 18h3"/>`),
  'security-key': icon(svg`
    <rect x="3" y="8.5" width="13" height="7" rx="2"/>
    <path d="M16 10.5h3.5a1.5 1.5 0 0 1 1.5 1.5v0a1.5 1.5 0 0 1-1.5 1.5H16"/>
    <circle cx="8" cy="12" r="1.5"/>`),
};

export const checkIcon = icon(
  svg`<circle cx="12" cy="12" r="9"/><path d="m8 12.5 2.7 2.7L16.5 9.5"/>`,
);

export const chevronIcon = icon(svg`<path d="m9.5 6 6 6-6 6"/>`);

export const passkeyIcon = icon(svg`
  <circle cx="9" cy="8" r="3.5"/>
  <path d="M3.5 19.5a5.5 5.5 0 0 1 9.3-4"/>
  <circle cx="17" cy="13.5" r="2.5"/>
  <path d="M17 16v4.5l1.5-1-1.5-1"/>`);
