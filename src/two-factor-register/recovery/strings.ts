/**
 * Every user-facing string of `<two-factor-recovery-codes>`: their shape, and the English of the
 * first view (the counts). The English of the flow (from Generate on) is in ./strings-flow.ts,
 * loaded with it; the other languages are in ../locales/, loaded on demand.
 */

/** The errors the recovery tab words itself (other codes read as `server`). */
export type RecoveryErrorCode =
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'expired'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'invalid-response'
  /** The passkey's approval did not complete (any WebAuthn failure but a cancel). */
  | 'approval';

export interface RecoveryCodesStrings {
  heading: string;
  intro: string;
  loading: string;
  /** The status when no set is in force. */
  notSetUp: string;
  notSetUpBody: string;
  generate: string;
  /** How many unused codes are left, of the set's total. */
  remaining: (left: number, total: number) => string;
  /** Under the count when two or fewer are left (none included). */
  low: string;
  regenerate: string;
  regenerateTitle: string;
  regenerateBody: string;
  continue: string;
  cancel: string;
  preparing: string;
  approvalTitle: string;
  approvalBody: string;
  approve: string;
  approvalWait: string;
  generating: string;
  codesTitle: string;
  codesBody: string;
  /** The list of codes' accessible name. */
  codesLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  downloaded: string;
  print: string;
  /** The downloaded or printed sheet's title line, naming the site. */
  sheetTitle: (site: string) => string;
  /** Under it: when the codes were made, and that each works once. */
  sheetNote: (date: string) => string;
  /** The file's name, without `.txt`. */
  fileName: string;
  saved: string;
  savedMissing: string;
  done: string;
  confirming: string;
  /** Leaving before Done, with a set in force. */
  keepsOld: string;
  /** Leaving before Done, with no set yet. */
  notSavedYet: string;
  /** Announced and shown once the new set is in force. */
  ready: (total: number) => string;
  /** After Cancel, or a cancelled approval. */
  nothingChanged: string;
  retry: string;
  back: string;
  /** The counts could not be loaded (any reason but the network). */
  statusError: { title: string; body: string };
  errors: Record<RecoveryErrorCode, { title: string; body: string }>;
}

/** The first view's: the counts, and the buttons that start a new set. */
export type RecoveryFirstStrings = Pick<
  RecoveryCodesStrings,
  | 'heading'
  | 'intro'
  | 'loading'
  | 'notSetUp'
  | 'notSetUpBody'
  | 'generate'
  | 'remaining'
  | 'low'
  | 'regenerate'
  | 'statusError'
>;

/** What loads with the flow (./flow.ts): everything from Generate on. */
export type RecoveryFlowStrings = Omit<RecoveryCodesStrings, keyof RecoveryFirstStrings>;

export const enRecovery: RecoveryFirstStrings = {
  heading: 'Recovery codes',
  intro:
    'If you can’t use your passkey or authenticator app, you can sign in with a recovery code. Each code works once.',
  loading: 'Loading your recovery codes…',
  notSetUp: 'Not set up',
  notSetUpBody:
    'Generate a set of codes and keep them somewhere safe, such as a password manager or a printed copy.',
  generate: 'Generate codes',
  remaining: (left, total) => `${left} of ${total} codes left`,
  low: 'You’re running out of codes. Generate a new set so you don’t get locked out.',
  regenerate: 'Generate new codes',
  statusError: {
    title: 'We couldn’t load your recovery codes',
    body: 'Something went wrong on our side. Try again in a moment.',
  },
};
