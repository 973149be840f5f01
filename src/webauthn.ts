/**
 * The WebAuthn boundary: the only module that touches `navigator.credentials` (through
 * @simplewebauthn/browser). Capability detection, per-choice option tweaks and error mapping.
 * Knows nothing of the UI or the adapter.
 */
import {
  WebAuthnAbortService,
  base64URLStringToBuffer,
  browserSupportsWebAuthn,
  getBrowserCapabilities,
  sendSignal,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { PasskeyWebAuthnError } from './internal/errors.js';

/** The three ways to create a passkey that the widget offers. */
export type AuthenticatorKind = 'this-device' | 'phone' | 'security-key';
export const AUTHENTICATOR_KINDS: readonly AuthenticatorKind[] = [
  'this-device',
  'phone',
  'security-key',
];

/** What the browser can do. `undefined` means the browser didn't say. */
export interface Capabilities {
  webauthn: boolean;
  secureContext: boolean;
  /** A user-verifying platform authenticator (Touch ID, Windows Hello, Android, a password manager). */
  platform: boolean | undefined;
  /** Cross-device (hybrid) sign-in with a phone. */
  hybrid: boolean | undefined;
}

export { PasskeyWebAuthnError, WEBAUTHN_ERROR_CODES } from './internal/errors.js';
export type { WebAuthnErrorCode } from './internal/errors.js';

/** Detects what this browser can do; never throws. */
export async function detectCapabilities(): Promise<Capabilities> {
  const secureContext = globalThis.isSecureContext === true;
  const webauthn = secureContext && browserSupportsWebAuthn();
  if (!webauthn) return { webauthn, secureContext, platform: false, hybrid: false };
  try {
    const caps = await getBrowserCapabilities();
    const platform = caps.userVerifyingPlatformAuthenticator;
    return {
      webauthn,
      secureContext,
      platform: platform === 'unknown' ? undefined : platform === 'supported',
      hybrid: caps.hybridTransport === 'unknown' ? undefined : caps.hybridTransport === 'supported',
    };
  } catch {
    return { webauthn, secureContext, platform: undefined, hybrid: undefined };
  }
}

const HINT: Record<AuthenticatorKind, 'client-device' | 'hybrid' | 'security-key'> = {
  'this-device': 'client-device',
  phone: 'hybrid',
  'security-key': 'security-key',
};

/**
 * Adjusts only the client-side preferences for the chosen kind. `userVerification`,
 * `residentKey` and everything else the server asked for stay as they are.
 */
export function optionsForKind(
  options: PublicKeyCredentialCreationOptionsJSON,
  kind: AuthenticatorKind,
): PublicKeyCredentialCreationOptionsJSON {
  return {
    ...options,
    authenticatorSelection: {
      ...options.authenticatorSelection,
      authenticatorAttachment: kind === 'this-device' ? 'platform' : 'cross-platform',
    },
    hints: [HINT[kind]],
  };
}

/**
 * Whether the page's Permissions Policy forbids this WebAuthn feature here: typically a
 * cross-origin iframe without `allow="publickey-credentials-create"` (or `-get`). Only
 * Chromium can tell in advance; elsewhere the ceremony's error says so.
 */
export function blockedInFrame(feature: 'create' | 'get'): boolean {
  const doc = globalThis.document as
    { featurePolicy?: { allowsFeature?: (f: string) => boolean } } | undefined;
  try {
    return doc?.featurePolicy?.allowsFeature?.(`publickey-credentials-${feature}`) === false;
  } catch {
    return false;
  }
}

function mapError(
  err: unknown,
  startedAt: number,
  timeout: number | undefined,
  feature: 'create' | 'get',
): PasskeyWebAuthnError {
  if (err instanceof PasskeyWebAuthnError) return err;
  const e = err as
    | {
        name?: string;
        code?: string;
        message?: string;
        cause?: { name?: string; message?: string };
      }
    | undefined;
  // @simplewebauthn/browser wraps DOMExceptions; the original is in `cause`.
  const name = e?.name === 'WebAuthnError' ? e.cause?.name : e?.name;
  if (e?.code === 'ERROR_CEREMONY_ABORTED') return new PasskeyWebAuthnError('aborted', err);
  // A frame the host didn't allow WebAuthn in: the embedding site, not the user, must change,
  // or the user opens the page in its own tab.
  const message = `${e?.message ?? ''} ${e?.cause?.message ?? ''}`;
  if (blockedInFrame(feature) || message.includes(`publickey-credentials-${feature}`))
    return new PasskeyWebAuthnError('frame-not-allowed', err);
  switch (name) {
    case 'NotAllowedError':
      // The browser uses one error for "cancelled" and "timed out"; elapsed time tells them apart.
      return new PasskeyWebAuthnError(
        timeout !== undefined && performance.now() - startedAt >= timeout * 0.95
          ? 'timeout'
          : 'cancelled',
        err,
      );
    case 'AbortError':
      return new PasskeyWebAuthnError('aborted', err);
    case 'InvalidStateError':
      return new PasskeyWebAuthnError('already-registered', err);
    case 'ConstraintError':
      return new PasskeyWebAuthnError('unsupported-authenticator', err);
    case 'NotSupportedError':
      return new PasskeyWebAuthnError('not-supported', err);
    case 'SecurityError':
      return new PasskeyWebAuthnError('misconfigured', err);
    default:
      if (!browserSupportsWebAuthn()) return new PasskeyWebAuthnError('not-supported', err);
      return new PasskeyWebAuthnError('unknown', err);
  }
}

type Bytes = { first: string; second?: string };

const prfBytes = ({ first, second }: Bytes) => ({
  first: base64URLStringToBuffer(first),
  ...(second === undefined ? {} : { second: base64URLStringToBuffer(second) }),
});

/**
 * Extensions in their L3 JSON form (§5.1.8–5.1.10, checked by validate.ts) as create() and get()
 * take them: `prf.eval`, `prf.evalByCredential` and `largeBlob.write` become bytes.
 * @simplewebauthn/browser converts the challenge, user ID and credential lists but hands
 * extensions on untouched. (PublicKeyCredential.parseCreationOptionsFromJSON would convert them
 * too, but only where the browser has it, and it returns the whole options in bytes, which
 * startRegistration doesn't take; one conversion here works the same in every browser.)
 */
function extensionsAsBytes<T extends { extensions?: object }>(options: T): T {
  const ext = options.extensions as
    | {
        prf?: { eval?: Bytes; evalByCredential?: Record<string, Bytes> };
        largeBlob?: { write?: string };
      }
    | undefined;
  if (!ext) return options;
  const { prf, largeBlob } = ext;
  const out: Record<string, unknown> = { ...ext };
  if (prf)
    out.prf = {
      ...prf,
      ...(prf.eval && { eval: prfBytes(prf.eval) }),
      ...(prf.evalByCredential && {
        evalByCredential: Object.fromEntries(
          Object.entries(prf.evalByCredential).map(([id, v]) => [id, prfBytes(v)]),
        ),
      }),
    };
  if (largeBlob?.write !== undefined)
    out.largeBlob = { ...largeBlob, write: base64URLStringToBuffer(largeBlob.write) };
  return { ...options, extensions: out };
}

/**
 * Runs a registration ceremony. `navigator.credentials.create` is called synchronously, in the
 * caller's task, so the user's click still counts as the activation Safari and iframes require.
 */
export function createCredential(
  options: PublicKeyCredentialCreationOptionsJSON,
): Promise<RegistrationResponseJSON> {
  const startedAt = performance.now();
  if (!globalThis.isSecureContext || !browserSupportsWebAuthn()) {
    return Promise.reject(new PasskeyWebAuthnError('not-supported'));
  }
  return startRegistration({ optionsJSON: extensionsAsBytes(options) }).catch((err: unknown) => {
    throw mapError(err, startedAt, options.timeout, 'create');
  });
}

/** Runs an authentication ceremony (approval with an existing passkey). */
export function getAssertion(
  options: PublicKeyCredentialRequestOptionsJSON,
): Promise<AuthenticationResponseJSON> {
  const startedAt = performance.now();
  if (!globalThis.isSecureContext || !browserSupportsWebAuthn()) {
    return Promise.reject(new PasskeyWebAuthnError('not-supported'));
  }
  return startAuthentication({ optionsJSON: extensionsAsBytes(options) }).catch((err: unknown) => {
    throw mapError(err, startedAt, options.timeout, 'get');
  });
}

/** Cancels the ceremony in flight, if any; it then rejects with `aborted`. */
export function cancelCeremony(): void {
  WebAuthnAbortService.cancelCeremony();
}

/**
 * WebAuthn Signals: tells the user's passkey provider that a credential is gone, or which ones
 * are still accepted, so it can hide or remove the rest. Feature-detected; never throws, never
 * blocks: the action it follows has already succeeded.
 */
export async function signalCredentials(
  signal:
    | { type: 'unknown'; rpId: string; credentialId: string }
    | { type: 'accepted'; rpId: string; userId: string; credentialIds: string[] },
): Promise<boolean> {
  const PKC = globalThis.PublicKeyCredential as
    { signalUnknownCredential?: unknown; signalAllAcceptedCredentials?: unknown } | undefined;
  try {
    if (signal.type === 'unknown') {
      if (typeof PKC?.signalUnknownCredential !== 'function') return false;
      await sendSignal({
        signalName: 'unknownCredential',
        rpID: signal.rpId,
        credentialID: signal.credentialId,
      });
    } else {
      if (typeof PKC?.signalAllAcceptedCredentials !== 'function') return false;
      await sendSignal({
        signalName: 'allAcceptedCredentials',
        rpID: signal.rpId,
        userID: signal.userId,
        allAcceptedCredentialIDs: signal.credentialIds,
      });
    }
    return true;
  } catch {
    return false;
  }
}
