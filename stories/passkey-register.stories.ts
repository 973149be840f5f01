/**
 * Every visible state of <passkey-register>. Each story gets a scripted adapter (resolve,
 * reject or hang on cue) and a driver (`parameters.stage`) that its render runs to reach the
 * state, so Docs pages show it too (test/support/stage.ts); ceremonies stay real. `parameters.virtualAuthenticator` names the
 * authenticator the test suite attaches (Chromium's CDP virtual authenticators); in a browser,
 * approve the real prompt or add one in DevTools → WebAuthn.
 */
import { WebAuthnAbortService } from '@simplewebauthn/browser';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { PasskeyAdapterError } from '../src/index.js';
import type {
  PasskeyAdapterErrorCode,
  PublicKeyCredentialCreationOptionsJSON,
} from '../src/index.js';
import type { PasskeyRegister } from '../src/passkey-register/passkey-register.js';
import type { AuthenticatorKind, WebAuthnErrorCode } from '../src/webauthn.js';
import {
  approvalRequestOptions,
  choice,
  creationOptions,
  errorCode,
  failNextCreate,
  reportCapabilities,
  storedCredential,
  submitName,
  toChoosing,
  untilStep,
} from '../test/support/drive.js';
import { scriptedAdapter } from '../test/support/scripted-adapter.js';
import { stageDirective, untilStaged } from '../test/support/stage.js';
import type { Driver } from '../test/support/stage.js';
import type * as S from '../test/support/story.js';
import { surface, themeAndLanguage } from '../test/support/surface.js';
import type { Cue } from '../test/support/scripted-adapter.js';

interface Args extends S.SurfaceArgs {
  defaultName?: string;
  /** Set on the phone's page: the handoff token from the QR link. */
  handoff?: string;
}

type Story = S.Story<Args, PasskeyRegister>;

/** A story note shown on the Docs page under the story's name. */
const note = (story: string) => ({ docs: { description: { story } } });

const scripted =
  (cues: Parameters<typeof scriptedAdapter>[0] = {}) =>
  () =>
    scriptedAdapter({ registrationOptions: { resolve: creationOptions() }, ...cues });

export default {
  title: 'Elements/passkey-register',
  component: 'passkey-register',
  args: { theme: 'light', defaultName: 'MacBook Pro (Work)' },
  argTypes: {
    ...themeAndLanguage,
    defaultName: { control: 'text' },
    handoff: { control: 'text' },
  },
  parameters: { adapter: scripted() } satisfies S.StoryParameters<PasskeyRegister>,
  render: (args: Args, context: S.RenderContext<PasskeyRegister>) =>
    surface(
      args.theme,
      html`<passkey-register
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        default-name=${ifDefined(args.defaultName)}
        handoff=${ifDefined(args.handoff)}
        .adapter=${context.parameters.adapter?.()}
        ${stageDirective(context)}
      ></passkey-register>`,
    ),
  // The render drives the element (so Docs pages show the state too); play waits for it.
  play: untilStaged,
};

/** Goes through the choice to the browser's prompt and waits for `step`. */
function afterChoosing(
  kind: AuthenticatorKind,
  step: PasskeyRegister['step'],
): Driver<PasskeyRegister> {
  return async (el) => {
    await toChoosing(el);
    choice(el, kind).click();
    await untilStep(el, step, 10_000);
  };
}

// ── Naming ──────────────────────────────────────────────────────────────────────────────

export const NamingSuggested: Story = {
  name: 'Naming: suggested name',
  args: { defaultName: undefined },
};

export const NamingEmpty: Story = {
  name: 'Naming: empty',
  args: { defaultName: '' },
};

export const NamingInvalid: Story = {
  name: 'Naming: invalid name',
  parameters: {
    stage: (el) =>
      submitName(el, 'My very long device name that keeps going on and on past the limit'),
  },
};

// ── Fetching and choosing ───────────────────────────────────────────────────────────────

