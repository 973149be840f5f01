/** The English of the rows of `<passkey-credentials>`; loaded with ./list.ts. */
import type { ListStrings } from './strings.js';

export const enList: ListStrings = {
  // English needs no plural rules (other locales use ../plural.ts), so the list doesn't load them.
  summary: (total, active) => `${total} ${total === 1 ? 'passkey' : 'passkeys'}, ${active} active`,
  empty: 'You haven’t added a passkey yet.',
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
  more: (name) => `More actions for “${name}”`,
  justNow: 'just now',
  emptyHelp:
    'A passkey lets you confirm it’s you with your fingerprint, face, screen lock or a security key: nothing to type, and nothing a fake site can steal.',
  lastActive: 'This is your only active passkey, so it can’t be turned off or deleted.',
};
