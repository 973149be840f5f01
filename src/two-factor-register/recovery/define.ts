import { TwoFactorRecoveryCodes } from './recovery-codes.js';

// Defining twice throws; a page that loads two copies keeps the first.
if (!customElements.get('two-factor-recovery-codes'))
  customElements.define('two-factor-recovery-codes', TwoFactorRecoveryCodes);

declare global {
  interface HTMLElementTagNameMap {
    'two-factor-recovery-codes': TwoFactorRecoveryCodes;
  }
}

export { TwoFactorRecoveryCodes };
