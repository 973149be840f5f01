/**
 * Every user-facing string of `<two-factor-totp>`, in English; the other languages are in
 * ./locales/ and load on demand (./locale.ts). Hosts override any of them per instance through
 * the `strings` property. Messages with values are functions.
 */

/** A language of the authenticator tab (./locales/). */
export interface TotpLocale {
  dir: 'ltr' | 'rtl';
  totp: TwoFactorTotpStrings;
}

/** The failures the authenticator tab words, each with its own message. */
export type TotpErrorKey = TotpFirstErrorKey | TotpSetupErrorKey;
/** The errors the status views can meet. */
export type TotpFirstErrorKey =
  'network' | 'server' | 'invalid-response' | 'unauthenticated' | 'forbidden' | 'no-adapter';
/** The errors only setting up or removing can meet: their words load with that code. */
export type TotpSetupErrorKey = 'expired' | 'rate-limited' | 'invalid-code' | 'approval';

/** The calm line after something the user did (not an error). */
export type TotpNotice = 'cancelled' | 'removed' | 'already-set-up';

/** The strings of the status views (loading, set up or not, removing, errors). */
export interface TotpFirstStrings {
  heading: string;
  loading: string;
  offBody: string;
  setUp: string;
  starting: string;
  cancel: string;
  onBody: string;
  unnamed: string;
  addedOn: (date: string) => string;
  remove: string;
  removeHeading: string;
  removeBody: string;
  removeConfirm: string;
  removing: string;
  notices: Record<TotpNotice, string>;
  errors: Record<TotpFirstErrorKey, { title: string; body: string }>;
  tryAgain: string;
  startAgain: string;
  back: string;
}

/** The strings of setting up (approval, QR code and key, the code) and of its success. */
export interface TotpSetupStrings {
  setupErrors: Record<TotpSetupErrorKey, { title: string; body: string }>;
  approvingHeading: string;
  approvingBody: Record<'totp-setup' | 'totp-remove', string>;
  approve: string;
  approvingWait: string;
  scanHeading: string;
  scanSteps: string[];
  qrLabel: string;
  account: (account: string) => string;
  manualSummary: string;
  manualBody: string;
  keyDetails: (digits: number) => string;
  copy: string;
  copied: string;
  codeLabel: string;
  codeHint: (digits: number) => string;
  codeProblem: (digits: number) => string;
  nameLabel: string;
  nameHint: string;
  nameProblems: Record<'too-long' | 'forbidden-characters', string>;
  verify: string;
  verifying: string;
  addedHeading: string;
  addedBody: string;
  addedBodyNamed: (name: string) => string;
  done: string;
}

/** Every string of `<two-factor-totp>`. */
export type TwoFactorTotpStrings = TotpFirstStrings & TotpSetupStrings;

/** English for the status views; ./strings-setup.ts has the rest. */
export const enTotp: TotpFirstStrings = {
  heading: 'Authenticator app',
  loading: 'Checking your authenticator app…',
  offBody:
    'Get a sign-in code from an app on your phone, such as Google Authenticator, Microsoft Authenticator or 1Password. It works without a network connection.',
  setUp: 'Set up authenticator app',
  starting: 'Creating your key…',
  cancel: 'Cancel',
  onBody: 'You can sign in with a code from this app.',
  unnamed: 'Authenticator app',
  addedOn: (date) => `Added ${date}`,
  remove: 'Remove',
  removeHeading: 'Remove the authenticator app?',
  removeBody:
    'Its codes will no longer work for signing in. You can set up an app again at any time.',
  removeConfirm: 'Remove app',
  removing: 'Removing the authenticator app…',
  notices: {
    cancelled: 'Nothing was changed.',
    removed: 'The authenticator app was removed.',
    'already-set-up': 'An authenticator app is already set up for your account.',
  },
  errors: {
    network: {
      title: 'Can’t reach the server',
      body: 'Check your connection, then try again.',
    },
    server: {
      title: 'Something went wrong on our side',
      body: 'Nothing was changed. Try again in a moment.',
    },
    'invalid-response': {
      title: 'Unexpected reply from the server',
      body: 'The server sent something we couldn’t use, so nothing was saved. Try again, or contact support if it keeps happening.',
    },
    unauthenticated: {
      title: 'Your session has expired',
      body: 'Sign in again, then set up your authenticator app.',
    },
    forbidden: {
      title: 'You don’t have permission',
      body: 'Your account can’t change its authenticator app. Ask your organization’s administrator.',
    },
    'no-adapter': {
      title: 'Authenticator apps aren’t connected yet',
      body: 'This page hasn’t connected the widget to its server. Please contact support.',
    },
  },
  tryAgain: 'Try again',
  startAgain: 'Start again',
  back: 'Back',
};
