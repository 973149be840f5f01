/** Every user-facing string of `<passkey-credentials>`, in English. */
import { plural } from '../plural.js';

export interface PasskeyCredentialsStrings {
  heading: string;
  /** How many passkeys, and how many of them are active. */
  summary: (total: number, active: number) => string;
  intro: string;
  add: string;
  close: string;
  loading: string;
  empty: string;
  retry: string;
  passkey: string;
  securityKey: string;
  synced: string;
  inactive: string;
  active: (name: string) => string;
  activeLabel: string;
  added: (when: string) => string;
  lastUsed: (when: string) => string;
  neverUsed: string;
  /** Between the added and last-used dates. */
  separator: string;
  rename: string;
  renameLabel: string;
  save: string;
  cancel: string;
  delete: string;
  confirmDelete: (name: string) => string;
  lastActive: string;
  renamed: (name: string) => string;
  activated: (name: string) => string;
  deactivated: (name: string) => string;
  deleted: (name: string) => string;
  nothingChanged: string;
  approvalHeading: string;
  approvalBody: string;
  approve: string;
  approvalWait: string;
  registrationDisabled: string;
}

export const enCredentials: PasskeyCredentialsStrings = {
  heading: 'Your passkeys',
  summary: (total, active) =>
    `${plural('en', total, { one: '# passkey', other: '# passkeys' })}, ${active} active`,
  intro: 'Turn a passkey off if you lose the device it’s on; turn it back on when you find it.',
  add: 'Add passkey',
  close: 'Close',
  loading: 'Loading your passkeys…',
  empty: 'You haven’t added a passkey yet.',
  retry: 'Try again',
  passkey: 'Passkey',
  securityKey: 'Security key',
  synced: 'Synced',
  inactive: 'Turned off',
  active: (name) => `Active: ${name}`,
  activeLabel: 'Active',
  added: (when) => `Added ${when}`,
  lastUsed: (when) => `last used ${when}`,
  neverUsed: 'not used yet',
  separator: ', ',
  rename: 'Rename',
  renameLabel: 'New name',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  confirmDelete: (name) => `Delete “${name}”? You can’t undo this.`,
  lastActive: 'This is your only active passkey, so it can’t be turned off or deleted.',
  renamed: (name) => `Renamed to “${name}”.`,
  activated: (name) => `“${name}” is turned on.`,
  deactivated: (name) => `“${name}” is turned off.`,
  deleted: (name) => `“${name}” was deleted.`,
  nothingChanged: 'Nothing was changed.',
  approvalHeading: 'Confirm with an existing passkey',
  approvalBody: 'For your security, sign this change with one of your active passkeys.',
  approve: 'Confirm with a passkey',
  approvalWait: 'Waiting for your passkey…',
  registrationDisabled:
    'You can’t add passkeys: your role doesn’t have that permission. Ask your organization’s administrator.',
};
