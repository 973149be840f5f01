/**
 * Issue #8, item 3: the WebAuthn error matrix. For each path (this device, phone through the
 * browser's hybrid flow, security key, approval with an existing passkey) and each DOMException
 * a ceremony can end in, the widget shows that error's own message, and Try again then works.
 *
 * Real virtual authenticators and the real RP wherever Chromium can produce the error:
 * - NotAllowedError: the authenticator refuses user verification (`isUserVerified: false`).
 * - InvalidStateError (registration): the authenticator already holds a passkey the RP lists in
 *   `excludeCredentials`.
 * - AbortError: another WebAuthn call on the page aborts the ceremony, as @simplewebauthn's
 *   abort service does when the host starts its own (WebAuthnAbortService.cancelCeremony()),
 *   while the authenticator waits for a touch (automatic presence off), so the abort is what
 *   ends it.
 * A thin one-shot stub of navigator.credentials.create/get (failNextCreate / failNextGet) only
 * where no virtual authenticator can raise it: ConstraintError, NotSupportedError, SecurityError
 * and UnknownError (Chromium's virtual authenticators answer an unmet residentKey,
 * userVerification or algorithm with NotAllowedError instead; checked here), and
 * InvalidStateError on the approval path (get() has no excludeCredentials).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WebAuthnAbortService } from '@simplewebauthn/browser';
import type { PasskeyAdapter } from '../../src/index.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { en } from '../../src/strings-steps.js';
import {
  $,
  byRole,
  choice,
  errorCode,
  failNextCreate,
  toChoosing,
  untilStep,
} from '../support/drive.js';
import {
  addAuthenticator,
  browserHybridAdapter,
  freshUserEach,
  mount,
  realAdapter,
  removeAuthenticators,
  setUserVerified,
} from '../support/helpers.js';
import type { AuthenticatorOptions } from '../support/helpers.js';

type Kind = 'this-device' | 'phone' | 'security-key';

const ERRORS = {
  NotAllowedError: 'cancelled',
  InvalidStateError: 'already-registered',
  ConstraintError: 'unsupported-authenticator',
  NotSupportedError: 'not-supported',
  SecurityError: 'misconfigured',
  AbortError: 'aborted',
  UnknownError: 'unknown',
} as const;
type ErrorName = keyof typeof ERRORS;

/** Whether the authenticator answers by itself; false keeps its prompt open. */
async function setPresence(authenticatorId: string, enabled: boolean): Promise<void> {
  await executeServerCommand('webauthn', { action: 'set-presence', authenticatorId, enabled });
}

/** The one-shot stub for get(), as failNextCreate is for create(). */
function failNextGet(name: string): void {
  const original = navigator.credentials.get.bind(navigator.credentials);
  navigator.credentials.get = () => {
    navigator.credentials.get = original;
    return Promise.reject(new DOMException(`Simulated ${name}`, name));
  };
}

interface Path {
  kind: Kind;
  transport: AuthenticatorOptions['transport'];
  adapter: () => PasskeyAdapter;
  /** Where a user whose authenticator is already registered goes instead. */
  other: { kind: Kind; transport: AuthenticatorOptions['transport'] };
}

const PATHS: Path[] = [
  {
    kind: 'this-device',
    transport: 'internal',
    adapter: realAdapter,
    other: { kind: 'security-key', transport: 'usb' },
  },
  {
    kind: 'phone',
    transport: 'cable',
    adapter: browserHybridAdapter,
    other: { kind: 'this-device', transport: 'internal' },
  },
  {
    kind: 'security-key',
    transport: 'usb',
    adapter: realAdapter,
    other: { kind: 'this-device', transport: 'internal' },
  },
];

function expectError(el: PasskeyRegister, name: ErrorName) {
  const code = ERRORS[name];
  expect(el.step).to.equal('error');
  expect(errorCode(el), name).to.equal(code);
  const box = $(el, '[part=error]');
  expect(box.getAttribute('role')).to.equal('alert');
  expect(box.querySelector('h2')!.textContent.trim()).to.equal(en.errors[code].title);
  expect(box.textContent).to.include(en.errors[code].body);
  expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
}

function tryAgain(el: PasskeyRegister) {
  byRole(el, 'button', en.tryAgain).click();
}

/** Registers one passkey through the element and returns to naming ("Add another passkey"). */
async function registerOnce(el: PasskeyRegister, kind: Kind): Promise<void> {
  await toChoosing(el);
  choice(el, kind).click();
  await untilStep(el, 'success');
  byRole(el, 'button', 'Add another passkey').click();
  await untilStep(el, 'naming');
}

