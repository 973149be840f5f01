/** Classes, types and the fetch adapter, without registering any element (see `./define`). */
export { PasskeyRegister } from './passkey-register/passkey-register.js';
export { PasskeyCredentials } from './passkey-credentials/passkey-credentials.js';
export { PasskeyQr } from './passkey-qr/passkey-qr.js';
export { TwoFactorRegister } from './two-factor-register/two-factor-register.js';
export type { TwoFactorMethod } from './two-factor-register/two-factor-register.js';
export { TwoFactorRecoveryCodes } from './two-factor-register/recovery/recovery-codes.js';
export { TwoFactorRecoveryCodesGeneratedEvent } from './two-factor-register/events.js';
export type { TwoFactorStrings } from './two-factor-register/strings.js';
export type { RecoveryCodesStrings } from './two-factor-register/recovery/strings.js';
export { TwoFactorTotp } from './two-factor-register/totp/two-factor-totp.js';
export { PasskeyAdapterError } from './adapter.js';
export type {
  PasskeyAdapter,
  PasskeyAdapterErrorCode,
  PasskeyCredential,
  PasskeyAction,
  RegistrationOptionsRequest,
  VerifyRegistrationRequest,
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
  HandoffStart,
  HandoffDetails,
  TotpStatus,
  TotpSetup,
  RecoveryCodesStatus,
  RecoveryCodesSet,
  TwoFactorMethods,
} from './adapter.js';
export { createFetchAdapter } from './fetch-adapter.js';
export type { FetchAdapterOptions } from './fetch-adapter.js';
export type { PasskeyErrorCode } from './internal/errors.js';
export {
  PasskeyCancelEvent,
  PasskeyCredentialChangeEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
  PasskeyStepChangeEvent,
} from './events.js';
export type { PasskeyStrings, PasskeyQrStrings } from './strings.js';
export type { PasskeyCredentialsStrings } from './passkey-credentials/strings.js';
export type { AuthenticatorKind, Capabilities, WebAuthnErrorCode } from './webauthn.js';
export { registerLocale } from './i18n.js';
export type { PasskeyLocale } from './i18n.js';
export {
  TwoFactorTotpAddedEvent,
  TwoFactorTotpRemovedEvent,
} from './two-factor-register/totp/events.js';
export type { TwoFactorTotpStrings } from './two-factor-register/totp/strings.js';
