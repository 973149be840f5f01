import { PasskeyCredentials } from './passkey-credentials.js';

if (!customElements.get('passkey-credentials'))
  customElements.define('passkey-credentials', PasskeyCredentials);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-credentials': PasskeyCredentials;
  }
}

export { PasskeyCredentials };
