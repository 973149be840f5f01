/**
 * Every visible state of <passkey-register>. Each story gets a scripted adapter (resolve,
 * reject or hang on cue); ceremonies stay real. `parameters.virtualAuthenticator` names the
 * authenticator the test suite attaches (Chromium's CDP virtual authenticators); in a browser,
 * approve the real prompt or add one in DevTools → WebAuthn.
 */
import { WebAuthnAbortService } from '@simplewebauthn/browser';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { PasskeyAdapterError } from '../src/index.js';
import type {
  PasskeyAdapter,
  PasskeyAdapterErrorCode,
  PublicKeyCredentialCreationOptionsJSON,
} from '../src/index.js';
import type { PasskeyRegister } from '../src/passkey-register/passkey-register.js';
import type { AuthenticatorKind, WebAuthnErrorCode } from '../src/webauthn.js';
import {
  choice,
  creationOptions,
  errorCode,
  failNextCreate,
  registerIn,
  reportCapabilities,
  storedCredential,
  submitName,
  toChoosing,
  untilStep,
} from './support/drive.js';
import { scriptedAdapter } from './support/scripted-adapter.js';
import { surface } from './support/surface.js';
import type { Cue } from './support/scripted-adapter.js';

interface Args {
  theme: 'light' | 'dark' | 'auto';
  /** The language: en, de, fr, es, ja, ar (empty: the page's). */
  lang?: string;
  defaultName?: string;
  /** Set on the phone's page: the handoff token from the QR link. */
  handoff?: string;
}

interface StoryParameters {
  /** Builds a fresh adapter for each render; undefined renders without one. */
  adapter?: () => PasskeyAdapter | undefined;
  /** The virtual authenticator the test suite attaches before the story runs. */
  virtualAuthenticator?: Record<string, unknown>;
}

interface StoryContext {
  args: Args;
  parameters: StoryParameters;
  canvasElement: HTMLElement;
}

interface Story {
  name?: string;
  render?: (args: Args, context: { parameters: StoryParameters }) => TemplateResult;
  args?: Partial<Args>;
  parameters?: StoryParameters & Record<string, unknown>;
  play?: (context: StoryContext) => Promise<void>;
}

const scripted =
  (cues: Parameters<typeof scriptedAdapter>[0] = {}) =>
  () =>
    scriptedAdapter({ registrationOptions: { resolve: creationOptions() }, ...cues });

export default {
  title: 'Elements/passkey-register',
  component: 'passkey-register',
  args: { theme: 'light', defaultName: 'MacBook Pro (Work)' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'ar'] },
    defaultName: { control: 'text' },
    handoff: { control: 'text' },
  },
  parameters: { adapter: scripted() } satisfies StoryParameters,
  render: (args: Args, { parameters }: { parameters: StoryParameters }) =>
    surface(
      args.theme,
      html`<passkey-register
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        default-name=${ifDefined(args.defaultName)}
        handoff=${ifDefined(args.handoff)}
        .adapter=${parameters.adapter?.()}
      ></passkey-register>`,
    ),
};