describe('every WebAuthn error, in each ceremony', () => {
  freshUserEach();

  it('every error has its own message', () => {
    const titles = Object.values(ERRORS).map((code) => en.errors[code].title);
    expect(new Set(titles).size).to.equal(titles.length);
  });

  /** What the user sees: a cancel is calm, everything else its error's title. */
  const outcome = (name: ErrorName) =>
    name === 'NotAllowedError'
      ? 'the choice again with a calm line (no error)'
      : `"${en.errors[ERRORS[name]].title}"`;

  /** The choice is back with its calm line. */
  const untilCalm = async (el: Element & { step: string; shadowRoot: ShadowRoot | null }) => {
    await waitUntil(() => el.shadowRoot!.querySelector('.calm'), 'no calm line', {
      timeout: 5000,
    });
    expect(el.step).to.equal('choosing');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  };

  for (const path of PATHS) {
    describe(`path: ${path.kind}`, () => {
      for (const name of Object.keys(ERRORS) as ErrorName[]) {
        it(`${name} → ${outcome(name)}, then Try again registers`, async () => {
          // For AbortError the authenticator waits for a touch that never comes, so the abort
          // is what ends the ceremony (a fast virtual authenticator could win the race).
          const id = await addAuthenticator({
            transport: path.transport,
            automaticPresenceSimulation: name !== 'AbortError',
          });
          const el = await mount(path.adapter());
          let retryKind = path.kind;
          if (name === 'InvalidStateError') {
            await addAuthenticator({ transport: path.other.transport });
            await registerOnce(el, path.kind);
            retryKind = path.other.kind;
          }
          await toChoosing(el);
          if (name === 'NotAllowedError') await setUserVerified(id, false);
          else if (name !== 'InvalidStateError' && name !== 'AbortError') failNextCreate(name);
          choice(el, path.kind).click();
          if (name === 'AbortError') {
            await untilStep(el, 'ceremony');
            // Another WebAuthn call on the page (here @simplewebauthn's own service) aborts ours.
            WebAuthnAbortService.cancelCeremony();
          }
          if (name === 'NotAllowedError') {
            // The user cancelled: no error, the choice again with a calm line.
            await untilCalm(el);
            await setUserVerified(id, true);
            choice(el, retryKind).click();
            await untilStep(el, 'success');
            return;
          }
          await untilStep(el, 'error');
          expectError(el, name);
          if (name === 'AbortError') {
            await removeAuthenticators();
            await addAuthenticator({ transport: path.transport });
          }

          tryAgain(el);
          await untilStep(el, 'choosing');
          choice(el, retryKind).click();
          if (name === 'InvalidStateError') {
            // The second passkey is approved with the first.
            await untilStep(el, 'approving');
            byRole(el, 'button', 'Confirm with a passkey').click();
          }
          await untilStep(el, 'success');
        });
      }
    });
  }

  describe('path: approval with an existing passkey', () => {
    for (const name of Object.keys(ERRORS) as ErrorName[]) {
      it(`${name} → ${outcome(name)}, nothing saved, then Try again registers`, async () => {
        const existing = await addAuthenticator({ transport: 'internal' });
        await addAuthenticator({ transport: 'usb' });
        const el = await mount(realAdapter());
        await registerOnce(el, 'this-device');
        await toChoosing(el);
        choice(el, 'security-key').click();
        await untilStep(el, 'approving');
        if (name === 'NotAllowedError') await setUserVerified(existing, false);
        else if (name === 'AbortError') await setPresence(existing, false);
        else failNextGet(name);
        byRole(el, 'button', 'Confirm with a passkey').click();
        if (name === 'AbortError') {
          // The prompt is open (no touch comes); another WebAuthn call on the page aborts it.
          await waitUntil(
            () =>
              byRole(el, 'button', 'Confirm with a passkey').getAttribute('aria-disabled') ===
              'true',
          );
          WebAuthnAbortService.cancelCeremony();
        }
        if (name === 'NotAllowedError') {
          // Not confirmed: fresh options, the choice again, a calm line saying nothing was saved.
          await untilCalm(el);
          expect($(el, '.calm').textContent).to.include(en.calm['not-confirmed']);
          expect(await realAdapter().listCredentials!(new AbortController().signal)).to.have.length(
            1,
          );
          await setUserVerified(existing, true);
          choice(el, 'security-key').click();
          await untilStep(el, 'approving');
          byRole(el, 'button', 'Confirm with a passkey').click();
          await untilStep(el, 'success');
          return;
        }
        await untilStep(el, 'error');
        expectError(el, name);
        expect($(el, '[part=error]').textContent).to.include(en.approvalNothingSaved);
        const list = await realAdapter().listCredentials!(new AbortController().signal);
        expect(list).to.have.length(1);
        if (name === 'AbortError') await setPresence(existing, true);

        tryAgain(el);
        await untilStep(el, 'choosing');
        choice(el, 'security-key').click();
        await untilStep(el, 'approving');
        byRole(el, 'button', 'Confirm with a passkey').click();
        await untilStep(el, 'success');
        expect(await realAdapter().listCredentials!(new AbortController().signal)).to.have.length(
          2,
        );
      });
    }
  });
});
