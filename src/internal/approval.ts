/**
 * Approval with an existing passkey, for both elements: `<passkey-register>` asks for it before a
 * new passkey is saved or a handoff QR is shown, `<passkey-credentials>` before a rename, an on/off
 * or a delete. The adapter says whether an action needs it (`approvalOptions`); the user then
 * presses Approve, whose click reaches the browser's prompt in its own task.
 *
 * Loaded only with the elements' lazy chunks (it imports the WebAuthn code).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  AuthenticationResponseJSON,
  PasskeyAction,
  PasskeyAdapter,
  PublicKeyCredentialRequestOptionsJSON,
} from '../adapter.js';
import { parseRequestOptions } from '../validate.js';
import { cancelCeremony, getAssertion } from '../webauthn.js';
import { PasskeyWebAuthnError, callWithTimeout } from './errors.js';

/** What happens once the user has answered. */
export interface ApprovalOutcome {
  approved(approval: AuthenticationResponseJSON): void;
  /** The prompt failed, or the user cancelled (`cancelled`). Nothing was signed. */
  failed(err: unknown): void;
}

interface Waiting extends ApprovalOutcome {
  options: PublicKeyCredentialRequestOptionsJSON;
  /** Approve was pressed: the prompt is open, or signed and its action is being applied. */
  busy: boolean;
  /** The prompt is open. */
  prompting: boolean;
}

/**
 * The adapter's request options when `action` needs an existing passkey's approval, else null
 * (also when the adapter has no `approvalOptions`).
 */
export async function approvalOptionsFor(
  adapter: PasskeyAdapter,
  action: PasskeyAction,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  if (!adapter.approvalOptions) return null;
  const raw = await callWithTimeout(signal, timeoutMs, (s) => adapter.approvalOptions!(action, s));
  return raw === null ? null : parseRequestOptions(raw, location.hostname);
}

export class ApprovalController implements ReactiveController {
  private waiting?: Waiting;
  private cancelling = false;

  /** @param changed Called when an approval starts waiting, or its prompt opens. */
  constructor(
    host: ReactiveControllerHost,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  /** An approval waits for the user (Approve and Cancel show). */
  get pending(): boolean {
    return Boolean(this.waiting);
  }

  /** Approve was pressed: the browser's prompt is open, or the approved action is being applied. */
  get busy(): boolean {
    return Boolean(this.waiting?.busy);
  }

  /** Waits for the user to approve with `options`; `outcome` hears how it went. */
  request(options: PublicKeyCredentialRequestOptionsJSON, outcome: ApprovalOutcome): void {
    this.waiting = { options, busy: false, prompting: false, ...outcome };
    this.changed();
  }

  /**
   * Opens the browser's prompt. Call it from the click handler: `navigator.credentials.get` is
   * reached in the click's own task, so the browser allows it.
   */
  approve(): void {
    const waiting = this.waiting;
    if (!waiting || waiting.busy) return;
    this.cancelling = false;
    const assertion = getAssertion(waiting.options);
    waiting.busy = waiting.prompting = true;
    this.changed();
    assertion.then(
      (approval) => {
        if (this.waiting !== waiting) return;
        // Stays busy while the owner applies the action; it clears it when done.
        waiting.prompting = false;
        waiting.approved(approval);
      },
      (err: unknown) => {
        if (this.waiting !== waiting) return;
        this.waiting = undefined;
        // Our own Cancel aborts the prompt; anything else aborting it stays `aborted`.
        const cancelled =
          err instanceof PasskeyWebAuthnError && err.code === 'aborted' && this.cancelling;
        waiting.failed(cancelled ? new PasskeyWebAuthnError('cancelled', err) : err);
      },
    );
  }

  /**
   * Cancel: closes the prompt if it is open (it then fails as `cancelled`), else fails the
   * approval as `cancelled` now. False when there was nothing (left) to cancel, e.g. a second
   * press while the prompt is still closing.
   */
  cancel(): boolean {
    const waiting = this.waiting;
    if (!waiting) return false;
    if (waiting.busy) {
      // Signed already (the action is being applied), or already closing.
      if (!waiting.prompting || this.cancelling) return false;
      this.cancelling = true;
      cancelCeremony();
      return true;
    }
    this.waiting = undefined;
    waiting.failed(new PasskeyWebAuthnError('cancelled'));
    return true;
  }

  /** Forgets the approval without a word (its action is done, or its run ended); closes the prompt if open. */
  clear(): void {
    if (this.waiting?.prompting) cancelCeremony();
    this.waiting = undefined;
  }

  hostDisconnected(): void {
    this.clear();
  }
}
