/**
 * The English of what `<passkey-credentials>` shows only once the user acts: the rename form, the
 * delete confirmation, the approval prompt, the notices and "Add passkey". Loaded with ./changes.ts.
 */
import type { ChangeStrings } from './strings.js';

export const enChanges: ChangeStrings = {
  active: (name) => `Active: ${name}`,
  close: 'Close',
  renameLabel: 'New name',
  save: 'Save',
  cancel: 'Cancel',
  confirmDelete: (name) => `Delete “${name}”? You can’t undo this.`,
  renamed: (name) => `Renamed to “${name}”.`,
  activated: (name) => `“${name}” is turned on.`,
  deactivated: (name) => `“${name}” is turned off.`,
  deleted: (name) => `“${name}” was deleted.`,
  approvalHeading: 'Confirm with an existing passkey',
  approvalBody: 'For your security, confirm this change with one of your active passkeys.',
  approve: 'Confirm with a passkey',
  approvalTitle: {
    rename: (name) => `Confirm renaming “${name}”`,
    activate: (name) => `Confirm turning on “${name}”`,
    deactivate: (name) => `Confirm turning off “${name}”`,
    delete: (name) => `Confirm deleting “${name}”`,
  },
  refused: {
    rename:
      'Your role doesn’t allow renaming passkeys. Ask your organization’s administrator for access.',
    activate:
      'Your role doesn’t allow turning passkeys on. Ask your organization’s administrator for access.',
    deactivate:
      'Your role doesn’t allow turning passkeys off. Ask your organization’s administrator for access.',
    delete:
      'Your role doesn’t allow deleting passkeys. Ask your organization’s administrator for access.',
  },
  approvalWait: 'Waiting for your passkey…',
};
