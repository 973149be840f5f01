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
  type:
    | 'register'
    | 'rename'
    | 'activate'
    | 'deactivate'
    | 'delete'
    // Second factors besides passkeys (<two-factor-register>):
    | 'totp-setup'
    | 'totp-remove'
    | 'recovery-codes';
  credentialId?: string;
  name?: string;
}

/** Whether the account has an authenticator app (TOTP) set up. */
export interface TotpStatus {
  configured: boolean;
  /** The name the user gave the app, if any. */
  name?: string;
  /** ISO 8601 date it was set up. */
  createdAt?: string;
}

/** An authenticator-app setup in progress: nothing is stored until a code from the app verifies. */
export interface TotpSetup {
  /** The setup's handle, sent back with the code. */
  id: string;
  /**
   * The key URI the app scans: `otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=…&digits=…&period=…`
   * (Google's Key URI format). Untrusted input: the widget validates it before drawing it.
   */
  uri: string;
  /** ISO 8601 expiry of the setup. */
  expiresAt: string;
}

/** The account's recovery codes, as counts: the codes themselves are shown once, at generation. */
export interface RecoveryCodesStatus {
  configured: boolean;
  /** Unused codes left. */
  remaining: number;
  /** Codes in the set when it was made. */
  total: number;
  /** ISO 8601 date the set was confirmed. */
  createdAt?: string;
}

/** A freshly generated set, not yet in force: it replaces the old set only once confirmed. */
export interface RecoveryCodesSet {
  /** The set's handle, for `confirmRecoveryCodes`. */
  id: string;
  /** The codes, shown to the user once. */
  codes: string[];
  /** ISO 8601 expiry: unconfirmed by then, the set is discarded and the old one stays. */
  expiresAt: string;
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
export interface PasskeyAdapter extends TwoFactorMethods {
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
  /**
   * Desktop: ends a handoff's link for good (Cancel, New code, the element removed), so a photo
   * of the QR can't add a passkey later. Resolves also when the link was already used or dead.
   * Called without waiting, under a short timeout of its own.
   */
  cancelHandoff?(id: string, signal: AbortSignal): Promise<void>;
  /** Phone: what the token is for. */
  handoffDetails?(token: string, signal: AbortSignal): Promise<HandoffDetails>;
  /** Phone: refuses the handoff; the desktop's wait then rejects with `declined`. */
  declineHandoff?(token: string, signal: AbortSignal): Promise<void>;
}

/** The adapter's passkey methods: what `createFetchAdapter` always provides. */
export type PasskeyMethods = Omit<PasskeyAdapter, keyof TwoFactorMethods>;

/** The adapter's methods for second factors besides passkeys. */
export interface TwoFactorMethods {
  // Other second factors, for <two-factor-register>. A tab whose methods are missing is hidden.
  // Errors: a wrong code rejects `invalid-code`, an expired setup `expired`, too many attempts
  // `rate-limited`, an app already set up `conflict`.

  /** Authenticator app: whether one is set up. */
  totpStatus?(signal: AbortSignal): Promise<TotpStatus>;
  /** Authenticator app: starts a setup (a new secret), with an approval when one was asked for. */
  startTotp?(
    req: { approval?: AuthenticationResponseJSON },
    signal: AbortSignal,
  ): Promise<TotpSetup>;
  /** Authenticator app: checks a code from the app; on success the app is stored. */
  verifyTotp?(
    req: { id: string; code: string; name?: string },
    signal: AbortSignal,
  ): Promise<TotpStatus>;
  /** Authenticator app: removes it, with an approval when one was asked for. */
  removeTotp?(approval: AuthenticationResponseJSON | undefined, signal: AbortSignal): Promise<void>;
  /** Recovery codes: how many are left. */
  recoveryCodesStatus?(signal: AbortSignal): Promise<RecoveryCodesStatus>;
  /** Recovery codes: generates a new set, with an approval when one was asked for. */
  generateRecoveryCodes?(
    approval: AuthenticationResponseJSON | undefined,
    signal: AbortSignal,
  ): Promise<RecoveryCodesSet>;
  /** Recovery codes: the user has saved the set; it replaces (invalidates) the old one. */
  confirmRecoveryCodes?(id: string, signal: AbortSignal): Promise<RecoveryCodesStatus>;
}
