/**
 * The states of `<passkey-register>`'s flow (see ./flow-controller.ts): the element's first view,
 * its events and the controller all read them; and which authenticator kinds a state offers. *
 * The transitions (./flow-controller.ts makes them):
 *
 *   naming ─submit→ fetching ─→ choosing ─choose→ ceremony ─→ verifying ─→ success
 *      ▲                │            ▲   │           │cancel        │          ▲
 *      └──── back ── error ◀─────────┴───┼───────────┴──────────────┘          │
 *                                        └─phone, adapter can hand off→ handoff ┘ (QR; expires → regenerate)
 *
 * When the adapter asks for it, an existing passkey approves the new one (`approving`, through
 * the ApprovalController both elements share) between the ceremony and saving it, and before a
 * handoff QR is shown.
 *
 * On the phone the QR link opens, the same element runs `startPhone(token)`:
 *   fetching → phone-confirm ─create→ ceremony → verifying → success   (or ─decline→ phone-declined)

 */
import type {
  HandoffDetails,
  HandoffStart,
  PasskeyAdapter,
  PasskeyCredential,
} from '../adapter.js';
import type { NameProblem } from '../device-name.js';
import type { PasskeyStrings } from '../strings.js';
import type { PasskeyErrorCode } from '../internal/errors.js';
import type { AuthenticatorKind, Capabilities } from '../webauthn.js';

/**
 * A calm line on the choice (or the phone's confirmation) after the user stopped: cancelled the
 * browser's prompt, declined on the phone, or didn't confirm with an existing passkey. Not errors.
 */
export type CalmNotice = keyof PasskeyStrings['calm'];

export type FlowState =
  | { step: 'naming'; problem?: NameProblem }
  | { step: 'fetching' }
  | { step: 'choosing'; capabilities: Capabilities; notice?: CalmNotice }
  | { step: 'ceremony'; kind: AuthenticatorKind }
  | { step: 'handoff'; handoff?: HandoffStart; expired: boolean }
  | { step: 'approving'; busy: boolean }
  | { step: 'verifying'; kind: AuthenticatorKind }
  | { step: 'success'; credential: PasskeyCredential }
  | { step: 'phone-confirm'; details: HandoffDetails; notice?: CalmNotice }
  | { step: 'phone-declined' }
  | { step: 'error'; code: PasskeyErrorCode; error: unknown; duringApproval?: boolean };

export type FlowStep = FlowState['step'];

/**
 * Whether a kind of authenticator can be used here. `no-platform` blocks the choice: the browser
 * says there is no platform authenticator. `no-hybrid` only warns: browsers report it when
 * Bluetooth is off or missing, and the user may be able to turn it on.
 */
export type Availability = 'available' | 'no-platform' | 'no-hybrid';

export function availability(kind: AuthenticatorKind, caps: Capabilities): Availability {
  if (kind === 'this-device' && caps.platform === false) return 'no-platform';
  if (kind === 'phone' && caps.hybrid === false) return 'no-hybrid';
  return 'available';
}

/** What the host gives the flow controller. */
export interface FlowOptions {
  /** The adapter, read at the moment of each call so the host may swap it. */
  adapter: () => PasskeyAdapter | undefined;
  /** Called after every transition while the host is connected (never after disconnect). */
  onChange?: (next: FlowState, prev: FlowState) => void;
  /** How long an adapter call may take before it counts as a network failure. */
  timeoutMs?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
