/**
 * English for every step after the first view (the choice, prompts, QR, approval, success,
 * the phone's pages and the help). It loads with those steps, not with the page.
 */
import { enCeremonyErrors } from './strings-ceremony.js';
import { enAdapterErrors } from './strings-errors.js';
import type { FirstViewStrings, PasskeyStrings } from './strings.js';
import { enFirstView } from './strings.js';

export const enSteps: Omit<PasskeyStrings, keyof FirstViewStrings> &
  Pick<PasskeyStrings, 'errors'> = {
  // Every error: the first view's and the ceremony's, which load with these steps.
  errors: { ...enFirstView.errors, ...enAdapterErrors, ...enCeremonyErrors },
  chooseHeading: 'Where do you want to save your passkey?',
  chooseIntro: 'Your passkey is a second factor that stays on the device or key you choose.',
  choices: {
    'this-device': {
      label: 'This device or password manager',
      description: 'Face ID, Touch ID, Windows Hello, fingerprint or PIN, or a password manager.',
    },
    phone: {
      label: 'iPhone, iPad or Android phone',
      description: 'Scan a QR code with your phone’s camera.',
    },
    'security-key': {
      label: 'Security key',
      description: 'A FIDO2 key such as YubiKey, Google Titan or Token2, by USB or NFC.',
    },
  },
  unavailable: {
    'no-platform': 'Not available: set up a screen lock or password manager on this device first.',
    'no-hybrid': 'Bluetooth seems to be off. Turn it on, or choose another option.',
  },
  waiting: {
    'this-device': {
      heading: 'Follow your browser’s prompt',
      steps: [
        'Confirm with Face ID, Touch ID, Windows Hello, your fingerprint or your device PIN.',
        'If your password manager offers to save the passkey, accept it.',
      ],
    },
    phone: {
      heading: 'Use your phone',
      steps: [
        'Your browser shows a QR code. Open your phone’s camera and point it at the code.',
        'Keep Bluetooth on, on both your phone and this computer.',
        'On your phone, tap to create the passkey and confirm with Face ID, fingerprint or PIN.',
      ],
    },
    'security-key': {
      heading: 'Use your security key',
      steps: [
        'Insert your security key into a USB port, or hold it near the NFC reader.',
        'Enter the key’s PIN if you are asked for it.',
        'Touch the button or sensor on the key.',
      ],
    },
  },
  waitingStatus: 'Waiting for you to confirm…',
  successHeading: 'Passkey registered',
  successBody: (name) => `“${name}” is ready to use as your second factor.`,
  successProvider: (provider) => `Saved in ${provider}.`,
  addAnother: 'Add another passkey',
  help: [
    {
      heading: 'Protect your device',
      items: [
        'Use Face ID, Touch ID, a fingerprint or a strong PIN rather than a simple code.',
        'Keep the screen lock on, and let the device lock itself after a short time.',
        'Never share your PIN or biometrics with anyone.',
      ],
    },
    {
      heading: 'Synced passkeys work on all your devices',
      items: [
        'iCloud Keychain, Google Password Manager, Samsung Pass, 1Password, Bitwarden, NordPass and Proton Pass keep your passkey on every device signed in to the same account, and back it up.',
      ],
    },
    {
      heading: 'Keep a backup',
      items: [
        'Register a second passkey, such as a backup security key, in case you lose a device.',
        'Avoid devices you won’t always have with you, such as a shared tablet.',
      ],
    },
    {
      heading: 'Troubleshooting',
      items: [
        'The browser’s prompt doesn’t appear: update your browser, and check that no extension or pop-up blocker is in the way.',
        'Face ID, fingerprint or PIN failed: try again, with a clean finger or the PIN of this device.',
        'Asked to confirm with an existing passkey: that’s expected once you have one. It keeps anyone else from adding a passkey to your account.',
      ],
    },
  ],
  approvingHeading: 'Confirm with an existing passkey',
  approvingBody:
    'Your account already has a passkey: confirm this new one with it. Nothing is saved until you do.',
  approve: 'Confirm with a passkey',
  approvingWait: 'Waiting for your existing passkey…',
  handoffStarting: 'Creating a code…',
  handoffHeading: 'Scan with your phone’s camera',
  handoffSteps: [
    'Open the camera on your iPhone or Android phone and point it at the code.',
    'Open the link and create the passkey on your phone.',
    'This page updates by itself when you’re done.',
  ],
  handoffQrLabel: 'QR code with a link to add a passkey on your phone',
  handoffCountdown: (time) => `Code expires in ${time}`,
  handoffExpiredHeading: 'This code has expired',
  handoffExpiredBody: 'Codes work once and only for a few minutes. Make a new one to continue.',
  handoffRegenerate: 'New code',
  handoffUseBluetooth: 'Use Bluetooth instead',
  phoneHeading: 'Add a passkey on this phone',
  phoneAccount: (account) => `For your account ${account}.`,
  phoneName: (name) => `It will be named “${name}”.`,
  phoneCreate: 'Create passkey on this phone',
  phoneDecline: 'Decline',
  phoneDoneHeading: 'Done — return to your computer',
  phoneDoneBody: (name) =>
    `“${name}” is saved on this phone. Your computer shows the confirmation.`,
  phoneDeclinedHeading: 'Declined',
  phoneDeclinedBody: 'Nothing was added to your account. You can close this page.',
  // #15 design pass: calm cancels, the second prompt, the phone option, the QR view.
  calm: {
    cancelled: 'Cancelled, so nothing was created. Try again when you’re ready.',
    declined: 'Declined on your phone, so nothing was added. Choose another option, or try again.',
    'not-confirmed':
      'Not confirmed with an existing passkey, so nothing was saved. Try again when you’re ready.',
  },
  approvalAhead: 'If you already have a passkey, you may then be asked to confirm with it.',
  phoneHybridDescription: 'Scan the QR code your browser shows. Bluetooth must be on.',
  handoffBluetoothIntro: 'Link doesn’t open on your phone?',
  handoffWarning: 'This code expires in less than 30 seconds. Choose More time for a new one.',
  handoffMoreTime: 'More time',
};

/** Every English string of `<passkey-register>`. */
export const en: PasskeyStrings = { ...enFirstView, ...enSteps };
