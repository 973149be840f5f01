/**
 * Issue #8, item 4: lifecycle. Removed at any waiting step, the element aborts everything (the
 * WebAuthn ceremony, the adapter's AbortSignal, the handoff polling), dispatches nothing and
 * sends no request after; re-attached, it shows naming again and registers. Ten rapid
 * activations of each button (clicks in one task, or real Enter presses) make one operation.
 * Real authenticators and the real RP; the scripted adapter only wraps it to count calls.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { en } from '../../src/strings-steps.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import type { ScriptedAdapter } from '../support/scripted-adapter.js';
import {
  addAuthenticator,
  countingAdapter,
  freshUserEach,
  mount,
  realAdapter,
  recordCeremonies,
  removeAuthenticators,
  stored,
} from '../support/helpers.js';
import { CEREMONY_TIMEOUT_MS, HANDOFF_POLL_MS } from '../support/rp-timings.mjs';
import { $, allByRole, byRole, choice, toChoosing, untilStep } from '../support/drive.js';
import { rowAction } from '../support/credentials-ui.js';

/**
 * Registers a first passkey (this device), then asks for a second (security key) up to the
 * approval with the first: the RP asks for approval once a user has a passkey.
 */
async function toApproval(el: PasskeyRegister): Promise<void> {
  await toChoosing(el);
  choice(el, 'this-device').click();
  await untilStep(el, 'success');
  byRole(el, 'button', 'Add another passkey').click();
  await toChoosing(el);
  choice(el, 'security-key').click();
  await untilStep(el, 'approving');
}

const EVENTS = [
  'passkey-registered',
  'passkey-error',
  'passkey-step-change',
  'passkey-cancel',
  'passkey-credential-change',
];

function recordEvents(el: Element): string[] {
  const seen: string[] = [];
  for (const type of EVENTS) el.addEventListener(type, () => seen.push(type));
  return seen;
}

/**
 * Removes the element; after `ms` (by default past the RP's ceremony timeout), nothing may
 * have been dispatched or requested.
 */
async function removeAndWatch(
  el: PasskeyRegister,
  requests: { at: number }[],
  ms = CEREMONY_TIMEOUT_MS + 100,
): Promise<HTMLElement> {
  const parent = el.parentElement!;
  const events = recordEvents(el);
  const removedAt = performance.now();
  el.remove();
  await aTimeout(ms);
  expect(events, 'events after removal').to.deep.equal([]);
  expect(
    requests.filter((r) => r.at > removedAt),
    'requests after removal',
  ).to.deep.equal([]);
  return parent;
}

/** Re-attached: naming is shown (not the old step), and a full registration works. */
async function reattachAndRegister(el: PasskeyRegister, parent: HTMLElement): Promise<void> {
  parent.append(el);
  await el.updateComplete;
  expect(el.step).to.equal('naming');
  expect($(el, 'h2').textContent).to.equal(en.nameHeading);
  expect(el.shadowRoot!.querySelector('input')).to.not.equal(null);
  expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
  await toChoosing(el);
  choice(el, 'this-device').click();
  await untilStep(el, 'success');
}

