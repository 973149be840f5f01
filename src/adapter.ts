/**
 * The adapter contract: how `<passkey-register>` talks to the host's server.
 * The widget never makes a network call itself; the host supplies an object of this shape
 * (or uses `createFetchAdapter`). Knows nothing of Lit or the DOM.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

export type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
};

/** A stored passkey as the server describes it. */
export interface PasskeyCredential {
  /** The credential ID (base64url). */
  id: string;
  /** The name the user gave it. */
  name: string;
  /** ISO 8601 date of registration. */
  createdAt: string;
  /** ISO 8601 date of the last successful use, if any. */
  lastUsedAt?: string;
  /** Whether it may be used to sign in. */
  active: boolean;
  /** The passkey provider, from the authenticator's AAGUID, when known. */
  provider?: { name: string; icon?: string };
  /** Whether the provider syncs it across devices (backup state). */
  backedUp?: boolean;
  /** How the authenticator can be reached (usb, nfc, ble, hybrid, internal). */
  transports?: string[];
  /** The authenticator's AAGUID (lowercase UUID), which names the provider when `provider` is absent. */
  aaguid?: string;
}

/** An action that an existing passkey may be asked to approve. */
export interface PasskeyAction {
  type: 'register' | 'rename' | 'activate' | 'deactivate' | 'delete';
  credentialId?: string;
  name?: string;
}

// The codes and the error live with the other errors; re-exported here, where adapters look.
export { ADAPTER_ERROR_CODES, PasskeyAdapterError } from './internal/errors.js';
export type { PasskeyAdapterErrorCode } from './internal/errors.js';

/** The registration request the widget sends once the user has named the device. */
export interface RegistrationOptionsRequest {
  name: string;
  /** On the phone side of a handoff: the token from the QR link, which stands in for a session. */
  handoff?: string;
}

/** The registration result the widget sends for verification and storage. */
export interface VerifyRegistrationRequest {
  name: string;
  response: RegistrationResponseJSON;
  approval?: AuthenticationResponseJSON;
  /** On the phone side of a handoff: the token from the QR link. */
  handoff?: string;
}

/** A started cross-device handoff: a short-lived, single-use link for the phone. */
export interface HandoffStart {
  /** The desktop's handle for waiting on it. */
  id: string;
  /** The link the QR code encodes. */
  url: string;
  /** ISO 8601 expiry. */
  expiresAt: string;
}

/** What the phone shows before creating the passkey. */
export interface HandoffDetails {
  /** The account the passkey will be added to. */
  account: { name: string; displayName?: string };
  /** The device name chosen on the desktop. */
  name: string;
  /** ISO 8601 expiry. */
  expiresAt: string;
}

/**
 * The host-supplied bridge to the relying party. Every call receives an `AbortSignal`
 * that fires when the user cancels or the element is removed.
 */
export interface PasskeyAdapter {
  /** Creation options for a new passkey, fetched once when the user presses Register. */
  registrationOptions(
    req: RegistrationOptionsRequest,
    signal: AbortSignal,
  ): Promise<PublicKeyCredentialCreationOptionsJSON>;
  /** Verify and store the new credential; resolves with the stored credential. */
  verifyRegistration(
    req: VerifyRegistrationRequest,
    signal: AbortSignal,
  ): Promise<PasskeyCredential>;
  /** Request options for approving an action with an existing passkey, or null if none is needed. */
  approvalOptions?(
    action: PasskeyAction,
    signal: AbortSignal,
  ): Promise<PublicKeyCredentialRequestOptionsJSON | null>;
  /** The user's stored credentials. */
  listCredentials?(signal: AbortSignal): Promise<PasskeyCredential[]>;
  /** Renames, activates or deactivates a credential, with an approval when one was asked for. */
  updateCredential?(
    id: string,
    patch: { name?: string; active?: boolean },
    approval: AuthenticationResponseJSON | undefined,
    signal: AbortSignal,
  ): Promise<PasskeyCredential>;
  /** Deletes a credential, with an approval when one was asked for. */
  deleteCredential?(
    id: string,
    approval: AuthenticationResponseJSON | undefined,
    signal: AbortSignal,
  ): Promise<void>;
  /** Desktop: starts a handoff to a phone; with `awaitHandoff`, enables the page-drawn QR. */
  startHandoff?(
    req: { name: string; approval?: AuthenticationResponseJSON },
    signal: AbortSignal,
  ): Promise<HandoffStart>;
  /** Desktop: resolves with the credential when the phone is done; rejects `expired` or `declined`. */
  awaitHandoff?(id: string, signal: AbortSignal): Promise<PasskeyCredential>;
  /** Phone: what the token is for. */
  handoffDetails?(token: string, signal: AbortSignal): Promise<HandoffDetails>;
  /** Phone: refuses the handoff; the desktop's wait then rejects with `declined`. */
  declineHandoff?(token: string, signal: AbortSignal): Promise<void>;
}
