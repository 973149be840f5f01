/** Classes, types and the fetch adapter, without registering any element (see `./define`). */
export { PasskeyRegister } from './passkey-register/passkey-register.js';
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
} from './adapter.js';
export { createFetchAdapter } from './fetch-adapter.js';
export type { FetchAdapterOptions } from './fetch-adapter.js';
export { PasskeyFlowController } from './flow-controller.js';
export type { FlowState, FlowStep, PasskeyErrorCode } from './flow-controller.js';
export {
  PasskeyCancelEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
  PasskeyStepChangeEvent,
} from './events.js';
export type { PasskeyStrings } from './strings.js';
export type { AuthenticatorKind, Capabilities, WebAuthnErrorCode } from './webauthn.js';