export const Fetching: Story = {
  name: 'Fetching: waiting for options',
  parameters: {
    adapter: scripted({ registrationOptions: { hang: true } }),
    stage: async (el) => {
      await submitName(el);
      await untilStep(el, 'fetching');
    },
  },
};

/** Reaches the choice with capability detection reporting `caps`. */
const choosingWith =
  (caps: { platform: boolean; hybrid: boolean }): Driver<PasskeyRegister> =>
  async (el) => {
    const restore = reportCapabilities(caps);
    try {
      await toChoosing(el);
    } finally {
      restore();
    }
  };

export const ChoosingAll: Story = {
  name: 'Choosing: all options',
  parameters: { stage: choosingWith({ platform: true, hybrid: true }) },
};

export const ChoosingSomeUnavailable: Story = {
  name: 'Choosing: no platform authenticator, no Bluetooth',
  parameters: { stage: choosingWith({ platform: false, hybrid: false }) },
};

// ── Waiting for the browser's prompt ───────────────────────────────────────────────────

export const WaitingThisDevice: Story = {
  name: 'Waiting: this device',
  parameters: {
    virtualAuthenticator: { transport: 'internal', automaticPresenceSimulation: false },
    stage: afterChoosing('this-device', 'ceremony'),
  },
};

export const WaitingPhone: Story = {
  name: 'Waiting: phone (browser QR)',
  // Firefox refuses at once when no authenticator answers: the prompt stays open in Chromium only.
  parameters: { stage: afterChoosing('phone', 'ceremony'), promptStaysOpen: true },
};

export const WaitingSecurityKey: Story = {
  name: 'Waiting: security key',
  parameters: { stage: afterChoosing('security-key', 'ceremony'), promptStaysOpen: true },
};

// ── After the ceremony ──────────────────────────────────────────────────────────────────

export const Verifying: Story = {
  name: 'Verifying: the new passkey',
  parameters: {
    adapter: scripted({ verifyRegistration: { hang: true } }),
    virtualAuthenticator: { transport: 'internal' },
    stage: afterChoosing('this-device', 'verifying'),
  },
};

export const ErrorUnconfirmed: Story = {
  name: 'Error: unconfirmed',
  parameters: {
    ...note(
      'The call that saves the new passkey got no answer in time, so it may or may not be saved: the message says to check the list before trying again, and never “nothing was saved”.',
    ),
    adapter: scripted({ verifyRegistration: { hang: true } }),
    virtualAuthenticator: { transport: 'internal' },
    stage: async (el) => {
      el.adapterTimeout = 500; // the page's timeout, short so the story gets there quickly
      await afterChoosing('this-device', 'error')(el);
      expectError(el, 'unconfirmed');
    },
  },
};

export const Approving: Story = {
  name: 'Approving: with an existing passkey',
  parameters: {
    adapter: scripted({
      approvalOptions: { resolve: approvalRequestOptions() },
    }),
    virtualAuthenticator: { transport: 'internal' },
    stage: afterChoosing('this-device', 'approving'),
  },
};

export const Success: Story = {
  name: 'Success: passkey registered',
  parameters: {
    adapter: scripted({
      verifyRegistration: {
        resolve: storedCredential('MacBook Pro (Work)', { provider: { name: 'iCloud Keychain' } }),
      },
    }),
    virtualAuthenticator: { transport: 'internal' },
    stage: afterChoosing('this-device', 'success'),
  },
};

/** 64 characters without a space: the longest name allowed, with nothing to break at. */
const LONG_NAME = 'WorkMacBookPro16inch2024EngineeringFloor3Desk42BackupKeyABCDEFG';

export const SuccessLongName: Story = {
  name: 'Success: a 64-character name',
  args: { defaultName: LONG_NAME },
  parameters: {
    ...note('The longest name, without spaces, breaks inside the card: no sideways scrolling.'),
    adapter: scripted({
      verifyRegistration: {
        resolve: storedCredential(LONG_NAME, { provider: { name: 'iCloud Keychain' } }),
      },
    }),
    virtualAuthenticator: { transport: 'internal' },
    stage: afterChoosing('this-device', 'success'),
  },
};

