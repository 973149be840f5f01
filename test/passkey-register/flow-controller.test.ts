/**
 * The flow controller on its own, without rendering: a bare host, and a scripted adapter or the
 * real one against the reference RP with virtual authenticators.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PasskeyAdapterError } from '../../src/index.js';
import type { PasskeyAdapter } from '../../src/index.js';
import { PasskeyFlowController } from '../../src/passkey-register/flow-controller.js';
import type { FlowState, FlowStep } from '../../src/passkey-register/flow-controller.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import type { ScriptedAdapter } from '../support/scripted-adapter.js';
import { addAuthenticator, freshUserEach, realAdapter, stored } from '../support/helpers.js';

class BareHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

const options = {
  rp: { name: 'Acme', id: location.hostname },
  user: { id: 'dXNlcg', name: 'alex', displayName: 'Alex' },
  challenge: 'AAAAAAAAAAAAAAAAAAAAAA',
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
};

/** A connected controller on a bare host, recording every transition as [from, to]. */
function controllerWith(adapter: PasskeyAdapter) {
  const host = new BareHost();
  const changes: [FlowStep, FlowStep][] = [];
  const flow = new PasskeyFlowController(host, {
    adapter: () => adapter,
    onChange: (next, prev) => changes.push([prev.step, next.step]),
  });
  host.connect();
  return { host, flow, changes };
}

function setup(
  adapter: ScriptedAdapter = scriptedAdapter({ registrationOptions: { resolve: options } }),
) {
  return { ...controllerWith(adapter), adapter };
}

describe('PasskeyFlowController', () => {
  it('starts at naming and refuses a bad name without calling the adapter', () => {
    const { flow, adapter } = setup();
    expect(flow.state).to.deep.equal({ step: 'naming' });
    flow.name = '\u0000';
    flow.submit();
    expect(flow.state).to.deep.equal({ step: 'naming', problem: 'forbidden-characters' });
    expect(adapter.calls).to.have.length(0);
  });

  it('fetches options once on submit, then offers the choice', async () => {
    const { flow, changes, adapter, host } = setup();
    flow.name = ' Work laptop ';
    flow.submit();
    flow.submit();
    expect(flow.state.step).to.equal('fetching');
    await waitUntil(() => flow.state.step === 'choosing');
    expect(adapter.calls.map((c) => c.args[0])).to.deep.equal([{ name: 'Work laptop' }]);
    expect(changes).to.deep.equal([
      ['naming', 'fetching'],
      ['fetching', 'choosing'],
    ]);
    expect(host.updates).to.be.greaterThan(1);
  });

  it('cancel while fetching aborts the adapter call and returns to naming', async () => {
    const { flow, adapter } = setup(scriptedAdapter({ registrationOptions: { hang: true } }));
    flow.name = 'Key';
    flow.submit();
    await waitUntil(() => adapter.calls.length === 1);
    flow.cancel();
    expect(flow.state.step).to.equal('naming');
    expect(adapter.calls[0].signal.aborted).to.equal(true);
  });

  it('a late reply after cancel changes nothing', async () => {
    let release!: (v: unknown) => void;
    const adapter = scriptedAdapter({
      registrationOptions: { run: () => new Promise((resolve) => (release = resolve)) },
    });
    const { flow, changes } = setup(adapter);
    flow.name = 'Key';
    flow.submit();
    await waitUntil(() => adapter.calls.length === 1);
    flow.cancel();
    release(options);
    await new Promise((r) => setTimeout(r, 20));
    expect(flow.state.step).to.equal('naming');
    expect(changes.at(-1)).to.deep.equal(['fetching', 'naming']);
  });

  it('turns adapter errors into error states, and retry fetches again', async () => {
    const adapter = scriptedAdapter({
      registrationOptions: { reject: new PasskeyAdapterError('rate-limited') },
    });
    const { flow } = setup(adapter);
    flow.name = 'Key';
    flow.submit();
    await waitUntil(() => flow.state.step === 'error');
    expect(flow.state).to.include({ step: 'error', code: 'rate-limited' });
    adapter.cue('registrationOptions', { resolve: options });
    flow.retry();
    await waitUntil(() => flow.state.step === 'choosing');
    expect(adapter.calls).to.have.length(2);
    flow.back();
    expect(flow.state.step).to.equal('naming');
    expect(flow.name).to.equal('Key');
  });

  it('ignores a choice outside the choosing step', () => {
    const { flow, changes } = setup();
    flow.choose('security-key');
    expect(flow.state.step).to.equal('naming');
    expect(changes).to.have.length(0);
  });

  it('after disconnect: back to naming, nothing reported, adapter call aborted', async () => {
    const { flow, host, changes, adapter } = setup(
      scriptedAdapter({ registrationOptions: { hang: true } }),
    );
    flow.name = 'Key';
    flow.submit();
    await waitUntil(() => adapter.calls.length === 1);
    const before = changes.length;
    host.disconnect();
    expect(adapter.calls[0].signal.aborted).to.equal(true);
    expect(flow.state.step).to.equal('naming');
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).to.have.length(before);
  });
});

