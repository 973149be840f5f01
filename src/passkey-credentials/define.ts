import { PasskeyCredentials } from './passkey-credentials.js';
// The list opens <passkey-register> for "Add passkey". Registered here, not in the class module,
// so that importing the class (the package root) stays free of side effects.
import '../passkey-register/define.js';

if (!customElements.get('passkey-credentials'))
  customElements.define('passkey-credentials', PasskeyCredentials);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-credentials': PasskeyCredentials;
  }
}

export { PasskeyCredentials };