// ── Errors from the server (one per adapter error code) ────────────────────────────────
// Each story is an object literal with its name written out: Storybook reads names statically,
// and a name returned by a helper function shows as the export name ("Error Forbidden").

/** Fails loudly when a story reaches a different error than the one it is meant to show. */
function expectError(el: PasskeyRegister, code: string): void {
  if (errorCode(el) !== code) throw new Error(`expected error ${code}, got ${errorCode(el)}`);
}

const submitUntilError =
  (code: string): Driver<PasskeyRegister> =>
  async (el) => {
    await submitName(el);
    await untilStep(el, 'error');
    expectError(el, code);
  };

/** The registration options request fails with `code`. */
const serverError = (code: PasskeyAdapterErrorCode): Story['parameters'] => ({
  adapter: scripted({ registrationOptions: { reject: new PasskeyAdapterError(code) } }),
  stage: submitUntilError(code),
});

export const ErrorForbidden: Story = {
  name: 'Error: forbidden',
  parameters: serverError('forbidden'),
};
export const ErrorUnauthenticated: Story = {
  name: 'Error: unauthenticated',
  parameters: serverError('unauthenticated'),
};
export const ErrorConflict: Story = {
  name: 'Error: conflict',
  parameters: serverError('conflict'),
};
export const ErrorExpired: Story = {
  name: 'Error: expired',
  parameters: serverError('expired'),
};
export const ErrorRateLimited: Story = {
  name: 'Error: rate-limited',
  parameters: serverError('rate-limited'),
};
export const ErrorRejected: Story = {
  name: 'Error: rejected',
  parameters: serverError('rejected'),
};
export const ErrorServer: Story = {
  name: 'Error: server',
  parameters: serverError('server'),
};
export const ErrorNetwork: Story = {
  name: 'Error: network',
  parameters: serverError('network'),
};

export const ErrorInvalidResponse: Story = {
  name: 'Error: invalid-response',
  parameters: {
    ...note('The server’s registration options are malformed (a numeric challenge).'),
    adapter: scripted({ registrationOptions: { resolve: { challenge: 42 } } }),
    stage: submitUntilError('invalid-response'),
  },
};

export const ErrorNoAdapter: Story = {
  name: 'Error: no-adapter',
  parameters: {
    ...note('The page gave the element no adapter.'),
    adapter: () => undefined,
    stage: submitUntilError('no-adapter'),
  },
};

// ── Errors from the authenticator (real ceremonies where an authenticator can raise them) ──

/** Chooses `kind` (after `before`) and expects the ceremony to end in error `code`. */
const ceremonyError =
  (
    code: WebAuthnErrorCode,
    kind: AuthenticatorKind,
    before?: () => void,
  ): Driver<PasskeyRegister> =>
  async (el) => {
    await toChoosing(el);
    before?.();
    choice(el, kind).click();
    await untilStep(el, 'error', 10_000);
    expectError(el, code);
  };

const withOptions = (
  patch: Partial<PublicKeyCredentialCreationOptionsJSON>,
  more: Record<string, Cue> = {},
) => scripted({ registrationOptions: { resolve: creationOptions(patch) }, ...more });

/** Waits until the choice shows its calm line (after a cancel or a decline). */
const untilCalm = async (el: PasskeyRegister) => {
  await untilStep(el, 'choosing', 10_000);
  for (let i = 0; i < 500 && !el.shadowRoot!.querySelector('.calm'); i++)
    await new Promise((r) => setTimeout(r, 10));
  if (!el.shadowRoot!.querySelector('.calm')) throw new Error('expected the calm line');
};

export const CancelledCalm: Story = {
  name: 'Cancelled: back to the choice',
  parameters: {
    ...note(
      'The user cancels the browser’s prompt (or refuses verification): not an error. The choice comes back with a neutral line, announced politely.',
    ),
    virtualAuthenticator: { transport: 'internal', isUserVerified: false },
    stage: async (el) => {
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilCalm(el);
    },
  },
};

