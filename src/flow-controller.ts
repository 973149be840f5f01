/**
 * The registration flow as one ReactiveController: a discriminated union of states and the
 * transitions between them. Rendering lives in the element; this file is the whole flow.
 *
 *   naming ─submit→ fetching ─→ choosing ─choose→ ceremony ─→ verifying ─→ success
 *      ▲                │            ▲               │cancel        │
 *      └──── back ── error ◀─────────┴───────────────┴──────────────┘  (retry → fetching)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PasskeyAdapterError } from './adapter.js';
import type {
  PasskeyAdapter,
  PasskeyAdapterErrorCode,
  PasskeyCredential,
  PublicKeyCredentialCreationOptionsJSON,
} from './adapter.js';
import { checkName, parseCreationOptions, parseCredential } from './validate.js';
import type { NameProblem } from './validate.js';
import {
  PasskeyWebAuthnError,
  cancelCeremony,
  createCredential,
  detectCapabilities,
  optionsForKind,
} from './webauthn.js';
import type { AuthenticatorKind, Capabilities, WebAuthnErrorCode } from './webauthn.js';

/** Every way the flow can fail, each with its own message. */
export type PasskeyErrorCode = PasskeyAdapterErrorCode | WebAuthnErrorCode | 'no-adapter';

export type FlowState =
  | { step: 'naming'; problem?: NameProblem }
  | { step: 'fetching' }
  | { step: 'choosing'; capabilities: Capabilities }
  | { step: 'ceremony'; kind: AuthenticatorKind }
  | { step: 'verifying'; kind: AuthenticatorKind }
  | { step: 'success'; credential: PasskeyCredential }
  | { step: 'error'; code: PasskeyErrorCode; error: unknown };

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

export interface FlowOptions {
  /** The adapter, read at the moment of each call so the host may swap it. */
  adapter: () => PasskeyAdapter | undefined;
  /** Called after every transition while the host is connected (never after disconnect). */
  onChange?: (next: FlowState, prev: FlowState) => void;
  /** How long an adapter call may take before it counts as a network failure. */
  timeoutMs?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function errorCode(err: unknown): PasskeyErrorCode {
  if (err instanceof PasskeyAdapterError || err instanceof PasskeyWebAuthnError) return err.code;
  // Anything else an adapter throws is the server side failing in a way it didn't describe.
  return 'server';
}

export class PasskeyFlowController implements ReactiveController {
  /** The current state; render() switches on `state.step`. */
  state: FlowState = { step: 'naming' };
  /** The device name as typed (validated on submit). */
  name = '';

  private run?: AbortController;
  private options?: PublicKeyCredentialCreationOptionsJSON;
  private capabilities?: Capabilities;
  private cancelling = false;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: FlowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    const inCeremony = this.state.step === 'ceremony';
    this.stopRun();
    if (inCeremony) cancelCeremony();
    // Re-attaching starts clean; nothing is announced to a detached element.
    this.state = { step: 'naming' };
  }

  /** Validates the name and fetches creation options once, before any authenticator is chosen. */
  submit(): void {
    if (this.state.step !== 'naming' && this.state.step !== 'error') return;
    const { name, problem } = checkName(this.name);
    if (problem) return this.go({ step: 'naming', problem });
    this.name = name;
    const adapter = this.opts.adapter();
    if (!adapter) return this.go({ step: 'error', code: 'no-adapter', error: undefined });
    const run = this.startRun();
    this.go({ step: 'fetching' });
    void (async () => {
      try {
        const capabilities = await detectCapabilities();
        if (!capabilities.webauthn) throw new PasskeyWebAuthnError('not-supported');
        const raw = await this.call(run, (signal) => adapter.registrationOptions({ name }, signal));
        if (this.run !== run) return;
        this.options = parseCreationOptions(raw, location.hostname);
        this.capabilities = capabilities;
        this.go({ step: 'choosing', capabilities });
      } catch (err) {
        this.fail(run, err);
      }
    })();
  }

