// The shapes of every JSON body the reference RP accepts, as valibot schemas. A body is parsed
// by its schema before any handler reads it: wrong types, missing or unknown fields and
// oversized strings are refused with a 400 that names the field, and nothing is stored.
// Our own request objects are strict (unknown keys refused); the WebAuthn response objects are
// loose, because browsers add fields over time (e.g. response.publicKey) and verification
// ignores what it doesn't know.
import * as v from 'valibot';

/** Said for any malformed handoff token; answered with code 'rejected', like an unknown one. */
export const LINK_INVALID = 'This link is not valid.';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** @param {number} max */
const base64url = (max) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(BASE64URL, 'must be base64url'),
  );

// A credential ID: at most 1023 bytes, so 1364 base64url characters.
const CredentialIdString = base64url(1364);
// Names are checked for their rules (1–64 characters, no control characters) by the handler,
// which answers 'rejected' as the widget expects; here only the type and a sane bound.
const NameString = v.pipe(v.string(), v.maxLength(1024, 'must be at most 1024 characters'));
const LinkToken = v.pipe(v.string(LINK_INVALID), v.regex(/^[A-Za-z0-9_-]{1,128}$/, LINK_INVALID));

const ClientExtensionResults = v.looseObject({});
const Attachment = v.nullish(v.picklist(['platform', 'cross-platform']));

/** A RegistrationResponseJSON, as @simplewebauthn/browser's startRegistration returns it. */
const RegistrationResponse = v.looseObject({
  id: CredentialIdString,
  rawId: CredentialIdString,
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
  id: CredentialIdString,
  rawId: CredentialIdString,
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

const Action = v.strictObject({
  type: v.picklist(['register', 'rename', 'activate', 'deactivate', 'delete']),
  credentialId: v.optional(CredentialIdString),
  name: v.optional(NameString),
});

export const schemas = {
  session: v.strictObject({ displayName: v.optional(NameString) }),
  registrationOptions: v.strictObject({
    name: v.optional(NameString),
    handoff: v.optional(LinkToken),
  }),
  registrationVerify: v.strictObject({
    name: v.optional(NameString),
    response: RegistrationResponse,
    approval: Approval,
    handoff: v.optional(LinkToken),
  }),
  handoffStart: v.strictObject({ name: NameString, approval: Approval }),
  handoffToken: v.strictObject({ token: LinkToken }),
  approvalOptions: v.strictObject({ action: Action }),
  credentialPatch: v.strictObject({
    name: v.optional(NameString),
    active: v.optional(v.boolean()),
    approval: Approval,
  }),
  credentialDelete: v.strictObject({ approval: Approval }),
};

/**
 * Where a parsed body failed, for the 400 reply: the first issue, with its field path.
 * @param {v.BaseIssue<unknown>[]} issues
 * @returns {{ code: 'bad-request' | 'rejected', message: string, issues: { path: string, message: string }[] }}
 */
export function describeIssues(issues) {
  const list = issues.slice(0, 10).map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    message: issue.message,
  }));
  const [first] = list;
  if (first.message === LINK_INVALID)
    return { code: 'rejected', message: LINK_INVALID, issues: list };
  const where = first.path ? `${first.path}: ` : '';
  return { code: 'bad-request', message: `${where}${first.message}`, issues: list };
}

/** Keys that could reach an object's prototype if a body were ever merged into an object. */
export const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export { v };
