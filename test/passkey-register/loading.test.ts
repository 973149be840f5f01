/**
 * <passkey-register> in two parts: the first view with the page, and the flow with the later
 * steps' views (flow-views.ts) and the WebAuthn code (webauthn.ts, validate.ts) on the first sign of
 * intent or on Register. Parts of the site are taken offline through CDP to show what the user
 * sees when they can't load. The order matters: this file's page starts with neither loaded.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/strings-steps.js';
import {
  addAuthenticator,
  blockRequests,
  freshUserEach,
  mount,
  realAdapter,
  requestCount,
} from '../support/helpers.js';
import { $, byRole, choice, untilStep } from '../support/drive.js';

const STEPS_MODULE = '*/src/passkey-register/flow-views.ts*';

describe('<passkey-register> loading on demand', () => {
  before(() => executeServerCommand('network', { action: 'reset' }));
  freshUserEach(() => blockRequests([]));

  it('mounting loads none of the flow; focus on the element starts loading it', async () => {
    await blockRequests([STEPS_MODULE]);
    const el = await mount(realAdapter(), 'Focused laptop');
    expect(await requestCount('/flow-views.ts')).to.equal(0);
    byRole(el, 'textbox', 'Device name').focus();
    await waitUntil(
      async () => (await requestCount('/flow-views.ts')) >= 1,
      'focus loaded nothing',
    );
    // Offline, the early load fails quietly: nothing was asked of the user yet.
    expect(el.step).to.equal('naming');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('Register offline shows the network error; Try again loads the flow and registers', async () => {
    await blockRequests([STEPS_MODULE]);
    const el = await mount(realAdapter(), 'Offline laptop');
    const errors: string[] = [];
    el.addEventListener('passkey-error', (e) => errors.push(e.code));
    byRole(el, 'button', 'Register').click();
    await untilStep(el, 'error');
    expect($(el, '[part=error]').getAttribute('data-code')).to.equal('network');
    expect($(el, '[part=error]').textContent).to.contain(en.errors.network.title);
    expect(errors).to.deep.equal(['network']);
    // The error's heading takes focus, as after any other failure.
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    await expect(el).to.be.accessible();

    await blockRequests([]);
    await addAuthenticator({ transport: 'internal' });
    byRole(el, 'button', 'Try again').click();
    await untilStep(el, 'choosing');
    // The later steps' styles came with them: the choices are laid out as a grid.
    expect(getComputedStyle(choice(el, 'this-device')).display).to.equal('grid');
    choice(el, 'this-device').click();
    await untilStep(el, 'success');
  });
});
