// The reference RP's one validation layer: the shape of every JSON body it accepts (valibot
// schemas), the rules for names and credential IDs, and the canonical form of an approved
// action. A body is parsed by its schema before any handler reads it: wrong types, missing or
// unknown fields, oversized strings and bad names are refused with a 400 that names the field,
// and nothing is stored. Our own request objects are strict (unknown keys refused); the WebAuthn
// response objects are loose, because browsers add fields over time (e.g. response.publicKey)
// and verification ignores what it doesn't know.
import * as v from 'valibot';

/** Error codes beyond the fetch protocol's generic ones, for the phone's handoff link. */
export const LINK_CODES = {
  /** The link was used: its passkey is stored. */
  used: 'link-used',
  /** The link is unknown, malformed, expired, cancelled, or made before the first passkey. */
  invalid: 'link-invalid',
};

/** Said for any malformed or unknown handoff token (code `link-invalid`). */
export const LINK_INVALID =
  'This link is not valid. Show a new QR code on your computer and scan it again.';
/** Said for a name that breaks the rules below (code `rejected`, which the widget expects). */
export const NAME_INVALID =
  'The name must be 1–64 characters with at least one visible one, and no control, format or separator characters.';

/** WebAuthn's limit for a credential ID, in bytes, and so in base64url characters. */
export const CREDENTIAL_ID_MAX_BYTES = 1023;
export const CREDENTIAL_ID_MAX_CHARS = Math.ceil((CREDENTIAL_ID_MAX_BYTES * 4) / 3); // 1364

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Whether `id` is a credential ID we accept: base64url of 1–1023 bytes. @param {unknown} id */
export const isCredentialId = (id) =>
  typeof id === 'string' &&
  id.length > 0 &&
  id.length <= CREDENTIAL_ID_MAX_CHARS &&
  BASE64URL.test(id);

/** What an approval can approve, and what each kind names. */
export const ACTION_TYPES = /** @type {const} */ ([
  'register',
  'rename',
  'activate',
  'deactivate',
  'delete',
  // Second factors besides passkeys: they name neither a credential nor a name.
  'totp-setup',
  'totp-remove',
  'recovery-codes',
]);
const NEEDS_CREDENTIAL = ['rename', 'activate', 'deactivate', 'delete'];
const NEEDS_NAME = ['register', 'rename'];

// Names: no controls (Cc), format characters (Cf: zero-width, bidi marks, embeddings and
// isolates, soft hyphen, BOM), lone surrogates (Cs), or line/paragraph separators; the one
// exception is U+200D joining two emoji (👩‍💻). At least one visible character: not only
// spaces, default-ignorable characters (Hangul fillers among them), marks or a Braille blank.
const FORBIDDEN_IN_NAME = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const EMOJI_JOINER =
  /(?<=\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic})/gu;
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;

/** Whether a (trimmed) name follows the rules. @param {string} name */
export const isValidName = (name) =>
  name.length > 0 &&
  [...name].length <= 64 &&
  !FORBIDDEN_IN_NAME.test(name.replace(EMOJI_JOINER, '')) &&
  VISIBLE.test(name);

/** @param {number} max */
const base64url = (max) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(BASE64URL, 'must be base64url'),
  );

const CredentialId = v.pipe(
  v.string(),
  v.check(
    (s) => isCredentialId(s),
    `must be base64url of at most ${CREDENTIAL_ID_MAX_BYTES} bytes`,
  ),
);
/** A name, trimmed and in NFC, that follows the rules (else NAME_INVALID, code `rejected`). */
const Name = v.pipe(
  v.string(),
  v.maxLength(1024, 'must be at most 1024 characters'),
  v.transform((s) => s.trim().normalize('NFC')),
  v.check(isValidName, NAME_INVALID),
);
/** A name that may be left empty (then there is none), else as above. */
const OptionalName = v.pipe(
  v.string(),
  v.maxLength(1024, 'must be at most 1024 characters'),
  v.transform((s) => s.trim().normalize('NFC')),
  v.check((s) => s === '' || isValidName(s), NAME_INVALID),
);
const LinkToken = v.pipe(v.string(LINK_INVALID), v.regex(/^[A-Za-z0-9_-]{1,128}$/, LINK_INVALID));

const ClientExtensionResults = v.looseObject({});
const Attachment = v.nullish(v.picklist(['platform', 'cross-platform']));

/** A RegistrationResponseJSON, as @simplewebauthn/browser's startRegistration returns it. */
const RegistrationResponse = v.looseObject({
  id: CredentialId,
  rawId: CredentialId,
  type: v.literal('public-key'),
  response: v.looseObject({
    clientDataJSON: base64url(16_384),
    attestationObject: base64url(48_000),
    transports: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(32))), v.maxLength(16, 'too many transports')),
    ),
  }),
  clientExtensionResults: ClientExtensionResults,
  authenticatorAttachment: Attachment,
});

