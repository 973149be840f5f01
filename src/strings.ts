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
  /**
   * `time` is the time left, e.g. "4:59", in ASCII digits; a locale whose numbers use other
   * digits writes it in those (see locales/ar.ts), so one view never mixes two digit systems.
   */
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
export type FirstViewStrings = FirstViewStringsBase & {
  /**
   * Only the error the first view can show (its code failed to load). The adapter's errors load
   * with the flow, or with the credential list (./strings-errors.ts), and a ceremony's with the
   * WebAuthn code (./strings-ceremony.ts).
   */
  errors: Pick<PasskeyStrings['errors'], 'network'>;
};
type FirstViewStringsBase = Pick<
  PasskeyStrings,
  | 'nameHeading'
  | 'nameLabel'
  | 'nameHint'
  | 'nameProblems'
  | 'register'
  | 'suggestedName'
  | 'fetchingHeading'
  | 'verifyingHeading'
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
    network: {
      title: 'Can’t reach the server',
      body: 'Check your connection, then try again.',
    },
  },
  tryAgain: 'Try again',
  back: 'Back',
  cancel: 'Cancel',
  helpSummary: 'Tips and help',
  approvalNothingSaved: 'It wasn’t confirmed with an existing passkey, so nothing was saved.',
  phoneLoading: 'Checking the link…',
};
