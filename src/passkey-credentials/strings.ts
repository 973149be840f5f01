/**
 * Every user-facing string of `<passkey-credentials>`: their shape, and the English of the card
 * around the list (heading, loading, errors). The English of the rows is in ./strings-list.ts,
 * loaded with them, and that of what only runs once the user acts (rename, delete, approval,
 * notices) in ./strings-changes.ts. ./strings-en.ts has all of it in one object.
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
  /** The accessible name of a row's "⋯" menu button. */
  more: (name: string) => string;
  /** A date less than a minute ago, after "Added" or "last used". */
  justNow: string;
  /** Under the empty text: what a passkey is. */
  emptyHelp: string;
  /** The approval dialog's title, naming the change. */
  approvalTitle: Record<ChangeKind, (name: string) => string>;
  /** The server refused a change (forbidden), per change. */
  refused: Record<ChangeKind, string>;
}

/** The changes that can need approval. */
export type ChangeKind = 'rename' | 'activate' | 'deactivate' | 'delete';

/** The card around the list: shown before the list arrives. */
export type CardStrings = Pick<
  PasskeyCredentialsStrings,
  'heading' | 'intro' | 'add' | 'loading' | 'retry' | 'nothingChanged' | 'registrationDisabled'
>;

/** The list once it has arrived: the summary, the rows or the empty text. */
export type ListStrings = Pick<
  PasskeyCredentialsStrings,
  | 'summary'
  | 'empty'
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
  | 'more'
  | 'justNow'
  | 'emptyHelp'
>;

/** What only runs once the user acts. */
export type ChangeStrings = Omit<PasskeyCredentialsStrings, keyof CardStrings | keyof ListStrings>;

export const enCard: CardStrings = {
  heading: 'Your passkeys',
  intro: 'Turn a passkey off if you lose the device it’s on; turn it back on when you find it.',
  add: 'Add passkey',
  loading: 'Loading your passkeys…',
  retry: 'Try again',
  // Also here: a change whose code failed to load says so with the network error.
  nothingChanged: 'Nothing was changed.',
  registrationDisabled:
    'You can’t add passkeys: your role doesn’t have that permission. Ask your organization’s administrator.',
};
