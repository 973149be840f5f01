/** Typed events. All bubble and are composed, so a host can listen on any ancestor. */
import type { PasskeyAction, PasskeyCredential } from './adapter.js';
import type { PasskeyErrorCode } from './internal/errors.js';
import type { FlowStep } from './passkey-register/flow-state.js';

const init = { bubbles: true, composed: true } as const;

/** A passkey was verified and stored by the server. */
export class PasskeyRegisteredEvent extends Event {
  static readonly eventName = 'passkey-registered';
  constructor(readonly credential: PasskeyCredential) {
    super(PasskeyRegisteredEvent.eventName, init);
  }
}

/** The flow reached its error state. */
export class PasskeyErrorEvent extends Event {
  static readonly eventName = 'passkey-error';
  constructor(
    readonly code: PasskeyErrorCode,
    readonly error: unknown,
  ) {
    super(PasskeyErrorEvent.eventName, init);
  }
}

/** The flow moved to another step. */
export class PasskeyStepChangeEvent extends Event {
  static readonly eventName = 'passkey-step-change';
  constructor(
    readonly step: FlowStep,
    readonly previous: FlowStep,
  ) {
    super(PasskeyStepChangeEvent.eventName, init);
  }
}

/** The user cancelled a waiting step. */
export class PasskeyCancelEvent extends Event {
  static readonly eventName = 'passkey-cancel';
  constructor(readonly step: FlowStep) {
    super(PasskeyCancelEvent.eventName, init);
  }
}

/** A passkey was added, renamed, turned on or off, or deleted through `<passkey-credentials>`. */
export class PasskeyCredentialChangeEvent extends Event {
  static readonly eventName = 'passkey-credential-change';
  constructor(readonly action: PasskeyAction) {
    super(PasskeyCredentialChangeEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passkey-registered': PasskeyRegisteredEvent;
    'passkey-error': PasskeyErrorEvent;
    'passkey-step-change': PasskeyStepChangeEvent;
    'passkey-cancel': PasskeyCancelEvent;
    'passkey-credential-change': PasskeyCredentialChangeEvent;
  }
}
