import { TwoFactorTotp } from './two-factor-totp.js';

// Defining twice throws; a page that loads two copies keeps the first.
if (!customElements.get('two-factor-totp')) customElements.define('two-factor-totp', TwoFactorTotp);

declare global {
  interface HTMLElementTagNameMap {
    'two-factor-totp': TwoFactorTotp;
  }
}

export { TwoFactorTotp };
