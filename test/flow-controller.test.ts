/** The flow controller on its own, without rendering: a bare host, a scripted adapter. */
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PasskeyAdapterError } from '../src/index.js';
import { PasskeyFlowController } from '../src/passkey-register/flow-controller.js';
import type { FlowState } from '../src/passkey-register/flow-controller.js';
import { scriptedAdapter } from '../stories/support/scripted-adapter.js';
import type { ScriptedAdapter } from '../stories/support/scripted-adapter.js';

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

function setup(
  adapter: ScriptedAdapter = scriptedAdapter({ registrationOptions: { resolve: options } }),
) {
  const host = new BareHost();
  const changes: [FlowState['step'], FlowState['step']][] = [];
  const flow = new PasskeyFlowController(host, {
    adapter: () => adapter,
    onChange: (next, prev) => changes.push([prev.step, next.step]),
  });
  host.connect();
  return { host, flow, changes, adapter };
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