export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  parameters: {
    ...note('Nobody touches the security key before the ceremony’s timeout.'),
    adapter: withOptions({ timeout: 300 }),
    virtualAuthenticator: { transport: 'usb', automaticPresenceSimulation: false },
    stage: ceremonyError('timeout', 'security-key'),
  },
};

export const ErrorAlreadyRegistered: Story = {
  name: 'Error: already-registered',
  parameters: {
    ...note(
      'Registers once, then again on the same authenticator with that passkey excluded by the server.',
    ),
    adapter: scripted({ verifyRegistration: { resolve: storedCredential('MacBook Pro (Work)') } }),
    virtualAuthenticator: { transport: 'internal' },
    stage: async (el) => {
      await afterChoosing('this-device', 'success')(el);
      const adapter = el.adapter as ReturnType<typeof scriptedAdapter>;
      const verify = adapter.calls.find((c) => c.method === 'verifyRegistration')!;
      const id = (verify.args[0] as { response: { id: string } }).response.id;
      adapter.cue('registrationOptions', {
        resolve: creationOptions({ excludeCredentials: [{ id, type: 'public-key' }] }),
      });
      (el.shadowRoot!.querySelector('.success button') as HTMLButtonElement).click();
      await untilStep(el, 'naming');
      await submitName(el, 'MacBook Pro (Work)');
      await untilStep(el, 'choosing');
      choice(el, 'this-device').click();
      await untilStep(el, 'error', 10_000);
      expectError(el, 'already-registered');
    },
  },
};

export const ErrorAborted: Story = {
  name: 'Error: aborted',
  parameters: {
    promptStaysOpen: true,
    ...note('Another script on the page starts or cancels a ceremony, which aborts this one.'),
    stage: ceremonyError('aborted', 'security-key', () =>
      setTimeout(() => WebAuthnAbortService.cancelCeremony(), 50),
    ),
  },
};

// No virtual authenticator raises these; a one-shot stub of create() stands in.
export const ErrorUnsupportedAuthenticator: Story = {
  name: 'Error: unsupported-authenticator',
  parameters: {
    ...note('Simulated: create() rejects with ConstraintError.'),
    stage: ceremonyError('unsupported-authenticator', 'security-key', () =>
      failNextCreate('ConstraintError'),
    ),
  },
};

// Chromium passes unknown algorithms to the authenticator (NotAllowedError), so no virtual
// authenticator raises NotSupportedError either.
export const ErrorNotSupported: Story = {
  name: 'Error: not-supported',
  parameters: {
    ...note('Simulated: create() rejects with NotSupportedError.'),
    virtualAuthenticator: { transport: 'internal' },
    stage: ceremonyError('not-supported', 'this-device', () => failNextCreate('NotSupportedError')),
  },
};

export const ErrorMisconfigured: Story = {
  name: 'Error: misconfigured',
  parameters: {
    ...note('Simulated: create() rejects with SecurityError (the RP ID doesn’t match the site).'),
    virtualAuthenticator: { transport: 'internal' },
    stage: ceremonyError('misconfigured', 'this-device', () => failNextCreate('SecurityError')),
  },
};

// In a cross-origin iframe without allow="publickey-credentials-create", Chromium rejects with
// this NotAllowedError (test/passkey-register/iframe.test.ts shows the real one).
export const ErrorFrameNotAllowed: Story = {
  name: 'Error: frame-not-allowed',
  parameters: {
    ...note('Simulated: the permissions policy of a cross-origin frame blocks passkeys.'),
    virtualAuthenticator: { transport: 'internal' },
    stage: ceremonyError('frame-not-allowed', 'this-device', () =>
      failNextCreate(
        'NotAllowedError',
        "The 'publickey-credentials-create' feature is not enabled in this document.",
      ),
    ),
  },
};