  /**
   * Starts the ceremony for the chosen kind. Must be called from the click handler: it reaches
   * `navigator.credentials.create` synchronously so the user's gesture still counts.
   */
  choose(kind: AuthenticatorKind): void {
    const state = this.state;
    if (state.step !== 'choosing' || !this.options || !this.run) return;
    if (availability(kind, state.capabilities) === 'no-platform') return;
    const run = this.run;
    const adapter = this.opts.adapter();
    this.cancelling = false;
    const ceremony = createCredential(optionsForKind(this.options, kind));
    this.go({ step: 'ceremony', kind });
    void (async () => {
      try {
        const response = await ceremony;
        if (this.run !== run) return;
        this.go({ step: 'verifying', kind });
        if (!adapter) throw new PasskeyAdapterError('server', 'The adapter went away.');
        const raw = await this.call(run, (signal) =>
          adapter.verifyRegistration({ name: this.name, response }, signal),
        );
        if (this.run !== run) return;
        const credential = parseCredential(raw);
        this.options = undefined;
        this.stopRun();
        this.go({ step: 'success', credential });
      } catch (err) {
        if (err instanceof PasskeyWebAuthnError && this.run === run) {
          // The server never saw these options used, so they stay valid: Cancel goes straight
          // back to the choice, and Try again after a ceremony error does too, without a refetch.
          if (err.code === 'aborted' && this.cancelling) {
            this.go({ step: 'choosing', capabilities: state.capabilities });
          } else {
            this.go({ step: 'error', code: err.code, error: err });
          }
          return;
        }
        this.fail(run, err);
      }
    })();
  }

  /** Cancels what is waiting: the browser prompt goes back to choosing; a fetch goes back to naming. */
  cancel(): void {
    if (this.state.step === 'ceremony') {
      // Tells our own Cancel apart from an abort by something else on the page.
      this.cancelling = true;
      cancelCeremony();
    } else if (this.state.step === 'fetching' || this.state.step === 'choosing') this.toNaming();
  }

  /**
   * From an error: after a ceremony error, choose again with the same options; after a server
   * error, fetch fresh options with the same name.
   */
  retry(): void {
    if (this.state.step !== 'error') return;
    if (this.run && this.options && this.capabilities) {
      this.go({ step: 'choosing', capabilities: this.capabilities });
    } else {
      this.submit();
    }
  }

  /** Back to naming, keeping the name. */
  back(): void {
    if (this.state.step === 'error' || this.state.step === 'choosing') this.toNaming();
  }

  /** After success: start over to add another passkey. */
  restart(name = ''): void {
    if (this.state.step !== 'success') return;
    this.name = name;
    this.go({ step: 'naming' });
  }

  private toNaming(): void {
    this.stopRun();
    this.options = undefined;
    this.go({ step: 'naming' });
  }

  private startRun(): AbortController {
    this.stopRun();
    this.run = new AbortController();
    return this.run;
  }

  private stopRun(): void {
    this.run?.abort();
    this.run = undefined;
  }

  /** Runs an adapter call with the run's signal and a timeout; a hang becomes `network`. */
  private async call<T>(run: AbortController, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const ms = this.opts.timeoutMs?.() ?? DEFAULT_TIMEOUT_MS;
    const call = new AbortController();
    const onAbort = () => call.abort();
    run.signal.addEventListener('abort', onAbort);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        Promise.resolve().then(() => fn(call.signal)),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            call.abort();
            reject(new PasskeyAdapterError('network', 'The server did not answer in time.'));
          }, ms);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      run.signal.removeEventListener('abort', onAbort);
    }
  }

  private fail(run: AbortController, err: unknown): void {
    // A cancelled or replaced run has nothing left to say.
    if (this.run !== run) return;
    this.stopRun();
    this.options = undefined;
    this.go({ step: 'error', code: errorCode(err), error: err });
  }

  private go(next: FlowState): void {
    const prev = this.state;
    this.state = next;
    this.host.requestUpdate();
    if (this.connected) this.opts.onChange?.(next, prev);
  }
}