/** Goes through the choice to the browser's prompt and waits for `step`. */
function afterChoosing(kind: AuthenticatorKind, step: PasskeyRegister['step']): Story['play'] {
  return async ({ canvasElement }) => {
    const el = await toChoosing(registerIn(canvasElement));
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
  play: async ({ canvasElement }) => {
    await submitName(
      registerIn(canvasElement),
      'My very long device name that keeps going on and on past the limit',
    );
  },
};

// ── Fetching and choosing ───────────────────────────────────────────────────────────────

export const Fetching: Story = {
  name: 'Fetching options',
  parameters: { adapter: scripted({ registrationOptions: { hang: true } }) },
  play: async ({ canvasElement }) => {
    const el = registerIn(canvasElement);
    await submitName(el);
    await untilStep(el, 'fetching');
  },
};

/** Reaches the choice with capability detection reporting `caps`. */
const choosingWith =
  (caps: { platform: boolean; hybrid: boolean }): Story['play'] =>
  async ({ canvasElement }) => {
    const restore = reportCapabilities(caps);
    try {
      await toChoosing(registerIn(canvasElement));
    } finally {
      restore();
    }
  };

export const ChoosingAll: Story = {
  name: 'Choosing: all options',
  play: choosingWith({ platform: true, hybrid: true }),
};

export const ChoosingSomeUnavailable: Story = {
  name: 'Choosing: no platform authenticator, no Bluetooth',
  play: choosingWith({ platform: false, hybrid: false }),
};

// ── Waiting for the browser's prompt ───────────────────────────────────────────────────

export const WaitingThisDevice: Story = {
  name: 'Waiting: this device',
  parameters: {
    virtualAuthenticator: { transport: 'internal', automaticPresenceSimulation: false },
  },
  play: afterChoosing('this-device', 'ceremony'),
};

export const WaitingPhone: Story = {
  name: 'Waiting: phone (browser QR)',
  play: afterChoosing('phone', 'ceremony'),
};

export const WaitingSecurityKey: Story = {
  name: 'Waiting: security key',
  play: afterChoosing('security-key', 'ceremony'),
};

// ── After the ceremony ──────────────────────────────────────────────────────────────────

export const Verifying: Story = {
  name: 'Verifying',
  parameters: {
    adapter: scripted({ verifyRegistration: { hang: true } }),
    virtualAuthenticator: { transport: 'internal' },
  },
  play: afterChoosing('this-device', 'verifying'),
};

export const Approving: Story = {
  name: 'Approving with an existing passkey',
  parameters: {
    adapter: scripted({
      approvalOptions: {
        resolve: {
          challenge: 'c3RvcnktYXBwcm92YWwtY2hhbGxlbmdl',
          rpId: location.hostname,
          userVerification: 'required',
        },
      },
    }),
    virtualAuthenticator: { transport: 'internal' },
  },
  play: afterChoosing('this-device', 'approving'),
};

export const Success: Story = {
  name: 'Success',
  parameters: {
    adapter: scripted({
      verifyRegistration: {
        resolve: storedCredential('MacBook Pro (Work)', { provider: { name: 'iCloud Keychain' } }),
      },
    }),
    virtualAuthenticator: { transport: 'internal' },
  },
  play: afterChoosing('this-device', 'success'),
};

// ── Errors from the server (one per adapter error code) ────────────────────────────────

/** Fails loudly when a story reaches a different error than the one it is meant to show. */
function expectError(el: PasskeyRegister, code: string): void {
  if (errorCode(el) !== code) throw new Error(`expected error ${code}, got ${errorCode(el)}`);
}

const submitUntilError =
  (code: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = registerIn(canvasElement);
    await submitName(el);
    await untilStep(el, 'error');
    expectError(el, code);
  };

const serverError = (code: PasskeyAdapterErrorCode): Story => ({
  name: `Error: ${code}`,
  parameters: {
    adapter: scripted({ registrationOptions: { reject: new PasskeyAdapterError(code) } }),
  },
  play: submitUntilError(code),
});

export const ErrorForbidden = serverError('forbidden');
export const ErrorUnauthenticated = serverError('unauthenticated');
export const ErrorConflict = serverError('conflict');
export const ErrorExpired = serverError('expired');
export const ErrorRateLimited = serverError('rate-limited');
export const ErrorRejected = serverError('rejected');
export const ErrorServer = serverError('server');
export const ErrorNetwork = serverError('network');

export const ErrorInvalidResponse: Story = {
  name: 'Error: invalid-response',
  parameters: { adapter: scripted({ registrationOptions: { resolve: { challenge: 42 } } }) },
  play: submitUntilError('invalid-response'),
};

export const ErrorNoAdapter: Story = {
  name: 'Error: no-adapter',
  parameters: { adapter: () => undefined },
  play: submitUntilError('no-adapter'),
};

// ── Errors from the authenticator (real ceremonies where an authenticator can raise them) ──

const ceremonyError = (
  code: WebAuthnErrorCode,
  name: string,
  kind: AuthenticatorKind,
  parameters: Story['parameters'] = {},
  before?: () => void,
): Story => ({
  name,
  parameters,
  play: async ({ canvasElement }) => {
    const el = await toChoosing(registerIn(canvasElement));
    before?.();
    choice(el, kind).click();
    await untilStep(el, 'error', 10_000);
    expectError(el, code);
  },
});

const withOptions = (
  patch: Partial<PublicKeyCredentialCreationOptionsJSON>,
  more: Record<string, Cue> = {},
) => scripted({ registrationOptions: { resolve: creationOptions(patch) }, ...more });

export const ErrorCancelled = ceremonyError(
  'cancelled',
  'Error: cancelled (verification refused)',
  'this-device',
  {
    virtualAuthenticator: { transport: 'internal', isUserVerified: false },
  },
);

export const ErrorTimeout = ceremonyError(
  'timeout',
  'Error: timed out (never touched)',
  'security-key',
  {
    adapter: withOptions({ timeout: 300 }),
    virtualAuthenticator: { transport: 'usb', automaticPresenceSimulation: false },
  },
);

export const ErrorAlreadyRegistered: Story = {
  name: 'Error: already registered',
  parameters: {
    adapter: scripted({ verifyRegistration: { resolve: storedCredential('MacBook Pro (Work)') } }),
    virtualAuthenticator: { transport: 'internal' },
  },
  // Registers once for real, then again on the same authenticator with it excluded.
  play: async ({ canvasElement }) => {
    const el = registerIn(canvasElement);
    await afterChoosing('this-device', 'success')!({ canvasElement } as StoryContext);
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
};

export const ErrorAborted = ceremonyError(
  'aborted',
  'Error: aborted by the page',
  'security-key',
  {},
  () =>
    // Another script on the page starting or cancelling a ceremony aborts ours.
    setTimeout(() => WebAuthnAbortService.cancelCeremony(), 50),
);

// No virtual authenticator raises these; a one-shot stub of create() stands in.
export const ErrorUnsupportedAuthenticator = ceremonyError(
  'unsupported-authenticator',
  'Error: unsupported authenticator (simulated ConstraintError)',
  'security-key',
  {},
  () => failNextCreate('ConstraintError'),
);

// Chromium passes unknown algorithms to the authenticator (NotAllowedError), so no virtual
// authenticator raises NotSupportedError either.
export const ErrorNotSupported = ceremonyError(
  'not-supported',
  'Error: not supported (simulated NotSupportedError)',
  'this-device',
  { virtualAuthenticator: { transport: 'internal' } },
  () => failNextCreate('NotSupportedError'),
);

export const ErrorMisconfigured = ceremonyError(
  'misconfigured',
  'Error: misconfigured site (simulated SecurityError)',
  'this-device',
  {
    virtualAuthenticator: { transport: 'internal' },
  },
  () => failNextCreate('SecurityError'),
);

// In a cross-origin iframe without allow="publickey-credentials-create", Chromium rejects with
// this NotAllowedError (test/hardening-iframe.test.ts shows the real one).
export const ErrorFrameNotAllowed = ceremonyError(
  'frame-not-allowed',
  'Error: passkeys not allowed in this frame (simulated permissions policy)',
  'this-device',
  {
    virtualAuthenticator: { transport: 'internal' },
  },
  () =>
    failNextCreate(
      'NotAllowedError',
      "The 'publickey-credentials-create' feature is not enabled in this document.",
    ),
);

export const ErrorUnknown = ceremonyError(
  'unknown',
  'Error: unknown (simulated UnknownError)',
  'this-device',
  {
    virtualAuthenticator: { transport: 'internal' },
  },
  () => failNextCreate('UnknownError'),
);

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
  (until: (el: PasskeyRegister) => boolean): Story['play'] =>
  async ({ canvasElement }) => {
    const el = await toChoosing(registerIn(canvasElement));
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
  },
  play: toHandoff(
    (el) => !!el.shadowRoot!.querySelector('passkey-qr') && !!customElements.get('passkey-qr'),
  ),
};

export const HandoffExpired: Story = {
  name: 'Phone: QR code expired',
  parameters: {
    adapter: scripted({
      startHandoff: handoffStart(5 * 60_000),
      awaitHandoff: { reject: new PasskeyAdapterError('expired') },
    }),
  },
  // The expired view is the one offering a primary action (New code).
  play: toHandoff((el) => !!el.shadowRoot!.querySelector('.actions .primary')),
};

export const ErrorDeclined: Story = {
  name: 'Error: declined on the phone',
  parameters: {
    adapter: scripted({
      startHandoff: handoffStart(5 * 60_000),
      awaitHandoff: { reject: new PasskeyAdapterError('declined') },
    }),
  },
  play: async (context) => {
    await toHandoff((el) => el.step === 'error')!(context);
    expectError(registerIn(context.canvasElement), 'declined');
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
  parameters: { adapter: phoneAdapter() },
  play: async ({ canvasElement }) => untilStep(registerIn(canvasElement), 'phone-confirm'),
};

export const PhoneDone: Story = {
  name: 'Phone page: done',
  args: { handoff: TOKEN },
  parameters: {
    adapter: phoneAdapter({ verifyRegistration: { resolve: storedCredential('iPhone 16') } }),
    virtualAuthenticator: { transport: 'internal' },
  },
  play: async ({ canvasElement }) => {
    const el = registerIn(canvasElement);
    await untilStep(el, 'phone-confirm');
    (el.shadowRoot!.querySelector('.actions .primary') as HTMLButtonElement).click();
    await untilStep(el, 'success', 10_000);
  },
};

export const PhoneDeclined: Story = {
  name: 'Phone page: declined',
  args: { handoff: TOKEN },
  parameters: { adapter: phoneAdapter() },
  play: async ({ canvasElement }) => {
    const el = registerIn(canvasElement);
    await untilStep(el, 'phone-confirm');
    (el.shadowRoot!.querySelector('.actions .secondary') as HTMLButtonElement).click();
    await untilStep(el, 'phone-declined');
  },
};

// ── Theming ─────────────────────────────────────────────────────────────────────────────

export const CustomBrand: Story = {
  name: 'Theming: a host’s own brand',
  render: (args: Args, { parameters }: { parameters: StoryParameters }) => html`
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
          .adapter=${parameters.adapter?.()}
        ></passkey-register>
      </div>`,
    )}
  `,
  play: choosingWith({ platform: true, hybrid: true }),
};