/**
 * The transitions through real ceremonies: the fetch adapter against the reference RP, Chromium's
 * virtual authenticators, still no element and no rendering.
 */
describe('PasskeyFlowController with the reference RP', () => {
  freshUserEach();

  const realSetup = () => controllerWith(realAdapter());

  const until = (flow: PasskeyFlowController, step: FlowStep) =>
    waitUntil(() => flow.state.step === step, `never reached ${step} (at ${flow.state.step})`, {
      timeout: 5000,
    });

  /** Registers a passkey with `kind` from a fresh controller, through to success. */
  async function register(name: string, kind: 'this-device' | 'security-key') {
    const s = realSetup();
    s.flow.submit(name);
    await until(s.flow, 'choosing');
    s.flow.choose(kind);
    await until(s.flow, 'success');
    return s;
  }

  /** A virtual authenticator that verifies the user and keeps discoverable credentials. */
  const verifyingAuthenticator = (transport: 'internal' | 'usb') =>
    addAuthenticator({
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    });

  /** A first passkey (the laptop), then a second one (a security key) chosen: approval asked. */
  async function toApproving() {
    await verifyingAuthenticator('internal');
    await register('Laptop', 'this-device');
    await verifyingAuthenticator('usb');
    const s = realSetup();
    s.flow.submit('Spare key');
    await until(s.flow, 'choosing');
    s.flow.choose('security-key');
    await until(s.flow, 'approving');
    return s;
  }

  /** A desktop controller that chose the phone (the QR view). */
  async function toHandoff() {
    const s = realSetup();
    s.flow.submit('My phone');
    await until(s.flow, 'choosing');
    s.flow.choose('phone');
    return s;
  }

  /** The phone link's token, once the QR view has its link. */
  async function linkToken(flow: PasskeyFlowController): Promise<string> {
    await waitUntil(() => flow.state.step === 'handoff' && flow.state.handoff, 'no link');
    const state = flow.state as Extract<FlowState, { step: 'handoff' }>;
    return new URL(state.handoff!.url).hash.slice(1);
  }

  it('ceremony: naming → fetching → choosing → ceremony → verifying → success, and the RP stored it', async () => {
    await verifyingAuthenticator('usb');
    const { flow, changes } = await register('Work key', 'security-key');
    // Steps that change (saving re-enters verifying once, which the element doesn't announce).
    expect(changes.filter(([from, to]) => from !== to)).to.deep.equal([
      ['naming', 'fetching'],
      ['fetching', 'choosing'],
      ['choosing', 'ceremony'],
      ['ceremony', 'verifying'],
      ['verifying', 'success'],
    ]);
    expect(flow.state.step === 'success' && flow.state.credential.name).to.equal('Work key');
    expect((await stored()).map((c) => c.name)).to.deep.equal(['Work key']);
  });

  it('ceremony: the choice reaches navigator.credentials.create in its own task, and Cancel goes back to the choice', async () => {
    // Never touched: the prompt stays open until cancelled.
    await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
    const { flow, changes } = realSetup();
    flow.submit('Key');
    await until(flow, 'choosing');
    const create = navigator.credentials.create.bind(navigator.credentials);
    let calledInTask = false;
    navigator.credentials.create = (o) => ((calledInTask = true), create(o));
    try {
      flow.choose('security-key');
      // Synchronously, with no await in between.
      expect(calledInTask).to.equal(true);
    } finally {
      navigator.credentials.create = create;
    }
    expect(flow.state).to.deep.equal({ step: 'ceremony', kind: 'security-key' });
    expect(flow.cancel()).to.equal(true);
    expect(flow.cancel()).to.equal(false); // a second press while the prompt closes
    await until(flow, 'choosing');
    expect(changes.at(-1)).to.deep.equal(['ceremony', 'choosing']);
    expect(await stored()).to.have.length(0);
  });

  it('approval: a second passkey waits at approving; Approve opens the prompt, then it is saved', async () => {
    const { flow, changes } = await toApproving();
    expect(flow.state).to.deep.equal({ step: 'approving', busy: false });
    expect(await stored()).to.have.length(1);
    flow.approve();
    expect(flow.state).to.deep.equal({ step: 'approving', busy: true });
    await until(flow, 'success');
    expect(changes.slice(-4)).to.deep.equal([
      ['verifying', 'approving'],
      ['approving', 'approving'],
      ['approving', 'verifying'],
      ['verifying', 'success'],
    ]);
    expect((await stored()).map((c) => c.name).sort()).to.deep.equal(['Laptop', 'Spare key']);
  });

  it('approval: Cancel at approving is calm: nothing saved, fresh options, the choice with a `not-confirmed` line', async () => {
    const { flow } = await toApproving();
    expect(flow.cancel()).to.equal(true);
    // Not confirming is no error: fresh options (the used ones are spent), then the choice with
    // a calm line.
    expect(flow.state.step).to.equal('fetching');
    await until(flow, 'choosing');
    expect(flow.state).to.include({ step: 'choosing', notice: 'not-confirmed' });
    expect(await stored()).to.have.length(1);
  });

  it('handoff and phone: the desktop shows the link, the phone confirms and creates, both end at success', async () => {
    const desktop = await toHandoff();
    expect(desktop.flow.state).to.deep.equal({ step: 'handoff', expired: false });
    const token = await linkToken(desktop.flow);
    expect(token).to.not.equal('');

    // The phone: its own controller, its own platform authenticator.
    await verifyingAuthenticator('internal');
    const phone = realSetup();
    phone.flow.startPhone(token);
    expect(phone.flow.state.step).to.equal('fetching');
    await until(phone.flow, 'phone-confirm');
    const confirm = phone.flow.state as Extract<FlowState, { step: 'phone-confirm' }>;
    expect(confirm.details.name).to.equal('My phone');
    // Back and Cancel don't apply on the phone.
    expect(phone.flow.cancel()).to.equal(false);
    phone.flow.createOnPhone();
    expect(phone.flow.state.step).to.equal('ceremony');
    await until(phone.flow, 'success');
    await until(desktop.flow, 'success');
    expect(desktop.changes.map(([, next]) => next)).to.include.members(['handoff', 'success']);
    expect((await stored()).map((c) => c.name)).to.deep.equal(['My phone']);
  });

  it('phone: Decline ends at phone-declined, and the desktop goes back to the choice with a calm `declined` line', async () => {
    const desktop = await toHandoff();
    const phone = realSetup();
    phone.flow.startPhone(await linkToken(desktop.flow));
    await until(phone.flow, 'phone-confirm');
    phone.flow.declineOnPhone();
    expect(phone.flow.state.step).to.equal('fetching');
    await until(phone.flow, 'phone-declined');
    await waitUntil(
      () => desktop.flow.state.step === 'choosing',
      'desktop never back at the choice',
    );
    expect(desktop.flow.state).to.include({ step: 'choosing', notice: 'declined' });
    expect(await stored()).to.have.length(0);
  });

  it('handoff: Cancel on the QR goes back to the choice and ends the wait', async () => {
    const { flow, changes } = await toHandoff();
    await linkToken(flow);
    expect(flow.cancel()).to.equal(true);
    expect(flow.state.step).to.equal('choosing');
    expect(changes.at(-1)).to.deep.equal(['handoff', 'choosing']);
  });
});
