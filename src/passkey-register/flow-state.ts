/**
 * The states of `<passkey-register>`'s flow (see ./flow-controller.ts), as types only: the
 * element's first view, its events and the controller all read them.
 */
import type { HandoffDetails, HandoffStart, PasskeyCredential } from '../adapter.js';
import type { NameProblem } from '../device-name.js';
import type { PasskeyErrorCode } from '../internal/errors.js';
import type { AuthenticatorKind, Capabilities } from '../webauthn.js';

export type FlowState =
  | { step: 'naming'; problem?: NameProblem }
  | { step: 'fetching' }
  | { step: 'choosing'; capabilities: Capabilities }
  | { step: 'ceremony'; kind: AuthenticatorKind }
  | { step: 'handoff'; handoff?: HandoffStart; expired: boolean }
  | { step: 'approving'; busy: boolean }
  | { step: 'verifying'; kind: AuthenticatorKind }
  | { step: 'success'; credential: PasskeyCredential }
  | { step: 'phone-confirm'; details: HandoffDetails }
  | { step: 'phone-declined' }
  | { step: 'error'; code: PasskeyErrorCode; error: unknown; duringApproval?: boolean };

export type FlowStep = FlowState['step'];
