/**
 * The shell's English: the tabs, and a tab whose code is loading or could not load. The recovery
 * tab's are in ./recovery/strings.ts; the other languages in ./locales/, loaded on demand.
 */
export type TwoFactorMethod = 'passkey' | 'totp' | 'recovery';

export interface TwoFactorStrings {
  /** The tab list's accessible name. */
  tablist: string;
  tabs: Record<TwoFactorMethod, string>;
  /** A tab's code is loading. */
  loading: string;
  /** A tab's code could not load. */
  loadFailedTitle: string;
  loadFailedBody: string;
  retry: string;
  /** No tab can be shown (no adapter, or it has none of the methods). */
  none: string;
}

export const enShell: TwoFactorStrings = {
  tablist: 'Sign-in methods',
  tabs: { passkey: 'Passkeys', totp: 'Authenticator app', recovery: 'Recovery codes' },
  loading: 'Loading…',
  loadFailedTitle: 'This section couldn’t load',
  loadFailedBody: 'Check your connection, then try again.',
  retry: 'Try again',
  none: 'No sign-in methods can be set up here yet. Please contact support.',
};
