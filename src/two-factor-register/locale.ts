/** The shape of a <two-factor-register> locale: the shell's and the recovery tab's strings. */
import type { RecoveryCodesStrings } from './recovery/strings.js';
import type { TwoFactorStrings } from './strings.js';

export interface TwoFactorLocale {
  /** Text direction; `rtl` mirrors the layout. */
  dir: 'ltr' | 'rtl';
  shell: TwoFactorStrings;
  recovery: RecoveryCodesStrings;
}
