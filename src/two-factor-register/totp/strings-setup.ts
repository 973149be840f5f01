/** English for setting up an authenticator app: loaded with the setup code (./setup.ts). */
import type { TotpSetupStrings } from './strings.js';

export const enTotpSetup: TotpSetupStrings = {
  setupErrors: {
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
  },
  approvingHeading: 'Confirm with your passkey',
  approvingBody: {
    'totp-setup': 'To set up an authenticator app, confirm it’s you with one of your passkeys.',
    'totp-remove': 'To remove your authenticator app, confirm it’s you with one of your passkeys.',
  },
  approve: 'Confirm with passkey',
  approvingWait: 'Waiting for your passkey…',
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
  addedHeading: 'Authenticator app set up',
  addedBody: 'From now on, you can sign in with a code from your authenticator app.',
  addedBodyNamed: (name) => `From now on, you can sign in with a code from ${name}.`,
  done: 'Done',
};
