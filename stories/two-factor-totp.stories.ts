/**
 * Every state of <two-factor-totp>, the authenticator-app tab, with a scripted adapter and a
 * driver (`parameters.stage`) that brings the element to the state the way a user would, so
 * Docs pages show it too.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/two-factor-register/totp/define.js';
import { PasskeyAdapterError } from '../src/index.js';
import type { TwoFactorTotp } from '../src/two-factor-register/totp/two-factor-totp.js';
import { scriptedAdapter } from '../test/support/scripted-adapter.js';
import type { Cue } from '../test/support/scripted-adapter.js';
import { stageDirective, untilStaged } from '../test/support/stage.js';
import type { Driver } from '../test/support/stage.js';
import type * as S from '../test/support/story.js';
import { surface } from '../test/support/surface.js';
import {
  SAMPLE_URI,
  drawnQr,
  sampleSetup,
  typeInto,
  untilTotp,
} from '../test/support/totp-drive.js';

interface Args extends S.SurfaceArgs {
  /** Inside <two-factor-register>'s panel: no card. */
  embedded: boolean;
}

type Story = S.Story<Args, TwoFactorTotp>;

const SET_UP = {
  configured: true,
  name: 'Google Authenticator on my phone',
  createdAt: '2026-03-04T10:00:00Z',
};

const scripted =
  (cues: Record<string, Cue> = {}) =>
  () =>
    scriptedAdapter({
      totpStatus: { resolve: { configured: false } },
      startTotp: { resolve: sampleSetup() },
      verifyTotp: { resolve: SET_UP },
      removeTotp: { resolve: undefined },
      ...cues,
    });

const APPROVAL = {
  approvalOptions: {
    resolve: {
      challenge: 'c3RvcnktYXBwcm92YWwtY2hhbGxlbmdl',
      rpId: location.hostname,
      userVerification: 'required',
    },
  },
};

const $ = (el: TwoFactorTotp, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Presses the button whose text is `text` (once it shows). */
async function press(el: TwoFactorTotp, selector: string): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector(selector); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  $(el, selector).click();
  await el.updateComplete;
}

/** Set up, and wait for the QR code to be drawn. */
const toScan: Driver<TwoFactorTotp> = async (el) => {
  await untilTotp(el, 'off');
  await press(el, '.actions .primary');
  await untilTotp(el, 'scan');
  await drawnQr(el);
};

/** …then open "Can't scan? Enter the key". */
const withKey: Driver<TwoFactorTotp> = async (el) => {
  await toScan(el);
  $(el, 'details').setAttribute('open', '');
};

/** …then enter `code` (and a name) and wait for the reply. */
const entering =
  (code: string, step: TwoFactorTotp['step'] = 'scan'): Driver<TwoFactorTotp> =>
  async (el) => {
    await toScan(el);
    typeInto($(el, '#code'), code);
    typeInto($(el, '#name'), 'Google Authenticator on my phone');
    $(el, 'button[type=submit]').click();
    await new Promise((r) => setTimeout(r, 20));
    await untilTotp(el, step);
  };

export default {
  title: 'Elements/two-factor-totp',
  component: 'two-factor-totp',
  args: { theme: 'light', embedded: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'ar'] },
    embedded: { control: 'boolean' },
  },
  parameters: { adapter: scripted() } satisfies S.StoryParameters<TwoFactorTotp>,
  render: (args: Args, context: S.RenderContext<TwoFactorTotp>) =>
    surface(
      args.theme,
      html`<two-factor-totp
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        ?embedded=${args.embedded}
        .adapter=${context.parameters.adapter?.()}
        ${stageDirective(context)}
      ></two-factor-totp>`,
    ),
  play: untilStaged,
};

const at =
  (step: TwoFactorTotp['step']): Driver<TwoFactorTotp> =>
  async (el) =>
    void (await untilTotp(el, step));

export const Loading: Story = {
  name: 'Loading: the status',
  parameters: { adapter: scripted({ totpStatus: { hang: true } }) },
};

export const NotSetUp: Story = {
  name: 'Not set up: explained',
  parameters: { stage: at('off') },
};

export const Approving: Story = {
  name: 'Approving: setup, with an existing passkey',
  parameters: {
    adapter: scripted(APPROVAL),
    stage: async (el) => {
      await untilTotp(el, 'off');
      await press(el, '.actions .primary');
      await untilTotp(el, 'approving');
    },
  },
};