export const ErrorUnknown: Story = {
  name: 'Error: unknown',
  parameters: {
    ...note('Simulated: create() rejects with UnknownError.'),
    virtualAuthenticator: { transport: 'internal' },
    stage: ceremonyError('unknown', 'this-device', () => failNextCreate('UnknownError')),
  },
};

// ── Phone path: the page-drawn QR (desktop) and the page it opens (phone) ──────────────────

const TOKEN = 'p53VsXatm7t16KC21hJgF9RxUBWS2Y65q9h_zSE2iSk';
const handoffStart = (ms: number) => ({
  run: () =>
    Promise.resolve({
      id: 'c3RvcnktaGFuZG9mZg',
      url: `${location.origin}/phone.html#${TOKEN}`,
      expiresAt: new Date(Date.now() + ms).toISOString(),
    }),
});

/** Chooses the phone and waits until the QR view has settled. */
const toHandoff =
  (until: (el: PasskeyRegister) => boolean): Driver<PasskeyRegister> =>
  async (el) => {
    await toChoosing(el);
    choice(el, 'phone').click();
    await untilStep(el, 'handoff');
    for (let i = 0; i < 500 && !until(el); i++) await new Promise((r) => setTimeout(r, 10));
    const qr = el.shadowRoot!.querySelector('passkey-qr');
    if (qr) {
      await qr.drawn;
      await qr.updateComplete;
    }
  };

export const HandoffQr: Story = {
  name: 'Phone: QR code, counting down',
  parameters: {
    adapter: scripted({ startHandoff: handoffStart(5 * 60_000), awaitHandoff: { hang: true } }),
    stage: toHandoff(
      (el) => !!el.shadowRoot!.querySelector('passkey-qr') && !!customElements.get('passkey-qr'),
    ),
  },
};

export const HandoffExpired: Story = {
  name: 'Phone: QR code expired',
  parameters: {
    adapter: scripted({
      startHandoff: handoffStart(5 * 60_000),
      awaitHandoff: { reject: new PasskeyAdapterError('expired') },
    }),
    // The expired view is the one offering a primary action (New code).
    stage: toHandoff((el) => !!el.shadowRoot!.querySelector('.actions .primary')),
  },
};

export const HandoffWarning: Story = {
  name: 'Phone: QR code about to expire',
  parameters: {
    ...note(
      'Under 30 seconds left: said once through the live region, with More time (a fresh link replaces this one).',
    ),
    adapter: scripted({ startHandoff: handoffStart(25_000), awaitHandoff: { hang: true } }),
    stage: toHandoff(
      (el) => !!el.shadowRoot!.querySelector('.warn') && !!customElements.get('passkey-qr'),
    ),
  },
};

export const HandoffWarningArabic: Story = {
  name: 'Phone: QR code about to expire (Arabic)',
  args: { lang: 'ar' },
  parameters: HandoffWarning.parameters,
};

export const DeclinedCalm: Story = {
  name: 'Declined: back to the choice',
  parameters: {
    ...note(
      'The user declines on the phone that scanned the QR code: not an error. The choice comes back with a neutral line.',
    ),
    adapter: scripted({
      startHandoff: handoffStart(5 * 60_000),
      awaitHandoff: { reject: new PasskeyAdapterError('declined') },
    }),
    stage: async (el) => {
      await toChoosing(el);
      choice(el, 'phone').click();
      await untilCalm(el);
    },
  },
};

const phoneAdapter = (more: Record<string, Cue> = {}) =>
  scripted({
    handoffDetails: {
      run: () =>
        Promise.resolve({
          account: { name: 'alex@example.com', displayName: 'Alex Morgan' },
          name: 'iPhone 16',
          expiresAt: new Date(Date.now() + 5 * 60_000).toISOString(),
        }),
    },
    declineHandoff: { resolve: undefined },
    ...more,
  });

export const PhoneConfirm: Story = {
  name: 'Phone page: confirm',
  args: { handoff: TOKEN },
  parameters: { adapter: phoneAdapter(), stage: (el) => untilStep(el, 'phone-confirm') },
};

