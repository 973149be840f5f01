/**
 * All of `<passkey-credentials>`'s English in one object, for tests and for hosts that build a
 * locale from it. The element itself never imports this: it loads the list's half with the page
 * and the changes' half on demand.
 */
import { enChanges } from './strings-changes.js';
import { enList } from './strings.js';
import type { PasskeyCredentialsStrings } from './strings.js';

export const enCredentials: PasskeyCredentialsStrings = { ...enList, ...enChanges };