/** An AuthenticationResponseJSON (an approval), as startAuthentication returns it. */
const AuthenticationResponse = v.looseObject({
  id: CredentialId,
  rawId: CredentialId,
  type: v.literal('public-key'),
  response: v.looseObject({
    clientDataJSON: base64url(16_384),
    authenticatorData: base64url(16_384),
    signature: base64url(2048),
    userHandle: v.nullish(v.pipe(v.string(), v.maxLength(128))),
  }),
  clientExtensionResults: ClientExtensionResults,
  authenticatorAttachment: Attachment,
});

// A host adapter may send `approval: null` for "none".
const Approval = v.nullish(AuthenticationResponse);

/**
 * @typedef {{ type: typeof ACTION_TYPES[number], credentialId: string | null, name: string | null }} Action
 */

/**
 * The action an approval signs, in its canonical form: only the fields its type uses, in a fixed
 * key order (actions are compared as JSON). Takes parts already validated.
 * @param {{ type: Action['type'], credentialId?: string | null, name?: string | null }} a
 * @returns {Action}
 */
export const canonicalAction = ({ type, credentialId, name }) => ({
  type,
  credentialId: NEEDS_CREDENTIAL.includes(type) ? (credentialId ?? null) : null,
  name: NEEDS_NAME.includes(type) ? (name ?? null) : null,
});

const ActionBody = v.pipe(
  v.strictObject({
    type: v.picklist(ACTION_TYPES),
    credentialId: v.optional(CredentialId),
    name: v.optional(Name),
  }),
  v.check(
    (a) => !NEEDS_CREDENTIAL.includes(a.type) || a.credentialId !== undefined,
    'this action needs a credentialId',
  ),
  v.check((a) => !NEEDS_NAME.includes(a.type) || a.name !== undefined, 'this action needs a name'),
  v.transform((a) => canonicalAction(a)),
);

/** The handle of a pending TOTP setup or recovery-code set (as the RP makes them). */
export const PENDING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PendingId = v.pipe(v.string(), v.regex(PENDING_ID, 'must be an ID this server gave'));
// A code as typed: its format is checked by the method (a malformed one is a wrong code, 422).
const Code = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(64, 'must be at most 64 characters'),
);

export const schemas = {
  // Absent or empty: the demo's default name.
  session: v.strictObject({ displayName: v.optional(v.union([v.literal(''), Name])) }),
  // With a handoff the name is the desktop's (a `name` sent by the phone is checked, then ignored).
  registrationOptions: v.strictObject({ name: v.optional(Name), handoff: v.optional(LinkToken) }),
  registrationVerify: v.strictObject({
    name: v.optional(Name),
    response: RegistrationResponse,
    approval: Approval,
    handoff: v.optional(LinkToken),
  }),
  handoffStart: v.strictObject({ name: Name, approval: Approval }),
  handoffToken: v.strictObject({ token: LinkToken }),
  approvalOptions: v.strictObject({ action: ActionBody }),
  credentialPatch: v.pipe(
    v.strictObject({ name: v.optional(Name), active: v.optional(v.boolean()), approval: Approval }),
    v.check(
      (b) => (b.name === undefined) !== (b.active === undefined),
      'send exactly one of name and active',
    ),
  ),
  credentialDelete: v.strictObject({ approval: Approval }),
  // Second factors (totp.js, recovery-codes.js). An empty name is no name.
  totpSetup: v.strictObject({ approval: Approval }),
  totpVerify: v.strictObject({
    id: PendingId,
    code: Code,
    name: v.optional(OptionalName),
  }),
  totpRemove: v.strictObject({ approval: Approval }),
  recoveryCodes: v.strictObject({ approval: Approval }),
  recoveryConfirm: v.strictObject({}),
  secondFactor: v.strictObject({ method: v.picklist(['totp', 'recovery']), code: Code }),
};

/**
 * Where a parsed body failed, for the 400 reply: the first issue, with its field path. A bad
 * name is `rejected` and a bad link `link-invalid`, as the widget words them; the rest is
 * `bad-request`.
 * @param {v.BaseIssue<unknown>[]} issues
 * @returns {{ code: string, message: string, issues: { path: string, message: string }[] }}
 */
export function describeIssues(issues) {
  const list = issues.slice(0, 10).map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    message: issue.message,
  }));
  const [first] = list;
  if (first.message === LINK_INVALID)
    return { code: LINK_CODES.invalid, message: LINK_INVALID, issues: list };
  if (first.message === NAME_INVALID)
    return { code: 'rejected', message: NAME_INVALID, issues: list };
  const where = first.path ? `${first.path}: ` : '';
  return { code: 'bad-request', message: `${where}${first.message}`, issues: list };
}

/** Keys that could reach an object's prototype if a body were ever merged into an object. */
export const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export { v };
