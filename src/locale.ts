/** The shape of a locale: every string of every element in one language (see i18n.ts). */
import type { PasskeyCredentialsStrings } from './passkey-credentials/strings.js';
import type { PasskeyQrStrings, PasskeyStrings } from './strings.js';

/** Every string of every element in one language. */
export interface PasskeyLocale {
  /** Text direction; `rtl` mirrors the layout. */
  dir: 'ltr' | 'rtl';
  register: PasskeyStrings;
  credentials: PasskeyCredentialsStrings;
  qr: PasskeyQrStrings;
}
