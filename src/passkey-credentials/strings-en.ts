/**
 * All of `<passkey-credentials>`'s English in one object, for the tests that compare locales and
 * read the English. The element itself never imports this: it loads the card's strings with the
 * page, the rows' with the list, and the changes' on demand.
 */
import { enChanges } from './strings-changes.js';
import { enList } from './strings-list.js';
import { enCard } from './strings.js';
import type { PasskeyCredentialsStrings } from './strings.js';

export const enCredentials: PasskeyCredentialsStrings = { ...enCard, ...enList, ...enChanges };
