import { PasskeyQr } from './passkey-qr.js';

if (!customElements.get('passkey-qr')) customElements.define('passkey-qr', PasskeyQr);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-qr': PasskeyQr;
  }
}

export { PasskeyQr };
