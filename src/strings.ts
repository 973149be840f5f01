/**
 * Every user-facing string of `<passkey-register>`, in English. Hosts override any of them
 * per instance through the `strings` property. Messages with values are functions.
 */
import type { PasskeyErrorCode } from './internal/errors.js';
import type { NameProblem } from './device-name.js';
import type { AuthenticatorKind } from './webauthn.js';

export interface PasskeyStrings {
  nameHeading: string;
  nameLabel: string;
  nameHint: string;
  nameProblems: Record<NameProblem, string>;
  register: string;
  /** Suggested device name, from the browser and operating system. */
  suggestedName: (browser: string, os: string) => string;
  fetchingHeading: string;
  chooseHeading: string;
  chooseIntro: string;
  choices: Record<AuthenticatorKind, { label: string; description: string }>;
  unavailable: { 'no-platform': string; 'no-hybrid': string };
  waiting: Record<AuthenticatorKind, { heading: string; steps: string[] }>;
  waitingStatus: string;
  verifyingHeading: string;
  successHeading: string;
  successBody: (name: string) => string;
  successProvider: (provider: string) => string;
  addAnother: string;
  errors: Record<PasskeyErrorCode, { title: string; body: string }>;
  tryAgain: string;
  back: string;
  cancel: string;
  /** The collapsible "Tips and help" area, from the seeds' guidance. */
  helpSummary: string;
  help: { heading: string; items: string[] }[];
  /** Approval of the new passkey (or handoff) with an existing one. */
  approvingHeading: string;
  approvingBody: string;
  approve: string;
  approvingWait: string;
  approvalNothingSaved: string;
  /** Desktop: the page-drawn QR for adding a passkey from a phone. */
  handoffStarting: string;
  handoffHeading: string;
  handoffSteps: string[];
  handoffQrLabel: string;
  handoffCountdown: (time: string) => string;
  handoffExpiredHeading: string;
  handoffExpiredBody: string;
  handoffRegenerate: string;
  handoffUseBluetooth: string;
  /** Phone: the page the QR opens. */
  phoneLoading: string;
  phoneHeading: string;
  phoneAccount: (account: string) => string;
  phoneName: (name: string) => string;
  phoneCreate: string;
  phoneDecline: string;
  phoneDoneHeading: string;
  phoneDoneBody: (name: string) => string;
  phoneDeclinedHeading: string;
  phoneDeclinedBody: string;
  /** #15 design pass. The calm line after the user stopped (not an error). */
  calm: Record<'cancelled' | 'declined' | 'not-confirmed', string>;
  /** On the browser's prompt: a second prompt (an existing passkey) may follow. */
  approvalAhead: string;
  /** The phone option's description when only the browser's own QR (Bluetooth) is available. */
  phoneHybridDescription: string;
  /** QR view: before "Use Bluetooth instead". */
  handoffBluetoothIntro: string;
  /** QR view: said once, about 30 seconds before the code expires. */
  handoffWarning: string;
  /** QR view: replaces the code with a fresh one before it expires. */
  handoffMoreTime: string;
}

/** Strings of `<passkey-qr>`. */
export interface PasskeyQrStrings {
  label: string;
  copy: string;
  copied: string;
  tooLong: string;
  failed: string;
}

export const enQr: PasskeyQrStrings = {
  label: 'QR code',
  copy: 'Copy link',
  copied: 'Copied',
  tooLong: 'This text is too long for a QR code.',
  failed: 'The QR code could not be drawn.',
};

/** The strings the first view needs: naming, waiting, errors. The rest load with the later steps. */
export type FirstViewStrings = Pick<
  PasskeyStrings,
  | 'nameHeading'
  | 'nameLabel'
  | 'nameHint'
  | 'nameProblems'
  | 'register'
  | 'suggestedName'
  | 'fetchingHeading'
  | 'verifyingHeading'
  | 'errors'
  | 'tryAgain'
  | 'back'
  | 'cancel'
  | 'helpSummary'
  | 'approvalNothingSaved'
  | 'phoneLoading'
