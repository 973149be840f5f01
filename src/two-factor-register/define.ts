import { TwoFactorRegister } from './two-factor-register.js';

// Defining twice throws; a page that loads two copies keeps the first. Each tab's element is
// registered by its own define module, which the shell imports when the tab is first opened.
if (!customElements.get('two-factor-register'))
  customElements.define('two-factor-register', TwoFactorRegister);

declare global {
  interface HTMLElementTagNameMap {
    'two-factor-register': TwoFactorRegister;
  }
}

export { TwoFactorRegister };
