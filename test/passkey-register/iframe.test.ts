/**
 * Issue #8, item 5: the widget in a cross-origin iframe. The frame (test/csp/frame.html) comes
 * from another origin, another port on localhost through test/support/frame-plugin.mjs, so the
 * RP ID `localhost` is valid for both and the RP checks the frame's own origin. (127.0.0.1
 * would be another host: the session cookie isn't shared with it, and an RP ID must be a
 * domain, not an IP address.)
 * With `allow="publickey-credentials-create"` the frame registers a passkey with a real
 * virtual authenticator (they reach same-site frames: one page, one virtual environment);
 * without it, the widget explains that the site must allow passkeys in the frame.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { en } from '../../src/strings-steps.js';
import { addAuthenticator, freshUserEach, stored } from '../support/helpers.js';

interface FrameState {
  step?: string;
  code?: string;
  text: string;
}

const frameCommand = <T>(action: string, more: Record<string, unknown> = {}) =>
  executeServerCommand<T, object>('frame', { action, ...more });

let frame: HTMLIFrameElement | undefined;

async function openFrame(allow: string | undefined): Promise<void> {
  const origin = await frameCommand<string>('origin');
  expect(origin).to.not.equal(location.origin);
  frame = document.createElement('iframe');
  if (allow !== undefined) frame.allow = allow;
  frame.src = `${origin}/test/csp/frame.html`;
  frame.style.width = '700px';
  frame.style.height = '700px';
  document.body.prepend(frame);
  await untilFrameStep('naming');
}

async function untilFrameStep(step: string): Promise<FrameState> {
  let state: FrameState = { text: '' };
  await waitUntil(
    async () => {
      state = await frameCommand<FrameState>('state').catch(() => ({ text: '' }));
      return state.step === step;
    },
    `the frame never reached ${step}`,
    { timeout: 8000, interval: 50 },
  );
  return state;
}

describe('a cross-origin iframe', () => {
  // The RP answers only for the origins it is configured with (never the Host header): the
  // test server's, and here the frame's too.
  before(async () => {
    const frameOrigin = await frameCommand<string>('origin');
    await executeServerCommand('rp-restart', {
      config: { origins: [location.origin, frameOrigin] },
    });
  });
  after(() => executeServerCommand('rp-restart'));
  freshUserEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('with allow="publickey-credentials-create" it registers a passkey the RP stores', async () => {
    await addAuthenticator({ transport: 'internal' });
    await openFrame('publickey-credentials-create; publickey-credentials-get');
    await frameCommand('click', { name: 'Register' });
    await untilFrameStep('choosing');
    await frameCommand('click', { name: en.choices['this-device'].label, prefix: true });
    await untilFrameStep('success');
    const list = await stored();
    expect(list.map((c) => c.name)).to.deep.equal(['Framed laptop']);
  });

  it('without it, the widget explains that passkeys are not allowed in this frame', async () => {
    await addAuthenticator({ transport: 'internal' });
    await openFrame(undefined);
    await frameCommand('click', { name: 'Register' });
    await untilFrameStep('choosing');
    await frameCommand('click', { name: en.choices['this-device'].label, prefix: true });
    const state = await untilFrameStep('error');
    expect(state.code).to.equal('frame-not-allowed');
    expect(state.text).to.include(en.errors['frame-not-allowed'].title);
    expect(await stored()).to.deep.equal([]);
  });
});
