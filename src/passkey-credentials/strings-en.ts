/**
 * All of `<passkey-credentials>`'s English in one object, for tests and for hosts that build a
 * locale from it. The element itself never imports this: it loads the card's strings with the
 * page, the rows' with the list, and the changes' on demand.
 */
import { enChanges } from './strings-changes.js';
import { enList } from './strings-list.js';
import { enCard } from './strings.js';
import type { PasskeyCredentialsStrings } from './strings.js';

export const enCredentials: PasskeyCredentialsStrings = { ...enCard, ...enList, ...enChanges };
