/**
 * Drives <two-factor-totp> for its stories and tests: waiting for a step, the drawn QR code,
 * typing, and sample replies. No test-framework imports, so Storybook can load it.
 */
import type { TwoFactorTotp } from '../../src/two-factor-register/totp/two-factor-totp.js';
import type { PasskeyQr } from '../../src/passkey-qr/passkey-qr.js';
import { untilStep } from './drive.js';

export const SAMPLE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const SAMPLE_URI = `otpauth://totp/Acme%20Invest:alex%40example.com?secret=${SAMPLE_SECRET}&issuer=Acme%20Invest&algorithm=SHA1&digits=6&period=30`;
export const sampleSetup = (uri = SAMPLE_URI) => ({
  id: 'pending-1',
  uri,
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
});

/** Waits until the element is at `step` (and rendered). */
export async function untilTotp(el: TwoFactorTotp, step: TwoFactorTotp['step'], timeout = 5000) {
  await untilStep(el, step, timeout);
  // The setup's views come from their chunk; its styles join after the render.
  await new Promise((r) => setTimeout(r));
  return el;
}

/** The drawn QR code (once drawn). */
export async function drawnQr(el: TwoFactorTotp): Promise<PasskeyQr> {
  for (let i = 0; i < 300; i++) {
    const qr = el.shadowRoot!.querySelector('passkey-qr');
    if (qr && customElements.get('passkey-qr')) {
      await qr.updateComplete;
      await qr.drawn;
      if (qr.shadowRoot?.querySelector('svg')) return qr;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('No QR code was drawn');
}

export const focusedIn = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Types into a field as a user would (value, then an input event). */
export function typeInto(input: HTMLElement, text: string): void {
  (input as HTMLInputElement).value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
