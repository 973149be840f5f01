/**
 * Every user-facing string of `<two-factor-totp>`, in English; the other languages are in
 * ./locales/ and load on demand (./locale.ts). Hosts override any of them per instance through
 * the `strings` property. Messages with values are functions.
 */

/** The failures the authenticator tab words, each with its own message. */
export type TotpErrorKey =
  | 'network'
  | 'server'
  | 'invalid-response'
  | 'unauthenticated'
  | 'forbidden'
  | 'expired'
  | 'rate-limited'
  | 'invalid-code'
  | 'approval'
  | 'no-adapter';

/** The calm line after something the user did (not an error). */
export type TotpNotice = 'cancelled' | 'removed' | 'already-set-up';

export interface TwoFactorTotpStrings {
  heading: string;
  loading: string;
  offBody: string;
  setUp: string;
  /** Approval with an existing passkey. */
  approvingHeading: string;
  approvingBody: Record<'totp-setup' | 'totp-remove', string>;
  approve: string;
  approvingWait: string;
  starting: string;
  /** The QR code and the key. */
  scanHeading: string;
  scanSteps: string[];
  qrLabel: string;
  account: (account: string) => string;
  manualSummary: string;
  manualBody: string;
  keyDetails: (digits: number) => string;
  copy: string;
  copied: string;
  /** The code from the app, and the app's name. */
  codeLabel: string;
  codeHint: (digits: number) => string;
  codeProblem: (digits: number) => string;
  nameLabel: string;
  nameHint: string;
  nameProblems: Record<'too-long' | 'forbidden-characters', string>;
  verify: string;
  verifying: string;
  cancel: string;
  /** Done. */
  addedHeading: string;
  addedBody: string;
  addedBodyNamed: (name: string) => string;
  done: string;
  /** Set up. */
  onBody: string;
  unnamed: string;
  addedOn: (date: string) => string;
  remove: string;
  removeHeading: string;
  removeBody: string;
  removeConfirm: string;
  removing: string;
  notices: Record<TotpNotice, string>;
  errors: Record<TotpErrorKey, { title: string; body: string }>;
  tryAgain: string;
  startAgain: string;
  back: string;
}

export const enTotp: TwoFactorTotpStrings = {
  heading: 'Authenticator app',
  loading: 'Checking your authenticator app…',
  offBody:
    'Get a sign-in code from an app on your phone, such as Google Authenticator, Microsoft Authenticator or 1Password. It works without a network connection.',
  setUp: 'Set up authenticator app',
  approvingHeading: 'Confirm with your passkey',
  approvingBody: {
    'totp-setup': 'To set up an authenticator app, confirm it’s you with one of your passkeys.',
    'totp-remove': 'To remove your authenticator app, confirm it’s you with one of your passkeys.',
  },
  approve: 'Confirm with passkey',
  approvingWait: 'Waiting for your passkey…',
  starting: 'Creating your key…',
  scanHeading: 'Scan the QR code with your app',
  scanSteps: [
    'Open your authenticator app and choose to add an account.',
    'Scan this QR code with it.',
    'Enter the code the app shows.',
  ],
  qrLabel: 'QR code for your authenticator app',
  account: (account) => `Account: ${account}`,
  manualSummary: 'Can’t scan? Enter the key',
  manualBody: 'In your app, choose to enter a setup key, and type this key:',
  keyDetails: (digits) => `Time-based, ${digits} digits.`,
  copy: 'Copy key',
  copied: 'Key copied',
  codeLabel: 'Code from the app',
  codeHint: (digits) => `The ${digits}-digit code your app shows now.`,
  codeProblem: (digits) => `Enter the ${digits} digits your app shows.`,
  nameLabel: 'Name (optional)',
  nameHint: 'So you can tell it apart later, such as “Google Authenticator on my phone”.',
  nameProblems: {
    'too-long': 'Use 64 characters or fewer.',
    'forbidden-characters': 'Remove control or text-direction characters from the name.',
  },
  verify: 'Verify and turn on',
  verifying: 'Checking the code…',
  cancel: 'Cancel',
  addedHeading: 'Authenticator app set up',
  addedBody: 'From now on, you can sign in with a code from your authenticator app.',
  addedBodyNamed: (name) => `From now on, you can sign in with a code from ${name}.`,
  done: 'Done',
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
    expired: {
      title: 'The setup expired',
      body: 'It took too long, so nothing was saved. Start again to get a new QR code, and remove the old entry from your app.',
    },
    'rate-limited': {
      title: 'Too many attempts',
      body: 'Wait a minute, then enter the code your app shows at that time.',
    },
    'invalid-code': {
      title: 'That code didn’t work',
      body: 'Enter the code your app shows now. Codes change every 30 seconds.',
    },
    approval: {
      title: 'Your passkey couldn’t confirm it',
      body: 'Nothing was changed. Try again, or use another of your passkeys.',
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
