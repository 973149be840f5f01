import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PasskeyAdapterError, createFetchAdapter } from '../../src/index.js';
import type {
  PasskeyAdapterErrorCode,
  PasskeyCancelEvent,
  PasskeyErrorEvent,
  PasskeyRegisteredEvent,
} from '../../src/index.js';
import { en } from '../../src/strings-steps.js';
import {
  addAuthenticator,
  browserHybridAdapter,
  engine,
  freshUserEach,
  mount,
  realAdapter,
  recordCeremonies,
  setUserVerified,
  stored,
} from '../support/helpers.js';
import { CEREMONY_TIMEOUT_MS } from '../support/rp-timings.mjs';
import {
  $,
  byRole,
  choice,
  errorCode,
  submitName,
  toChoosing,
  untilStep,
} from '../support/drive.js';
import type { AuthenticatorOptions } from '../support/helpers.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';

/** The element focused inside `el`'s shadow root. */
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<passkey-register>', () => {
  freshUserEach();

  describe('registers a real passkey that the RP verifies and stores', () => {
    const cases: [
      string,
      AuthenticatorOptions,
      'this-device' | 'phone' | 'security-key',
      string,
    ][] = [
      ['this device (internal)', { transport: 'internal' }, 'this-device', 'internal'],
      ['phone (cable)', { transport: 'cable' }, 'phone', 'hybrid'],
      ['security key (usb)', { transport: 'usb' }, 'security-key', 'usb'],
      ['security key (nfc)', { transport: 'nfc' }, 'security-key', 'nfc'],
    ];
    for (const [label, auth, kind, transport] of cases) {
      it(label, async () => {
        await addAuthenticator(auth);
        const el = await mount(browserHybridAdapter(), `Key via ${transport}`);
        await toChoosing(el);
        const registered = oneEvent<PasskeyRegisteredEvent>(el, 'passkey-registered');
        choice(el, kind).click();
        const event = await registered;
        await untilStep(el, 'success');

        expect(event.credential.name).to.equal(`Key via ${transport}`);
        expect(event.credential.transports).to.include(transport);
        expect($(el, 'h2').textContent).to.equal(en.successHeading);
        expect($(el, '.success').textContent).to.contain(`Key via ${transport}`);
        const list = await stored();
        expect(list.map((c) => c.id)).to.deep.equal([event.credential.id]);
        expect(list[0].name).to.equal(`Key via ${transport}`);
      });
    }

    it('stores the passkey on disk: it is still there after the RP restarts', async () => {
      await addAuthenticator({ transport: 'usb' });
      const el = await mount(realAdapter());
      await toChoosing(el);
      choice(el, 'security-key').click();
      await untilStep(el, 'success');
      await executeServerCommand('rp-restart');
      expect((await stored()).map((c) => c.name)).to.deep.equal(['Test laptop']);
    });

    it('reports a synced passkey as backed up', async () => {
      await addAuthenticator({
        transport: 'internal',
        defaultBackupEligibility: true,
        defaultBackupState: true,
      });
      const el = await mount(realAdapter());
      await toChoosing(el);
      const registered = oneEvent<PasskeyRegisteredEvent>(el, 'passkey-registered');
      choice(el, 'this-device').click();
      expect((await registered).credential.backedUp).to.equal(true);
    });
  });

  describe('authenticator errors', () => {
    it('already registered → its message; nothing new is stored', async () => {
      await addAuthenticator({ transport: 'usb' });
      const el = await mount(realAdapter());
      await toChoosing(el);
      choice(el, 'security-key').click();
      await untilStep(el, 'success');

      const again = await mount(realAdapter(), 'Same key');
      await toChoosing(again);
      choice(again, 'security-key').click();
      await untilStep(again, 'error');
      expect(errorCode(again)).to.equal('already-registered');
      expect($(again, '[role=alert]').textContent).to.contain(
        en.errors['already-registered'].title,
      );
      expect(await stored()).to.have.length(1);
    });

    it('user cancels the browser prompt → calm: back to the choice, a neutral line said politely, no alert, no passkey-error; choosing again succeeds', async () => {
      const id = await addAuthenticator({ transport: 'internal', isUserVerified: false });
      const adapter = scriptedAdapter({}, realAdapter());
      const el = await mount(adapter);
      await toChoosing(el);
      let errors = 0;
      el.addEventListener('passkey-error', () => errors++);
      const cancelled = oneEvent<PasskeyCancelEvent>(el, 'passkey-cancel');
      choice(el, 'this-device').click();
      expect((await cancelled).step).to.equal('ceremony');
      await untilStep(el, 'choosing');
      await el.updateComplete;
      const calm = $(el, '.calm');
      expect(calm.textContent).to.contain(en.calm.cancelled);
      expect(calm.closest('[role=alert]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role=alert], .error-box')).to.equal(null);
      // Neutral: body text colour, like the heading, not the error colour.
      expect(getComputedStyle(calm).color).to.equal(getComputedStyle($(el, 'h2')).color);
      expect($(el, '[role=status]').textContent).to.contain(en.calm.cancelled);
      expect(focused(el)?.textContent).to.equal(en.chooseHeading);
      expect(errors).to.equal(0);
      expect(await stored()).to.have.length(0);

      await setUserVerified(id, true);
      choice(el, 'this-device').click();
      await untilStep(el, 'success');
      expect(await stored()).to.have.length(1);
      // The unused options were reused: no second round trip for them.
      expect(adapter.calls.filter((c) => c.method === 'registrationOptions')).to.have.length(1);
    });

    it('presence never given → timeout message', async () => {
      await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
      const el = await mount(realAdapter());
      await toChoosing(el);
      choice(el, 'security-key').click();
      await untilStep(el, 'ceremony');
      expect($(el, 'h2').textContent).to.equal(en.waiting['security-key'].heading);
      await untilStep(el, 'error', 5000);
      expect(errorCode(el)).to.equal('timeout');
      expect($(el, '[role=alert]').textContent).to.contain(en.errors.timeout.title);
    });

    it('Cancel during the prompt aborts it and returns to the choice', async () => {
      await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
      const el = await mount(realAdapter());
      await toChoosing(el);
      choice(el, 'security-key').click();
      await untilStep(el, 'ceremony');
      const cancelled = oneEvent<PasskeyCancelEvent>(el, 'passkey-cancel');
      byRole(el, 'button', 'Cancel').click();
      expect((await cancelled).step).to.equal('ceremony');
      await untilStep(el, 'choosing');
    });

    it('Escape cancels a waiting step', async () => {
      await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
      const el = await mount(realAdapter());
      await toChoosing(el);
      choice(el, 'security-key').click();
      await untilStep(el, 'ceremony');
      $(el, 'h2').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      await untilStep(el, 'choosing');
    });

    it('explains "this device" when there is no platform authenticator: aria-disabled, focusable, its reason in its name; a click does nothing', async () => {
      await addAuthenticator({ transport: 'usb' });
      const el = await mount(realAdapter());
      await toChoosing(el);
      const blocked = choice(el, 'this-device');
      expect(blocked.disabled).to.equal(false);
      expect(blocked.getAttribute('aria-disabled')).to.equal('true');
      expect(blocked.textContent).to.contain(en.unavailable['no-platform']);
      blocked.focus();
      expect(focused(el)).to.equal(blocked);
      blocked.click();
      await el.updateComplete;
      expect(el.step).to.equal('choosing');
      expect(choice(el, 'security-key').getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    });
  });

  describe('names', () => {
    const bad: [string, string, string][] = [
      ['empty', '   ', en.nameProblems.empty],
      ['65 characters', 'x'.repeat(65), en.nameProblems['too-long']],
      ['a control character', 'My\u0007key', en.nameProblems['forbidden-characters']],
      ['a bidi override', 'yek\u202Eevil', en.nameProblems['forbidden-characters']],
    ];
    for (const [label, name, message] of bad) {
      it(`refuses ${label} inline, with no adapter call`, async () => {
        const adapter = scriptedAdapter();
        const el = await mount(adapter);
        await submitName(el, name);
        expect(el.step).to.equal('naming');
        expect($(el, '#name-error').textContent).to.contain(message);
        expect($(el, 'input').getAttribute('aria-invalid')).to.equal('true');
        expect(adapter.calls).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('trims the name and keeps other Unicode', async () => {
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } });
      const el = await mount(adapter);
      await submitName(el, '  Café 東京 🔑  ');
      await waitUntil(() => adapter.calls.length > 0);
      expect(adapter.calls[0].args[0]).to.deep.equal({ name: 'Café 東京 🔑' });
    });

    it('accepts exactly 64 characters', async () => {
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } });
      const el = await mount(adapter);
      await submitName(el, 'y'.repeat(64));
      expect(el.step).to.equal('fetching');
    });

    it('registers an XSS payload as a name and shows it as text; nothing executes', async () => {
      const w = window as unknown as { pwned?: boolean };
      w.pwned = false;
      const payload = '<img src=x onerror="window.pwned=true">';
      await addAuthenticator({ transport: 'internal' });
      const el = await mount(realAdapter(), payload);
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilStep(el, 'success');
      await aTimeout(50);
      expect($(el, '.success p').textContent).to.contain(payload);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(w.pwned).to.equal(false);
      expect((await stored())[0].name).to.equal(payload);
    });

    it('suggests a name from the platform by default', async () => {
      const el = await mount(undefined);
      const fresh = document.createElement('passkey-register');
      el.after(fresh);
      await fresh.updateComplete;
      // Headless Chromium on Linux reports itself as Chrome on Linux.
      expect(($(fresh, 'input') as HTMLInputElement).value).to.match(
        engine === 'firefox' ? /^Firefox on Linux$/ : /^(Chrome|Chromium) on Linux$/,
      );
      fresh.remove();
    });
  });

  describe('adapter errors', () => {
    const codes: PasskeyAdapterErrorCode[] = [
      'forbidden',
      'unauthenticated',
      'conflict',
      'expired',
      'rate-limited',
      'rejected',
      'server',
      'network',
      'invalid-response',
    ];
    for (const code of codes) {
      it(`${code} → its own message, with Try again and Back`, async () => {
        const adapter = scriptedAdapter({
          registrationOptions: { reject: new PasskeyAdapterError(code) },
        });
        const el = await mount(adapter);
        const failed = oneEvent<PasskeyErrorEvent>(el, 'passkey-error');
        await submitName(el);
        expect((await failed).code).to.equal(code);
        await untilStep(el, 'error');
        expect(errorCode(el)).to.equal(code);
        expect($(el, '[role=alert] h2').textContent).to.equal(en.errors[code].title);
        expect($(el, '.error .primary').textContent).to.contain(en.tryAgain);
        byRole(el, 'button', 'Back').click();
        await untilStep(el, 'naming');
        expect(($(el, 'input') as HTMLInputElement).value).to.equal('Test laptop');
      });
    }

    it('a failure while saving the passkey says so, and Try again fetches fresh options', async () => {
      await addAuthenticator({ transport: 'internal' });
      const adapter = scriptedAdapter(
        { verifyRegistration: { reject: new PasskeyAdapterError('server') } },
        realAdapter(),
      );
      const el = await mount(adapter);
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilStep(el, 'error');
      expect(errorCode(el)).to.equal('server');
      adapter.cue('verifyRegistration', { passthrough: true });
      byRole(el, 'button', 'Try again').click();
      await untilStep(el, 'choosing');
      expect(adapter.calls.filter((c) => c.method === 'registrationOptions')).to.have.length(2);
    });

    it('an adapter that throws something odd ends in a clear error, not a crash', async () => {
      const adapter = scriptedAdapter({ registrationOptions: { reject: 42 } });
      const el = await mount(adapter);
      await submitName(el);
      await untilStep(el, 'error');
      expect(errorCode(el)).to.equal('server');
    });

    it('a hanging adapter call times out into a network error', async () => {
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } });
      const el = await mount(adapter);
      el.adapterTimeout = 200;
      await submitName(el);
      await untilStep(el, 'error', 2000);
      expect(errorCode(el)).to.equal('network');
      expect(adapter.calls[0].signal.aborted).to.equal(true);
    });

    it('without an adapter, explains that the widget is not connected', async () => {
      const el = await mount(undefined);
      await submitName(el);
      await untilStep(el, 'error');
      expect(errorCode(el)).to.equal('no-adapter');
    });

    it('maps the real RP refusing a stale session to "unauthenticated"', async () => {
      await fetch('/api/session', { method: 'GET', headers: {} });
      const el = await mount(
        createFetchAdapter({
          baseUrl: '/api/passkeys',
          fetch: (input, init) => fetch(input, { ...init, credentials: 'omit' }),
        }),
      );
      await submitName(el);
      await untilStep(el, 'error');
      expect(errorCode(el)).to.equal('unauthenticated');
    });
  });

  describe('malformed options → invalid-response', () => {
    const good = {
      rp: { name: 'Acme', id: 'localhost' },
      user: { id: 'dXNlcg', name: 'alex', displayName: 'Alex' },
      challenge: 'AAAAAAAAAAAAAAAAAAAAAA',
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    };
    const broken: [string, unknown][] = [
      ['missing challenge', { ...good, challenge: undefined }],
      ['challenge of the wrong type', { ...good, challenge: 12345 }],
      ['challenge that is not base64url', { ...good, challenge: 'not base64url!!!!!!!!!!!!' }],
      ['rp.id of another site', { ...good, rp: { name: 'Acme', id: 'evil.example' } }],
      // An empty list is valid (it means ES256 and RS256, #14 item 16); a non-list is not.
      ['pubKeyCredParams not a list', { ...good, pubKeyCredParams: {} }],
      ['user id too long', { ...good, user: { ...good.user, id: 'A'.repeat(100) } }],
      ['a string instead of an object', 'options'],
      ['null', null],
    ];
    for (const [label, reply] of broken) {
      it(label, async () => {
        const spy = recordCeremonies();
        try {
          const el = await mount(scriptedAdapter({ registrationOptions: { resolve: reply } }));
          await submitName(el);
          await untilStep(el, 'error');
          expect(errorCode(el)).to.equal('invalid-response');
          expect(spy.calls.create).to.have.length(0);
        } finally {
          spy.restore();
        }
      });
    }

    it('a malformed stored credential is invalid-response too', async () => {
      await addAuthenticator({ transport: 'internal' });
      const el = await mount(
        scriptedAdapter({ verifyRegistration: { resolve: { id: 'abc', name: 5 } } }, realAdapter()),
      );
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilStep(el, 'error');
      expect(errorCode(el)).to.equal('invalid-response');
    });
  });

  describe('gesture, single flight and lifecycle', () => {
    it('calls navigator.credentials.create in the click’s own task', async () => {
      await addAuthenticator({ transport: 'internal' });
      const el = await mount(realAdapter());
      await toChoosing(el);
      const spy = recordCeremonies();
      try {
        choice(el, 'this-device').click();
        // click() dispatches synchronously: create() must already have been called.
        expect(spy.calls.create).to.have.length(1);
        expect(
          spy.calls.create[0]?.publicKey?.authenticatorSelection?.authenticatorAttachment,
        ).to.equal('platform');
        expect(spy.calls.create[0]?.publicKey?.authenticatorSelection?.userVerification).to.equal(
          'required',
        );
        expect((spy.calls.create[0]?.publicKey as { hints?: string[] }).hints).to.deep.equal([
          'client-device',
        ]);
      } finally {
        spy.restore();
      }
      await untilStep(el, 'success');
    });

    it('ten rapid clicks make one ceremony and one stored passkey', async () => {
      await addAuthenticator({ transport: 'usb' });
      const el = await mount(realAdapter());
      await toChoosing(el);
      const spy = recordCeremonies();
      try {
        const button = choice(el, 'security-key');
        for (let i = 0; i < 10; i++) button.click();
        await untilStep(el, 'success');
        expect(spy.calls.create).to.have.length(1);
      } finally {
        spy.restore();
      }
      expect(await stored()).to.have.length(1);
    });

    it('ten rapid Register presses fetch options once', async () => {
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } });
      const el = await mount(adapter);
      const button = byRole(el, 'button', 'Register');
      for (let i = 0; i < 10; i++) button.click();
      await waitUntil(() => adapter.calls.length > 0);
      await aTimeout(50);
      expect(adapter.calls).to.have.length(1);
    });

    it('removed mid-ceremony: the ceremony is aborted and no event follows', async () => {
      await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
      const el = await mount(realAdapter());
      await toChoosing(el);
      const spy = recordCeremonies();
      const events: string[] = [];
      for (const type of [
        'passkey-registered',
        'passkey-error',
        'passkey-step-change',
        'passkey-cancel',
      ]) {
        el.addEventListener(type, () => events.push(type));
      }
      try {
        choice(el, 'security-key').click();
        await untilStep(el, 'ceremony');
        events.length = 0;
        el.remove();
        expect(spy.calls.create[0]?.signal?.aborted).to.equal(true);
      } finally {
        spy.restore();
      }
      // Longer than the RP's ceremony timeout: nothing may surface from the dead ceremony.
      await aTimeout(CEREMONY_TIMEOUT_MS + 300);
      expect(events).to.deep.equal([]);
      expect(await stored()).to.have.length(0);
    });

    it('removed while verifying: the adapter call is aborted and no event follows', async () => {
      await addAuthenticator({ transport: 'internal' });
      const adapter = scriptedAdapter({ verifyRegistration: { hang: true } }, realAdapter());
      const el = await mount(adapter);
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilStep(el, 'verifying');
      // "verifying" starts with the approval check; wait for the verify call itself.
      await waitUntil(() => adapter.calls.some((c) => c.method === 'verifyRegistration'));
      const events: string[] = [];
      el.addEventListener('passkey-error', () => events.push('error'));
      el.addEventListener('passkey-step-change', () => events.push('step'));
      el.remove();
      const verify = adapter.calls.find((c) => c.method === 'verifyRegistration')!;
      expect(verify.signal.aborted).to.equal(true);
      await aTimeout(50);
      expect(events).to.deep.equal([]);
    });

    it('re-attached after removal, it starts clean at naming', async () => {
      const el = await mount(scriptedAdapter({ registrationOptions: { hang: true } }));
      await submitName(el);
      await untilStep(el, 'fetching');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.step).to.equal('naming');
    });
  });

  describe('accessibility', () => {
    it('has a live region from the first render and moves focus to each new heading', async () => {
      await addAuthenticator({ transport: 'internal' });
      const el = await mount(realAdapter());
      expect($(el, '[role=status]')).to.exist;
      await expect(el).to.be.accessible();
      await toChoosing(el);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
      await expect(el).to.be.accessible();
      choice(el, 'this-device').click();
      await untilStep(el, 'success');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
      expect($(el, '[role=status]').textContent).to.contain(en.successHeading);
      await expect(el).to.be.accessible();
    });

    it('is accessible while fetching, waiting, verifying and in error', async () => {
      await addAuthenticator({ transport: 'usb', automaticPresenceSimulation: false });
      const adapter = scriptedAdapter({ registrationOptions: { hang: true } }, realAdapter());
      const el = await mount(adapter);
      await submitName(el);
      await untilStep(el, 'fetching');
      await expect(el).to.be.accessible();
      byRole(el, 'button', 'Cancel').click();
      await untilStep(el, 'naming');
      expect(adapter.calls[0].signal.aborted).to.equal(true);

      adapter.cue('registrationOptions', { passthrough: true });
      await toChoosing(el);
      choice(el, 'security-key').click();
      await untilStep(el, 'ceremony');
      await expect(el).to.be.accessible();
      await untilStep(el, 'error');
      await expect(el).to.be.accessible();
    });

    it('is accessible while verifying', async () => {
      await addAuthenticator({ transport: 'internal' });
      const el = await mount(
        scriptedAdapter({ verifyRegistration: { hang: true } }, realAdapter()),
      );
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilStep(el, 'verifying');
      await expect(el).to.be.accessible();
    });
  });
});