>;

/** English for the first view; `enSteps` in ./strings-steps.ts has the rest. */
export const enFirstView: FirstViewStrings = {
  nameHeading: 'Name your device',
  nameLabel: 'Device name',
  nameHint:
    'Use a clear, specific name so you can tell your passkeys apart, such as “MacBook Pro (Work)”, “Backup YubiKey” or “Google Titan Key”.',
  nameProblems: {
    empty: 'Enter a name for this passkey.',
    'too-long': 'Use 64 characters or fewer.',
    'forbidden-characters': 'Remove control or text-direction characters from the name.',
  },
  register: 'Register',
  suggestedName: (browser, os) => `${browser} on ${os}`,
  fetchingHeading: 'Getting ready…',
  verifyingHeading: 'Saving your passkey…',
  errors: {
    cancelled: {
      title: 'Passkey not created',
      body: 'The request was cancelled or not approved. When you’re ready, try again.',
    },
    timeout: {
      title: 'The request timed out',
      body: 'Nothing was confirmed in time. Try again and approve the prompt when it appears.',
    },
    'already-registered': {
      title: 'Already registered',
      body: 'This device or key already holds a passkey for your account. Choose a different one, or keep using the one you have.',
    },
    'unsupported-authenticator': {
      title: 'This authenticator can’t be used',
      body: 'It can’t verify you with a PIN or biometrics, which this site requires. Try another device or security key.',
    },
    'not-supported': {
      title: 'Passkeys aren’t available here',
      body: 'This browser or connection doesn’t support passkeys. Use an up-to-date browser on a secure (https) page.',
    },
    misconfigured: {
      title: 'This site isn’t set up for passkeys',
      body: 'The site’s passkey settings don’t match its address. This isn’t something you can fix: please contact support.',
    },
    'frame-not-allowed': {
      title: 'Passkeys aren’t allowed in this frame',
      body: 'This page is shown inside another site that doesn’t allow passkeys here. Open it in its own tab, or ask the site to allow passkeys in this frame.',
    },
    aborted: {
      title: 'Passkey creation was interrupted',
      body: 'Another request stopped it. Try again.',
    },
    unknown: {
      title: 'Something went wrong',
      body: 'Your authenticator reported an unexpected error. Try again, or use a different one.',
    },
    forbidden: {
      title: 'You don’t have permission',
      body: 'Your role doesn’t allow adding passkeys. Ask your organization’s administrator for access.',
    },
    unauthenticated: {
      title: 'Your session has expired',
      body: 'Sign in again, then add your passkey.',
    },
    conflict: {
      title: 'This passkey already exists',
      body: 'It is already saved to your account. Refresh the page to see it.',
    },
    expired: {
      title: 'The request expired',
      body: 'It took too long to finish, so nothing was saved. Try again.',
    },
    'rate-limited': {
      title: 'Too many attempts',
      body: 'Wait a minute, then try again.',
    },
    rejected: {
      title: 'The passkey couldn’t be verified',
      body: 'The server didn’t accept it, so nothing was saved. Try again.',
    },
    server: {
      title: 'Something went wrong on our side',
      body: 'Nothing was saved. Try again in a moment.',
    },
    network: {
      title: 'Can’t reach the server',
      body: 'Check your connection, then try again.',
    },
    'invalid-response': {
      title: 'Unexpected reply from the server',
      body: 'The server sent something we couldn’t use, so nothing was saved. Try again, or contact support if it keeps happening.',
    },
    declined: {
      title: 'Declined on your phone',
      body: 'Nothing was added. Choose another option, or try again.',
    },
    'no-adapter': {
      title: 'Passkeys aren’t connected yet',
      body: 'This page hasn’t connected the passkey widget to its server. Please contact support.',
    },
  },
  tryAgain: 'Try again',
  back: 'Back',
  cancel: 'Cancel',
  helpSummary: 'Tips and help',
  approvalNothingSaved: 'It wasn’t confirmed with an existing passkey, so nothing was saved.',
  phoneLoading: 'Checking the link…',
};
