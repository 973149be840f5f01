import { PasskeyRegister } from './passkey-register.js';

// Defining twice throws; a page that loads two copies keeps the first.
if (!customElements.get('passkey-register'))
  customElements.define('passkey-register', PasskeyRegister);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-register': PasskeyRegister;
  }
}

export { PasskeyRegister };