export const Starting: Story = {
  name: 'Starting: creating the key',
  parameters: {
    adapter: scripted({ startTotp: { hang: true } }),
    stage: async (el) => {
      await untilTotp(el, 'off');
      await press(el, '.actions .primary');
      await untilTotp(el, 'starting');
    },
  },
};

export const Scan: Story = {
  name: 'Scan: the QR code',
  parameters: { stage: toScan },
};

export const ScanWithKey: Story = {
  name: 'Scan: the key for entry by hand',
  parameters: { stage: withKey },
};

export const ScanArabic: Story = {
  name: 'Scan: in Arabic, right to left',
  args: { lang: 'ar' },
  parameters: { stage: withKey },
};

export const ScanEightDigits: Story = {
  name: 'Scan: an 8-digit SHA-256 key, German',
  args: { lang: 'de' },
  parameters: {
    adapter: scripted({
      startTotp: {
        resolve: sampleSetup(SAMPLE_URI.replace('digits=6', 'digits=8').replace('SHA1', 'SHA256')),
      },
    }),
    stage: toScan,
  },
};

export const CodeFormat: Story = {
  name: 'Error: a code of the wrong length',
  parameters: { stage: entering('12345') },
};

export const InvalidCode: Story = {
  name: 'Error: wrong code',
  parameters: {
    adapter: scripted({ verifyTotp: { reject: new PasskeyAdapterError('invalid-code') } }),
    stage: entering('654321'),
  },
};

export const RateLimited: Story = {
  name: 'Error: too many attempts',
  parameters: {
    adapter: scripted({ verifyTotp: { reject: new PasskeyAdapterError('rate-limited') } }),
    stage: entering('654321'),
  },
};

export const Expired: Story = {
  name: 'Error: the setup expired',
  parameters: {
    adapter: scripted({ verifyTotp: { reject: new PasskeyAdapterError('expired') } }),
    stage: entering('123456', 'error'),
  },
};

export const Malformed: Story = {
  name: 'Error: a malformed key URI',
  parameters: {
    adapter: scripted({
      startTotp: { resolve: sampleSetup('otpauth://totp/Acme:alex?secret=TOOSHORT') },
    }),
    stage: async (el) => {
      await untilTotp(el, 'off');
      await press(el, '.actions .primary');
      await untilTotp(el, 'error');
    },
  },
};

export const StatusError: Story = {
  name: 'Error: network, reading the status',
  parameters: {
    adapter: scripted({ totpStatus: { reject: new PasskeyAdapterError('network') } }),
    stage: at('error'),
  },
};

export const ErrorArabic: Story = {
  name: 'Error: wrong code, in Arabic',
  args: { lang: 'ar' },
  parameters: {
    adapter: scripted({ verifyTotp: { reject: new PasskeyAdapterError('invalid-code') } }),
    stage: entering('654321'),
  },
};

export const Added: Story = {
  name: 'Success: the app is set up',
  parameters: { stage: entering('123456', 'added') },
};

export const SetUp: Story = {
  name: 'Set up: name and date',
  parameters: { adapter: scripted({ totpStatus: { resolve: SET_UP } }), stage: at('on') },
};

export const AlreadySetUp: Story = {
  name: 'Set up: already (conflict)',
  parameters: {
    adapter: scripted({ verifyTotp: { reject: new PasskeyAdapterError('conflict') } }),
    stage: async (el) => {
      await toScan(el);
      // The RP has one by now: the status says so.
      (el.adapter as ReturnType<ReturnType<typeof scripted>>).cue('totpStatus', {
        resolve: SET_UP,
      });
      typeInto($(el, '#code'), '123456');
      $(el, 'button[type=submit]').click();
      await new Promise((r) => setTimeout(r, 20));
      await untilTotp(el, 'on');
    },
  },
};

export const ConfirmRemove: Story = {
  name: 'Removing: confirm',
  parameters: {
    adapter: scripted({ totpStatus: { resolve: SET_UP } }),
    stage: async (el) => {
      await untilTotp(el, 'on');
      await press(el, '.app .danger');
      await untilTotp(el, 'confirm-remove');
    },
  },
};

export const Removed: Story = {
  name: 'Removing: done',
  parameters: {
    adapter: scripted({ totpStatus: { resolve: SET_UP } }),
    stage: async (el) => {
      await untilTotp(el, 'on');
      await press(el, '.app .danger');
      await press(el, '.actions .danger');
      await untilTotp(el, 'off');
    },
  },
};

export const Embedded: Story = {
  name: 'Embedded: no card, set up',
  args: { embedded: true },
  parameters: { adapter: scripted({ totpStatus: { resolve: SET_UP } }), stage: at('on') },
};
