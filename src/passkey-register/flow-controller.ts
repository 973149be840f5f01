/**
 * The registration flow as one ReactiveController: the transitions between the states drawn in
 * ./flow-state.ts. Rendering lives in the element (the first view) and in ./flow-views.ts (the
 * rest), whose lazy chunk holds this file and the WebAuthn code and validators it imports.
 * Internal: not part of the package's public API.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  AuthenticationResponseJSON,
  HandoffDetails,
  PasskeyCredential,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '../adapter.js';
import { checkName } from '../device-name.js';
import { ApprovalController, approvalOptionsFor } from '../internal/approval.js';
import {
  PasskeyAdapterError,
  callWithTimeout,
  errorCode,
  isCeremonyCode,
} from '../internal/errors.js';
import { parseCredential, parseHandoffDetails, parseHandoffStart } from '../validate.js';
import { cancelCeremony, createCredential, optionsForKind } from '../webauthn.js';
import type { AuthenticatorKind, Capabilities } from '../webauthn.js';
import { DEFAULT_TIMEOUT_MS, availability } from './flow-state.js';
import type { CalmNotice, FlowOptions, FlowState } from './flow-state.js';
import { EXPIRED, awaitPhone, canHandOff, cancelLink } from './handoff-wait.js';
import { prepare } from './prepare.js';

export type { FlowOptions, FlowState, FlowStep } from './flow-state.js';

export class PasskeyFlowController implements ReactiveController {
  /** The current state; render() switches on `state.step`. */
  state: FlowState = { step: 'naming' };
  /** The device name as typed (validated on submit). */
  name = '';

  private run?: AbortController;
  private handoffRun?: AbortController;
  /** Desktop: the link on show, ended on the server once the desktop moves on. */
  private link?: string;
  private options?: PublicKeyCredentialCreationOptionsJSON;
  private capabilities?: Capabilities;
  private cancelling = false;
  private connected = false;
  /** On the phone: the handoff token, and what it is for. */
  private token?: string;
  private details?: HandoffDetails;
  /** Approval with an existing passkey; its state shows as `approving`. */
  private readonly approval: ApprovalController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: FlowOptions,
  ) {
    host.addController(this);
    this.approval = new ApprovalController(host, () =>
      this.go({ step: 'approving', busy: this.approval.busy }),
    );
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    const inCeremony =
      this.state.step === 'ceremony' || (this.state.step === 'approving' && this.state.busy);
    this.stopRun();
    if (inCeremony) cancelCeremony();
    // Re-attaching starts clean; nothing is announced to a detached element, but it re-renders
    // so that it doesn't come back showing the old step.
    this.state = { step: 'naming' };
    this.host.requestUpdate();
  }

  /**
   * Validates the name (`name`, else the one set before) and fetches creation options once,
   * before any authenticator is chosen.
   */
  submit(name = this.name): void {
    if (this.state.step !== 'naming' && this.state.step !== 'error') return;
    this.name = name;
    const checked = checkName(this.name);
    if (checked.problem) return this.go({ step: 'naming', problem: checked.problem });
    this.name = checked.name;
    this.fetchOptions();
  }

  /** Fetches fresh creation options for `name`, then shows the choice (with `notice`, if any). */
  private fetchOptions(notice?: CalmNotice): void {
    const adapter = this.opts.adapter();
    if (!adapter) return this.go({ step: 'error', code: 'no-adapter', error: undefined });
    const run = this.startRun();
    this.go({ step: 'fetching' });
    void (async () => {
      try {
        const { capabilities, options } = await prepare(adapter, { name: this.name }, (fn) =>
          this.call(run.signal, fn),
        );
        if (this.run !== run) return;
        this.options = options;
        this.capabilities = capabilities;
        this.go({ step: 'choosing', capabilities, ...(notice ? { notice } : {}) });
      } catch (err) {
        this.fail(run, err);
      }
    })();
  }

  /**
   * Starts the ceremony for the chosen kind. Must be called from the click handler: it reaches
   * `navigator.credentials.create` synchronously so the user's gesture still counts. The phone,
   * when the adapter can hand off, shows the page-drawn QR instead.
   */
  choose(kind: AuthenticatorKind): void {
    const state = this.state;
    if (state.step !== 'choosing' || !this.options || !this.run) return;
    if (availability(kind, state.capabilities) === 'no-platform') return;
    if (kind === 'phone' && this.offers('handoff', this.run)) return this.startHandoff();
    this.ceremony(kind);
  }

  /**
   * What the adapter offers: the cross-device handoff (the page-drawn QR), an existing passkey's
   * approval (the RP may skip it), the phone's Decline. Read under guard (#14): a getter or Proxy
   * that throws reads as "no", so a view's question can't break the render; an action passes its
   * run, which the throw then fails with a clear error and Try again.
   */
  offers(what: 'handoff' | 'approval' | 'decline', run?: AbortController): boolean {
    try {
      const adapter = this.opts.adapter();
      if (what === 'handoff') return canHandOff(adapter);
      if (what === 'decline') return typeof adapter?.declineHandoff === 'function';
      return !this.token && typeof adapter?.approvalOptions === 'function';
    } catch (err) {
      if (run) this.fail(run, err);
      return false;
    }
  }

  private ceremony(kind: AuthenticatorKind): void {
    const run = this.run;
    const options = this.options;
    if (!run || !options) return;
    this.cancelling = false;
    // In the caller's task, with no await before it: the click still counts as the gesture.
    const ceremony = createCredential(optionsForKind(options, kind));
    this.go({ step: 'ceremony', kind });
    void (async () => {
      try {
        const response = await ceremony;
        if (this.run !== run) return;
        this.go({ step: 'verifying', kind });
        // As in the custody seed: the new credential is created first, then approved, then saved.
        // On the phone the handoff token was approved on the desktop already.
        const approval = this.token ? null : await this.approvalFor(run);
        if (this.run !== run) return;
        if (approval)
          this.approval.request(approval, {
            approved: (a) => void this.save(run, kind, response, a),
            failed: (err) => this.failApproval(run, err),
          });
        else await this.save(run, kind, response);
      } catch (err) {
        // errorCode() rather than instanceof: an adapter may reject with a Proxy that throws.
        const code = errorCode(err);
        if (isCeremonyCode(code) && this.run === run) {
          // The server never saw these options used, so they stay valid: Cancel goes straight
          // back to the choice, and Try again after a ceremony error does too, without a refetch.
          if (code === 'aborted' && this.cancelling) this.go(this.choiceState());
          // The user closed the browser's prompt: not an error, a calm line on the choice.
          else if (code === 'cancelled') this.go(this.choiceState('cancelled'));
          else this.go({ step: 'error', code, error: err });
          return;
        }
        this.fail(run, err);
      }
    })();
  }

  /** Verifies and stores the new credential through the adapter. */
  private async save(
    run: AbortController,
    kind: AuthenticatorKind,
    response: RegistrationResponseJSON,
    approval?: AuthenticationResponseJSON,
  ): Promise<void> {
    const adapter = this.opts.adapter();
    const token = this.token;
    try {
      this.go({ step: 'verifying', kind });
      if (!adapter) throw new PasskeyAdapterError('server', 'The adapter went away.');
      const raw = await this.call(run.signal, (signal) =>
        adapter.verifyRegistration(
          {
            name: this.name,
            response,
            ...(approval ? { approval } : {}),
            ...(token ? { handoff: token } : {}),
          },
          signal,
        ),
      );
      if (this.run !== run) return;
      this.succeed(parseCredential(raw));
    } catch (err) {
      // No answer is not a no: the server may have stored it.
      this.fail(run, err, errorCode(err) === 'network' ? 'unconfirmed' : undefined);
    }
  }

  /** Signs the pending action with an existing passkey (call it from the click: a gesture). */
  approve(): void {
    if (this.state.step === 'approving' && this.run) this.approval.approve();
  }

  /**
   * Nothing is saved without the approval; the error says so, and Try again starts afresh. Not
   * confirming (the user cancelled) is no error: back to the choice with fresh options (the
   * used ones are spent) and a calm line.
   */
  private failApproval(run: AbortController, err: unknown): void {
    if (this.run !== run) return;
    this.stopRun();
    this.options = undefined;
    const code = errorCode(err);
    if (code === 'cancelled' && !this.token) return this.fetchOptions('not-confirmed');
    this.go({ step: 'error', code, error: err, duringApproval: true });
  }

  /** The step where the user picks again: the choice, or on the phone its confirmation. */
  private choiceState(notice?: CalmNotice): FlowState {
    const calm = notice ? { notice } : {};
    if (this.details) return { step: 'phone-confirm', details: this.details, ...calm };
    return { step: 'choosing', capabilities: this.capabilities!, ...calm };
  }

  /**
   * Desktop: shows a QR with a single-use link and waits for the phone; also "New code" once it
   * expired, and "More time" before (a fresh link replaces the old one). When the adapter asks
   * for it, an existing passkey approves each new link first.
   */
  startHandoff(): void {
    const state = this.state;
    const fromChoice = state.step === 'choosing';
    const regenerate = state.step === 'handoff' && Boolean(state.handoff);
    const run = this.run;
    if ((!fromChoice && !regenerate) || !run || !this.offers('handoff', run)) return;
    this.stopHandoff();
    this.go({ step: 'handoff', expired: false });
    void (async () => {
      try {
        const approval = await this.approvalFor(run);
        if (this.run !== run || this.state.step !== 'handoff') return;
        if (approval)
          this.approval.request(approval, {
            approved: (a) => this.openHandoff(run, a),
            // Before the QR nothing was created, and the options are unused: back to the choice.
            failed: (err) =>
              errorCode(err) === 'cancelled' && this.run === run
                ? this.go(this.choiceState('cancelled'))
                : this.failApproval(run, err),
          });
        else this.openHandoff(run);
      } catch (err) {
        this.fail(run, err);
      }
    })();
  }

  private openHandoff(run: AbortController, approval?: AuthenticationResponseJSON): void {
    const adapter = this.opts.adapter();
    if (!adapter || !this.offers('handoff', run)) return;
    this.stopHandoff();
    const handoffRun = new AbortController();
    this.handoffRun = handoffRun;
    const onRunAbort = () => handoffRun.abort();
    run.signal.addEventListener('abort', onRunAbort, { once: true });
    const current = () => this.handoffRun === handoffRun;
    let waiting = false;
    this.go({ step: 'handoff', expired: false });
    void (async () => {
      try {
        const raw = await this.call(handoffRun.signal, (signal) =>
          adapter.startHandoff!({ name: this.name, ...(approval ? { approval } : {}) }, signal),
        );
        if (!current()) return;
        const handoff = parseHandoffStart(raw);
        this.link = handoff.id;
        this.go({ step: 'handoff', handoff, expired: false });
        waiting = true;
        const done = await awaitPhone(adapter, handoff, handoffRun);
        if (!current()) return;
        // Used by the phone: nothing to cancel. (Kept when expired: New code cancels it anyway.)
        if (done !== EXPIRED) this.link = undefined;
        if (done === EXPIRED) this.go({ step: 'handoff', handoff, expired: true });
        else this.succeed(parseCredential(done));
      } catch (err) {
        if (!current()) return;
        // Declining on the phone is the user's choice, not a failure: back to the choice, calmly.
        if (waiting && errorCode(err) === 'declined' && this.run === run) {
          this.stopHandoff();
          this.go(this.choiceState('declined'));
        } else this.fail(run, err);
      } finally {
        run.signal.removeEventListener('abort', onRunAbort);
      }
    })();
  }

  /** Desktop, from the QR view: the browser's own hybrid flow instead (call it from the click). */
  useBluetooth(): void {
    if (this.state.step !== 'handoff' || !this.options || !this.run) return;
    this.stopHandoff();
    this.ceremony('phone');
  }

  /**
   * Phone: loads what the token is for and the creation options, then asks the user to
   * confirm, so that "Create passkey" can reach the browser within the tap.
   */
  startPhone(token: string): void {
    const adapter = this.opts.adapter();
    this.token = token;
    if (!adapter) return this.go({ step: 'error', code: 'no-adapter', error: undefined });
    const run = this.startRun();
    this.details = undefined;
    this.go({ step: 'fetching' });
    void (async () => {
      try {
        const call = <T>(fn: (signal: AbortSignal) => Promise<T>) => this.call(run.signal, fn);
        if (!adapter.handoffDetails)
          throw new PasskeyAdapterError('server', 'The adapter cannot hand off.');
        const details = parseHandoffDetails(await call((s) => adapter.handoffDetails!(token, s)));
        const { capabilities, options } = await prepare(
          adapter,
          { name: details.name, handoff: token },
          call,
        );
        if (this.run !== run) return;
        this.options = options;
        this.capabilities = capabilities;
        this.details = details;
        this.name = details.name;
        this.go({ step: 'phone-confirm', details });
      } catch (err) {
        this.fail(run, err);
      }
    })();
  }

  /** Phone: creates the passkey on this phone. Call it from the click handler. */
  createOnPhone(): void {
    if (this.state.step === 'phone-confirm' && this.options && this.run)
      this.ceremony('this-device');
  }

  /** Phone: declines; the desktop's wait then ends with `declined`. */
  declineOnPhone(): void {
    const adapter = this.opts.adapter();
    const run = this.run;
    const token = this.token;
    if (this.state.step !== 'phone-confirm' || !run || !token) return;
    if (!this.offers('decline', run)) return;
    this.go({ step: 'fetching' });
    void (async () => {
      try {
        await this.call(run.signal, (signal) => adapter!.declineHandoff!(token, signal));
        if (this.run !== run) return;
        this.stopRun();
        this.go({ step: 'phone-declined' });
      } catch (err) {
        this.fail(run, err);
      }
    })();
  }

  /**
   * Cancels what is waiting: the browser prompt and the QR go back to the choice; a fetch goes
   * back to naming. Returns false when there was nothing (left) to cancel, e.g. a second press
   * while the prompt is still closing, so the host announces one cancel, not ten.
   */
  cancel(): boolean {
    const step = this.state.step;
    if (step === 'ceremony') {
      if (this.cancelling) return false;
      // Tells our own Cancel apart from an abort by something else on the page.
      this.cancelling = true;
      cancelCeremony();
    } else if (step === 'approving') {
      return this.approval.cancel();
    } else if (step === 'handoff') {
      this.stopHandoff();
      this.go(this.choiceState());
    } else if ((step === 'fetching' || step === 'choosing') && !this.token) {
      this.toNaming();
    } else {
      return false;
    }
    return true;
  }

  /**
   * From an error: after a ceremony error, choose again with the same options; after a server
   * error, fetch fresh options (on the phone, reload the handoff).
   */
  retry(): void {
    if (this.state.step !== 'error') return;
    if (this.run && this.options && this.capabilities) this.go(this.choiceState());
    else if (this.token) this.startPhone(this.token);
    else this.submit();
  }

  /** Back to naming, keeping the name. */
  back(): void {
    if ((this.state.step === 'error' || this.state.step === 'choosing') && !this.token)
      this.toNaming();
  }

  /** After success: start over to add another passkey. */
  restart(name = ''): void {
    if (this.state.step !== 'success') return;
    this.name = name;
    this.go({ step: 'naming' });
  }

  private succeed(credential: PasskeyCredential): void {
    this.options = undefined;
    this.stopRun();
    this.go({ step: 'success', credential });
  }

  private stopHandoff(): void {
    this.handoffRun?.abort();
    this.handoffRun = undefined;
    if (this.link) cancelLink(this.opts.adapter(), this.link);
    this.link = undefined;
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
    this.stopHandoff();
    this.approval.clear();
    this.run?.abort();
    this.run = undefined;
  }

  /** Runs an adapter call under `parent` with a timeout; a hang becomes `network`. */
  private call<T>(parent: AbortSignal, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return callWithTimeout(parent, this.timeoutMs(), fn);
  }

  private timeoutMs(): number {
    return this.opts.timeoutMs?.() ?? DEFAULT_TIMEOUT_MS;
  }

  /** The adapter's request options when registering needs an existing passkey's approval. */
  private approvalFor(run: AbortController): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
    const adapter = this.opts.adapter();
    const action = { type: 'register', name: this.name } as const;
    return adapter
      ? approvalOptionsFor(adapter, action, run.signal, this.timeoutMs())
      : Promise.resolve(null);
  }

  private fail(run: AbortController, err: unknown, code = errorCode(err)): void {
    // A cancelled or replaced run has nothing left to say.
    if (this.run !== run) return;
    this.stopRun();
    this.options = undefined;
    this.go({ step: 'error', code, error: err });
  }

  private go(next: FlowState): void {
    const prev = this.state;
    this.state = next;
    this.host.requestUpdate();
    if (this.connected) this.opts.onChange?.(next, prev);
  }
}
