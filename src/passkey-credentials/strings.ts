/**
 * Every user-facing string of `<passkey-credentials>`: their shape, and the English of the list
 * itself. The English of what only runs once the user acts (rename, delete, approval, notices) is
 * in ./strings-changes.ts, loaded with those views.
 */
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

/** The strings the list needs before the user acts. */
export type ListStrings = Pick<
  PasskeyCredentialsStrings,
  | 'heading'
  | 'summary'
  | 'intro'
  | 'add'
  | 'loading'
  | 'empty'
  | 'retry'
  | 'passkey'
  | 'securityKey'
  | 'synced'
  | 'inactive'
  | 'activeLabel'
  | 'added'
  | 'lastUsed'
  | 'neverUsed'
  | 'separator'
  | 'rename'
  | 'delete'
  | 'lastActive'
  | 'nothingChanged'
  | 'registrationDisabled'
>;

export const enList: ListStrings = {
  heading: 'Your passkeys',
  // English needs no plural rules (other locales use ../plural.ts), so the list doesn't load them.
  summary: (total, active) => `${total} ${total === 1 ? 'passkey' : 'passkeys'}, ${active} active`,
  intro: 'Turn a passkey off if you lose the device it’s on; turn it back on when you find it.',
  add: 'Add passkey',
  loading: 'Loading your passkeys…',
  empty: 'You haven’t added a passkey yet.',
  retry: 'Try again',
  passkey: 'Passkey',
  securityKey: 'Security key',
  synced: 'Synced',
  inactive: 'Turned off',
  activeLabel: 'Active',
  added: (when) => `Added ${when}`,
  lastUsed: (when) => `last used ${when}`,
  neverUsed: 'not used yet',
  separator: ', ',
  rename: 'Rename',
  delete: 'Delete',
  lastActive: 'This is your only active passkey, so it can’t be turned off or deleted.',
  // Also in the list: a change whose code failed to load says so with the network error.
  nothingChanged: 'Nothing was changed.',
  registrationDisabled:
    'You can’t add passkeys: your role doesn’t have that permission. Ask your organization’s administrator.',
};