export const PhoneConfirmLongName: Story = {
  name: 'Phone page: confirm, 64-character name',
  args: { handoff: TOKEN },
  parameters: {
    adapter: scripted({
      handoffDetails: {
        run: () =>
          Promise.resolve({
            account: { name: 'alex.morgan.with.a.long.address@example-enterprise-bank.com' },
            name: LONG_NAME,
            expiresAt: new Date(Date.now() + 5 * 60_000).toISOString(),
          }),
      },
      declineHandoff: { resolve: undefined },
    }),
    stage: (el) => untilStep(el, 'phone-confirm'),
  },
};

export const PhoneDone: Story = {
  name: 'Phone page: done',
  args: { handoff: TOKEN },
  parameters: {
    adapter: phoneAdapter({ verifyRegistration: { resolve: storedCredential('iPhone 16') } }),
    virtualAuthenticator: { transport: 'internal' },
    stage: async (el) => {
      await untilStep(el, 'phone-confirm');
      (el.shadowRoot!.querySelector('.actions .primary') as HTMLButtonElement).click();
      await untilStep(el, 'success', 10_000);
    },
  },
};

export const PhoneDeclined: Story = {
  name: 'Phone page: declined',
  args: { handoff: TOKEN },
  parameters: {
    adapter: phoneAdapter(),
    stage: async (el) => {
      await untilStep(el, 'phone-confirm');
      (el.shadowRoot!.querySelector('.actions .secondary') as HTMLButtonElement).click();
      await untilStep(el, 'phone-declined');
    },
  },
};

/** The phone opens a QR link that can no longer add a passkey. */
const deadLink = (code: 'link-used' | 'link-invalid'): Story['parameters'] => ({
  adapter: scripted({ handoffDetails: { reject: new PasskeyAdapterError(code) } }),
  stage: async (el) => {
    await untilStep(el, 'error');
    expectError(el, code);
  },
});

export const PhoneLinkUsed: Story = {
  name: 'Phone page: link already used',
  args: { handoff: TOKEN },
  parameters: {
    ...note('The link already added a passkey. No Try again: a new code comes from the computer.'),
    ...deadLink('link-used'),
  },
};

export const PhoneLinkInvalid: Story = {
  name: 'Phone page: link no longer valid',
  args: { handoff: TOKEN },
  parameters: {
    ...note('The link expired or was cancelled on the computer. No Try again: scan a new code.'),
    ...deadLink('link-invalid'),
  },
};

// ── Theming ─────────────────────────────────────────────────────────────────────────────

export const CustomBrand: Story = {
  name: 'Theming: a host’s own brand',
  parameters: { stage: choosingWith({ platform: true, hybrid: true }) },
  render: (args: Args, context: S.RenderContext<PasskeyRegister>) => html`
    <style>
      .brand passkey-register {
        --passkey-accent: #0f5f4a;
        --passkey-focus-ring: #0f5f4a;
        --passkey-surface-raised: #eef6f3;
        --passkey-border: #c9d9d3;
        --passkey-radius: 4px;
        --passkey-radius-control: 999px;
        --passkey-font-family: Georgia, 'Times New Roman', serif;
        --passkey-shadow: none;
      }
      .brand passkey-register[theme='dark'] {
        --passkey-accent: #6fd3b4;
        --passkey-focus-ring: #6fd3b4;
        --passkey-surface-raised: #1b2a26;
        --passkey-border: #35504a;
      }
      .brand passkey-register::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.06em;
        font-size: 16px;
      }
      .brand passkey-register::part(base) {
        border-width: 2px;
        border-top: 6px solid #0f5f4a;
      }
    </style>
    ${surface(
      args.theme,
      html`<div class="brand">
        <passkey-register
          lang=${ifDefined(args.lang || undefined)}
          theme=${args.theme}
          default-name=${ifDefined(args.defaultName)}
          .adapter=${context.parameters.adapter?.()}
          ${stageDirective(context)}
        ></passkey-register>
      </div>`,
    )}
  `,
};