describe('lifecycle: removed mid-flow, re-attached, activated repeatedly', () => {
  freshUserEach();

  describe('removed while waiting → everything aborted, nothing after; re-attached → clean', () => {
    it('while fetching options', async () => {
      await addAuthenticator({ transport: 'internal' });
      const { adapter: real, requests } = countingAdapter();
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } }, real);
      const el = await mount(adapter);
      byRole(el, 'button', 'Register').click();
      await waitUntil(() => adapter.calls.length === 1);
      const parent = await removeAndWatch(el, requests, 300);
      expect(adapter.calls[0].signal.aborted).to.equal(true);
      adapter.cue('registrationOptions', { passthrough: true });
      await reattachAndRegister(el, parent);
    });

    it('before the first adapter call (while the flow code loads): no call is made', async () => {
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } });
      const el = await mount(adapter);
      byRole(el, 'button', 'Register').click();
      el.remove();
      await aTimeout(300);
      expect(adapter.calls).to.deep.equal([]);
    });

    it('mid-ceremony: the browser prompt is aborted', async () => {
      const waiting = await addAuthenticator({
        transport: 'usb',
        automaticPresenceSimulation: false,
      });
      const { adapter, requests } = countingAdapter();
      const el = await mount(adapter);
      await toChoosing(el);
      const spy = recordCeremonies();
      try {
        choice(el, 'security-key').click();
        await untilStep(el, 'ceremony');
        const parent = await removeAndWatch(el, requests);
        expect(spy.calls.all).to.have.length(1);
        expect(spy.calls.all[0].signal?.aborted).to.equal(true);
        expect(await stored()).to.have.length(0);
        void waiting;
        await removeAuthenticators();
        await addAuthenticator({ transport: 'internal' });
        await reattachAndRegister(el, parent);
      } finally {
        spy.restore();
      }
    });

    it('mid-verify: the adapter call is aborted and nothing is stored', async () => {
      await addAuthenticator({ transport: 'internal' });
      const { adapter: real, requests } = countingAdapter();
      const adapter = scriptedAdapter({ verifyRegistration: { hang: true } }, real);
      const el = await mount(adapter);
      await toChoosing(el);
      choice(el, 'this-device').click();
      await waitUntil(() => adapter.calls.some((c) => c.method === 'verifyRegistration'));
      const parent = await removeAndWatch(el, requests, 300);
      const verify = adapter.calls.find((c) => c.method === 'verifyRegistration')!;
      expect(verify.signal.aborted).to.equal(true);
      expect(await stored()).to.have.length(0);
      adapter.cue('verifyRegistration', { passthrough: true });
      await reattachAndRegister(el, parent);
    });

    it('mid-handoff: the wait is aborted and polling stops', async () => {
      await addAuthenticator({ transport: 'internal' });
      const { adapter: real, requests } = countingAdapter();
      const adapter = scriptedAdapter({}, real);
      const el = await mount(adapter, 'My phone');
      await toChoosing(el);
      choice(el, 'phone').click();
      await waitUntil(() => adapter.calls.some((c) => c.method === 'awaitHandoff'));
      // At least one long-poll round has ended and been restarted.
      await aTimeout(HANDOFF_POLL_MS + 200);
      expect(requests.filter((r) => r.url.includes('/wait')).length).to.be.at.least(2);
      const parent = await removeAndWatch(el, requests);
      const wait = adapter.calls.find((c) => c.method === 'awaitHandoff')!;
      expect(wait.signal.aborted).to.equal(true);
      await reattachAndRegister(el, parent);
    });

    it('while an approval is pending: nothing is sent and nothing saved', async () => {
      await addAuthenticator({ transport: 'internal' });
      await addAuthenticator({ transport: 'usb' });
      const { adapter, requests } = countingAdapter();
      const el = await mount(adapter);
      await toApproval(el);
      const parent = await removeAndWatch(el, requests, 300);
      expect(await stored()).to.have.length(1);
      parent.append(el);
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal(en.nameHeading);
    });

    it('<passkey-credentials> removed while loading: the list request is aborted', async () => {
      const adapter = scriptedAdapter({ listCredentials: { hang: true } });
      const el = await fixture<PasskeyCredentials>(
        html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
      );
      await waitUntil(() => adapter.calls.length === 1);
      el.remove();
      expect(adapter.calls[0].signal.aborted).to.equal(true);
    });
  });

  describe('ten rapid activations of a button → one operation', () => {
    const count = (a: ScriptedAdapter, m: string) => a.calls.filter((c) => c.method === m).length;

    /** Ten clicks in one task, or ten real Enter presses on the focused button. */
    async function hammer(button: HTMLElement, how: 'click' | 'enter'): Promise<void> {
      if (how === 'click') {
        for (let i = 0; i < 10; i++) button.click();
        return;
      }
      button.focus();
      for (let i = 0; i < 10; i++) await sendKeys({ press: 'Enter' });
    }

    for (const how of ['click', 'enter'] as const) {
      describe(how === 'click' ? 'clicks' : 'Enter presses', () => {
        it('Register fetches options once', async () => {
          const adapter = scriptedAdapter({ registrationOptions: { hang: true } });
          const el = await mount(adapter);
          await hammer(byRole(el, 'button', 'Register'), how);
          await aTimeout(50);
          expect(count(adapter, 'registrationOptions')).to.equal(1);
        });

        for (const kind of ['this-device', 'security-key'] as const) {
          it(`the ${kind} choice makes one ceremony and stores one passkey`, async () => {
            await addAuthenticator({ transport: kind === 'this-device' ? 'internal' : 'usb' });
            const adapter = scriptedAdapter({}, realAdapter());
            const el = await mount(adapter);
            await toChoosing(el);
            const spy = recordCeremonies();
            try {
              await hammer(choice(el, kind), how);
              await untilStep(el, 'success');
            } finally {
              spy.restore();
            }
            expect(spy.calls.all).to.have.length(1);
            expect(count(adapter, 'verifyRegistration')).to.equal(1);
            expect(await stored()).to.have.length(1);
          });
        }

        it('the phone choice starts one handoff', async () => {
          const adapter = scriptedAdapter({}, realAdapter());
          const el = await mount(adapter);
          await toChoosing(el);
          await hammer(choice(el, 'phone'), how);
          await waitUntil(() => count(adapter, 'awaitHandoff') === 1);
          await aTimeout(50);
          expect(count(adapter, 'startHandoff')).to.equal(1);
          el.remove();
        });

        it('Try again fetches once', async () => {
          const adapter = scriptedAdapter({ registrationOptions: { reject: new Error('down') } });
          const el = await mount(adapter);
          byRole(el, 'button', 'Register').click();
          await untilStep(el, 'error');
          adapter.cue('registrationOptions', { hang: true });
          await hammer(byRole(el, 'button', 'Try again'), how);
          await aTimeout(50);
          expect(count(adapter, 'registrationOptions')).to.equal(2);
        });

        it('Approve signs once and saves once', async () => {
          await addAuthenticator({ transport: 'internal' });
          await addAuthenticator({ transport: 'usb' });
          const adapter = scriptedAdapter({}, realAdapter());
          const el = await mount(adapter);
          await toApproval(el);
          const spy = recordCeremonies();
          try {
            await hammer(byRole(el, 'button', 'Confirm with a passkey'), how);
            await untilStep(el, 'success');
          } finally {
            spy.restore();
          }
          expect([spy.calls.get.length, spy.calls.create.length]).to.deep.equal([1, 0]);
          expect(count(adapter, 'verifyRegistration')).to.equal(2);
          expect(await stored()).to.have.length(2);
        });

        it('Cancel during the prompt cancels once', async () => {
          await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
          const el = await mount(realAdapter());
          await toChoosing(el);
          choice(el, 'security-key').click();
          await untilStep(el, 'ceremony');
          const events = recordEvents(el);
          await hammer(byRole(el, 'button', 'Cancel'), how);
          await untilStep(el, 'choosing');
          expect(events.filter((e) => e === 'passkey-cancel')).to.have.length(1);
        });

        it('<passkey-credentials>: Save, the switch and Delete each send one request', async () => {
          const list = ['Laptop', 'Key'].map((name, i) => ({
            id: `Y3JlZC0${i}`,
            name,
            createdAt: new Date().toISOString(),
            active: true,
          }));
          for (const control of ['save', 'switch', 'delete'] as const) {
            const adapter = scriptedAdapter({
              listCredentials: { resolve: list },
              updateCredential: { hang: true },
              deleteCredential: { hang: true },
            });
            const el = await fixture<PasskeyCredentials>(
              html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
            );
            const root = el.shadowRoot!;
            await waitUntil(() => root.querySelector('.list'));
            const first = root.querySelector('.item')!;
            let target: HTMLElement;
            if (control === 'switch') {
              target = byRole(first, 'switch');
            } else {
              // Open the rename form or the delete confirmation first.
              await rowAction(first, control === 'save' ? 'rename' : 'delete');
              const name = control === 'save' ? 'Save' : 'Delete';
              // The rename form and the confirmation load on first use.
              await waitUntil(() => allByRole(first, 'button', name).length, name);
              if (control === 'save') byRole<HTMLInputElement>(first, 'textbox').value = 'Renamed';
              target = byRole(first, 'button', name);
            }
            // A switch takes Space (' ': Firefox's WebDriver BiDi has no key named 'Space'), a
            // button Enter.
            if (how === 'enter' && control === 'switch') {
              target.focus();
              for (let i = 0; i < 10; i++) await sendKeys({ press: ' ' });
            } else {
              await hammer(target, how);
            }
            await aTimeout(50);
            const method = control === 'delete' ? 'deleteCredential' : 'updateCredential';
            expect(count(adapter, method), control).to.equal(1);
            expect(adapter.calls.filter((c) => c.method !== 'listCredentials')).to.have.length(1);
            el.remove();
            expect(adapter.calls.find((c) => c.method === method)!.signal.aborted).to.equal(true);
          }
        });
      });
    }
  });
});
