/** The English of the recovery flow (from Generate on), loaded with it (./flow.ts). */
import type { RecoveryFlowStrings } from './strings.js';

export const enRecoveryFlow: RecoveryFlowStrings = {
  regenerateTitle: 'Replace your recovery codes?',
  regenerateBody:
    'Once you save the new set, all of your current codes stop working, including any you’ve written down.',
  continue: 'Continue',
  cancel: 'Cancel',
  preparing: 'Getting ready…',
  approvalTitle: 'Confirm it’s you',
  approvalBody: 'Approve with one of your passkeys to make new recovery codes.',
  approve: 'Approve',
  approvalWait: 'Follow the instructions from your browser…',
  generating: 'Generating your codes…',
  codesTitle: 'Save your recovery codes',
  codesBody:
    'This is the only time they’re shown. Keep them somewhere safe: each code can be used once.',
  codesLabel: 'Your recovery codes',
  copy: 'Copy all',
  copied: 'Codes copied to the clipboard.',
  copyFailed: 'Couldn’t copy them. Download or print them instead.',
  download: 'Download',
  downloaded: 'Codes downloaded as a text file.',
  print: 'Print',
  sheetTitle: (site) => `Recovery codes for ${site}`,
  sheetNote: (date) => `Made on ${date}. Each code can be used once.`,
  fileName: 'recovery-codes',
  saved: 'I’ve saved these codes somewhere safe',
  savedMissing: 'Tick the box once you’ve saved the codes.',
  done: 'Done',
  confirming: 'Saving…',
  keepsOld: 'Until you press Done, your current codes keep working.',
  notSavedYet: 'Until you press Done, these codes aren’t turned on.',
  ready: (total) => `Your ${total} new recovery codes are ready to use.`,
  nothingChanged: 'Nothing was changed.',
  retry: 'Try again',
  back: 'Back',
  errors: {
    forbidden: {
      title: 'You don’t have permission',
      body: 'Your role doesn’t allow changing recovery codes. Ask your organization’s administrator.',
    },
    unauthenticated: {
      title: 'Your session has expired',
      body: 'Sign in again, then come back here. Nothing was changed.',
    },
    conflict: {
      title: 'Your recovery codes changed meanwhile',
      body: 'They were changed in another window. Go back to see where they stand.',
    },
    expired: {
      title: 'These codes have expired',
      body: 'They weren’t confirmed in time, so they were never turned on: throw away any copy you saved or printed. Your current codes, if any, still work. Generate a new set.',
    },
    'rate-limited': {
      title: 'Too many attempts',
      body: 'Wait a minute, then try again. Nothing was changed.',
    },
    server: {
      title: 'Something went wrong on our side',
      body: 'Nothing was changed. Try again in a moment.',
    },
    network: {
      title: 'Can’t reach the server',
      body: 'Check your connection, then try again. Nothing was changed.',
    },
    'invalid-response': {
      title: 'Unexpected reply from the server',
      body: 'We couldn’t use what the server sent, so nothing was changed. Try again, or contact support if it keeps happening.',
    },
    approval: {
      title: 'The approval didn’t go through',
      body: 'Your passkey didn’t approve the new codes, so nothing was changed. Try again, with a passkey saved to this account.',
    },
  },
};
