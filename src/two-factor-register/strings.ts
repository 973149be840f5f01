/**
 * The shell's English: the tabs. A tab whose code is loading or could not load says so in the
 * words of <passkey-register>'s first view ("Getting ready…", the network error), already loaded
 * in every language. The recovery tab's are in ./recovery/strings.ts; the other languages in
 * ./locales/, loaded on demand.
 */
export type TwoFactorMethod = 'passkey' | 'totp' | 'recovery';

export interface TwoFactorStrings {
  /** The tab list's accessible name. */
  tablist: string;
  tabs: Record<TwoFactorMethod, string>;
}

export const enShell: TwoFactorStrings = {
  tablist: 'Sign-in methods',
  tabs: { passkey: 'Passkeys', totp: 'Authenticator app', recovery: 'Recovery codes' },
};
