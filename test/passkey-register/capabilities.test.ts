/**
 * The choice step follows the browser's own answers (getClientCapabilities, then isUVPAA), in
 * every engine: each test reads the real engine's answers, pins them per engine, and checks the
 * options and notes the widget shows for them.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { en } from '../../src/strings-steps.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { engine, freshUserEach, mount, realAdapter } from '../support/helpers.js';
import { choice, toChoosing } from '../support/drive.js';

interface Answers {
  /** PublicKeyCredential.getClientCapabilities(), when the engine has it. */
  caps?: Record<string, boolean | undefined>;
  uvpaa: boolean;
}

async function browserAnswers(): Promise<Answers> {
  const pkc = PublicKeyCredential as unknown as {
    getClientCapabilities?: () => Promise<Record<string, boolean | undefined>>;
  };
  return {
    caps: await pkc.getClientCapabilities?.(),
    uvpaa: await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable(),
  };
}

/** What the browser says, as the widget must read it: getClientCapabilities first, then isUVPAA. */
function platformFrom({ caps, uvpaa }: Answers): boolean | undefined {
  if (!caps) return undefined;
  return caps.userVerifyingPlatformAuthenticator ?? uvpaa;
}

function note(el: PasskeyRegister, kind: 'this-device' | 'phone' | 'security-key') {
  return el.shadowRoot!.querySelector(`[data-kind=${kind}] .choice-note`)?.textContent?.trim();
}

/** An unavailable choice is aria-disabled (it stays focusable with its reason), never disabled. */
const blocked = (el: PasskeyRegister, kind: 'this-device' | 'phone' | 'security-key') =>
  choice(el, kind).getAttribute('aria-disabled') === 'true' && !choice(el, kind).disabled;

/** The options the widget shows must match the browser's answers. */
function expectChoiceFor(el: PasskeyRegister, answers: Answers): void {
  const platform = platformFrom(answers);
  expect(blocked(el, 'this-device'), 'this device unavailable').to.equal(platform === false);
  expect(note(el, 'this-device')).to.equal(
    platform === false ? en.unavailable['no-platform'] : undefined,
  );
  // The page-drawn QR (this adapter hands off) needs no Bluetooth: the phone is never blocked,
  // and Bluetooth being off is no note here (browser-hybrid only: test/passkey-register-design).
  expect(blocked(el, 'phone')).to.equal(false);
  expect(note(el, 'phone')).to.equal(undefined);
  expect(blocked(el, 'security-key')).to.equal(false);
  expect(note(el, 'security-key')).to.equal(undefined);
}

/** Adds a virtual authenticator whatever the engine (the helper skips what Firefox lacks). */
async function addRaw(transport: 'internal' | 'usb'): Promise<string> {
  const { authenticatorId } = await executeServerCommand<{ authenticatorId: string }, object>(
    'webauthn',
    { action: 'add', transport },
  );
  return authenticatorId;
}

describe('<passkey-register> capabilities follow the browser', () => {
  freshUserEach();

  it('with only a security key: the engine’s answers, and the options they lead to', async () => {
    const id = await addRaw('usb');
    try {
      const answers = await browserAnswers();
      if (engine === 'firefox') {
        // Firefox ESR 140 on Linux: no platform authenticator, no hybrid transport, both said.
        expect(answers.caps?.userVerifyingPlatformAuthenticator).to.equal(false);
        expect(answers.caps?.hybridTransport).to.equal(false);
        expect(answers.uvpaa).to.equal(false);
      } else {
        // Chromium with only a virtual USB authenticator: no platform authenticator.
        expect(answers.uvpaa).to.equal(false);
        expect(platformFrom(answers)).to.equal(false);
      }
      const el = await mount(realAdapter());
      await toChoosing(el);
      expectChoiceFor(el, answers);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('webauthn', { action: 'remove', authenticatorId: id });
    }
  });

  it('with a platform authenticator: the engine’s answers, and the options they lead to', async () => {
    const id = await addRaw('internal');
    try {
      const answers = await browserAnswers();
      const el = await mount(realAdapter());
      await toChoosing(el);
      expectChoiceFor(el, answers);
      if (engine === 'firefox') {
        // isUVPAA sees Marionette's virtual internal authenticator, getClientCapabilities does
        // not; the widget reads the latter, and rightly: Firefox refuses a platform attachment
        // even with that authenticator, so "This device" would only fail.
        expect(answers.uvpaa).to.equal(true);
        expect(answers.caps?.userVerifyingPlatformAuthenticator).to.equal(false);
        expect(blocked(el, 'this-device')).to.equal(true);
        const refused = await navigator.credentials
          .create({
            publicKey: {
              rp: { name: 'capability check' },
              user: { id: new Uint8Array(8), name: 'c', displayName: 'c' },
              challenge: new Uint8Array(32),
              pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
              authenticatorSelection: { authenticatorAttachment: 'platform' },
              timeout: 2000,
            },
          })
          .then(
            () => 'created',
            (e: Error) => e.name,
          );
        expect(refused).to.equal('NotAllowedError');
      } else {
        expect(answers.uvpaa).to.equal(true);
        expect(platformFrom(answers)).to.equal(true);
        expect(blocked(el, 'this-device')).to.equal(false);
      }
    } finally {
      await executeServerCommand('webauthn', { action: 'remove', authenticatorId: id });
    }
  });
});
