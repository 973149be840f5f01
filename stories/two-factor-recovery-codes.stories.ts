/**
 * Every state of <two-factor-recovery-codes> (the Recovery codes tab of <two-factor-register>),
 * with a scripted adapter and a driver (`parameters.stage`) that the render runs to reach the
 * state, so Docs pages show it too.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { PasskeyAdapterError } from '../src/index.js';
import type { RecoveryCodesStatus } from '../src/index.js';
import type { TwoFactorRecoveryCodes } from '../src/two-factor-register/recovery/recovery-codes.js';
import { scriptedAdapter } from '../test/support/scripted-adapter.js';
import type { Cue } from '../test/support/scripted-adapter.js';
import { stageDirective, untilStaged } from '../test/support/stage.js';
import type { Driver } from '../test/support/stage.js';
import type * as S from '../test/support/story.js';
import { surface } from '../test/support/surface.js';

type Args = S.SurfaceArgs;

type Story = S.Story<Args, TwoFactorRecoveryCodes>;

const status = (remaining: number, total = 10): RecoveryCodesStatus => ({
  configured: total > 0,
  remaining,
  total,
});

/** A set as the reference RP makes them: ten codes of two groups of five. */
const SAMPLE_CODES = [
  '7k2mq-4xw9d',
  'h3v8r-p6tz1',
  'c9nf5-b2kyw',
  'm4q7s-8dj3e',
  'x6g2a-t5rv9',
  'p1wz8-k7hn4',
  'e5tb3-q9cm2',
  'r8ya6-v4fx7',
  'd2ks9-w3np5',
  'f7hq1-z6bg8',
];

const scripted =
  (cues: Record<string, Cue> = {}) =>
  () =>
    scriptedAdapter({
      listCredentials: { resolve: [] },
      approvalOptions: { resolve: null },
      recoveryCodesStatus: { resolve: status(8) },
      generateRecoveryCodes: {
        resolve: {
          id: 'c3RvcnktcmVjb3Zlcnktc2V0',
          codes: SAMPLE_CODES,
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        },
      },
      confirmRecoveryCodes: { resolve: status(10) },
      totpStatus: { resolve: { configured: false } },
      startTotp: { hang: true },
      verifyTotp: { hang: true },
      ...cues,
    });

/** Waits until `test` holds (a click may first load the flow's code). */
async function until(el: Element, test: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${what} never showed in <${el.localName}>`);
}

/** Presses a button once it shows; found by its place, not its words, so any language drives. */
async function press(el: Element, selector: string): Promise<void> {
  const find = () => el.shadowRoot!.querySelector<HTMLElement>(selector);
  await until(el, find, selector);
  find()!.click();
}

const START = 'button.start';
const CONTINUE = '.step .actions .primary';
const DONE = '.step > .actions .primary';
const CANCEL = '.step > .actions .secondary';

const counted: Driver<TwoFactorRecoveryCodes> = (el) =>
  until(el, () => el.shadowRoot!.querySelector('.status, [part=error]'), 'the counts');

/** Generate (or Generate new codes, then Continue) until the codes show. */
const toCodes: Driver<TwoFactorRecoveryCodes> = async (el) => {
  await counted(el);
  await press(el, START);
  if (el.counts?.configured) await press(el, CONTINUE);
  await until(el, () => el.shadowRoot!.querySelector('[part=codes]'), 'the codes');
};

export default {
  title: 'Elements/two-factor-recovery-codes',
  component: 'two-factor-recovery-codes',
  args: { theme: 'light' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'ar'] },
  },
  parameters: { adapter: scripted() } satisfies S.StoryParameters<TwoFactorRecoveryCodes>,
  render: (args: Args, context: S.RenderContext<TwoFactorRecoveryCodes>) =>
    surface(
      args.theme,
      html`<two-factor-recovery-codes
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        .adapter=${context.parameters.adapter?.()}
        ${stageDirective(context)}
      ></two-factor-recovery-codes>`,
    ),
  play: untilStaged,
};

export const Loading: Story = {
  name: 'Loading: the counts',
  parameters: { adapter: scripted({ recoveryCodesStatus: { hang: true } }) },
};

export const NotSetUp: Story = {
  name: 'Status: not set up',
  parameters: {
    adapter: scripted({ recoveryCodesStatus: { resolve: status(0, 0) } }),
    stage: counted,
  },
};

export const Remaining: Story = {
  name: 'Status: codes left',
  parameters: { stage: counted },
};

export const RunningLow: Story = {
  name: 'Status: running low',
  parameters: {
    adapter: scripted({ recoveryCodesStatus: { resolve: status(1) } }),
    stage: counted,
  },
};

export const StatusError: Story = {
  name: 'Error: the counts can’t load',
  parameters: {
    adapter: scripted({ recoveryCodesStatus: { reject: new PasskeyAdapterError('server') } }),
    stage: counted,
  },
};

export const StatusNetwork: Story = {
  name: 'Error: network, loading the counts',
  parameters: {
    adapter: scripted({ recoveryCodesStatus: { reject: new PasskeyAdapterError('network') } }),
    stage: counted,
  },
};

export const Replace: Story = {
  name: 'Regenerating: the warning',
  parameters: {
    stage: async (el) => {
      await counted(el);
      await press(el, START);
      await until(el, () => el.shadowRoot!.querySelector('#replace-title'), 'the warning');
    },
  },
};

export const Approval: Story = {
  name: 'Approving: with an existing passkey',
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
    stage: async (el) => {
      await counted(el);
      await press(el, START);
      await press(el, CONTINUE);
      await until(el, () => el.shadowRoot!.querySelector('.approve'), 'Approve');
    },
  },
};

export const Generating: Story = {
  name: 'Generating: waiting for the server',
  parameters: {
    adapter: scripted({
      recoveryCodesStatus: { resolve: status(0, 0) },
      generateRecoveryCodes: { hang: true },
    }),
    stage: async (el) => {
      await counted(el);
      await press(el, START);
      await until(el, () => el.shadowRoot!.querySelector('.waiting'), 'the wait');
    },
  },
};

export const Codes: Story = {
  name: 'Codes: shown once',
  parameters: {
    adapter: scripted({ recoveryCodesStatus: { resolve: status(0, 0) } }),
    stage: toCodes,
  },
};

export const CodesReplacing: Story = {
  name: 'Codes: replacing a set in force',
  parameters: { stage: toCodes },
};

export const SavedMissing: Story = {
  name: 'Codes: Done before “saved” is ticked',
  parameters: {
    stage: async (el) => {
      await toCodes(el);
      await press(el, DONE);
      await until(el, () => el.shadowRoot!.querySelector('.field-error'), 'the field error');
    },
  },
};

const ticked = async (el: TwoFactorRecoveryCodes) => {
  await toCodes(el);
  el.shadowRoot!.querySelector<HTMLInputElement>('#saved')!.click();
  await press(el, DONE);
};

export const Confirming: Story = {
  name: 'Codes: saving',
  parameters: {
    adapter: scripted({ confirmRecoveryCodes: { hang: true } }),
    stage: async (el) => {
      await ticked(el);
      await until(el, () => el.shadowRoot!.querySelector('.spinner.small'), 'the saving spinner');
    },
  },
};

export const ConfirmFailed: Story = {
  name: 'Error: network, on Done',
  parameters: {
    docs: { description: { story: 'The codes stay on screen; Done tries again.' } },
    adapter: scripted({ confirmRecoveryCodes: { reject: new PasskeyAdapterError('network') } }),
    stage: async (el) => {
      await ticked(el);
      await until(el, () => el.shadowRoot!.querySelector('[part=error]'), 'the error');
    },
  },
};

export const Expired: Story = {
  name: 'Error: the set expired before Done',
  parameters: {
    adapter: scripted({ confirmRecoveryCodes: { reject: new PasskeyAdapterError('expired') } }),
    stage: async (el) => {
      await ticked(el);
      await until(el, () => el.shadowRoot!.querySelector('[part=error]'), 'the error');
    },
  },
};

export const RateLimited: Story = {
  name: 'Error: rate limited',
  parameters: {
    adapter: scripted({
      generateRecoveryCodes: { reject: new PasskeyAdapterError('rate-limited') },
    }),
    stage: async (el) => {
      await counted(el);
      await press(el, START);
      await press(el, CONTINUE);
      await until(el, () => el.shadowRoot!.querySelector('[part=error]'), 'the error');
    },
  },
};

export const Forbidden: Story = {
  name: 'Error: forbidden',
  parameters: {
    adapter: scripted({ generateRecoveryCodes: { reject: new PasskeyAdapterError('forbidden') } }),
    stage: async (el) => {
      await counted(el);
      await press(el, START);
      await press(el, CONTINUE);
      await until(el, () => el.shadowRoot!.querySelector('[part=error]'), 'the error');
    },
  },
};

export const Ready: Story = {
  name: 'Done: the new set is in force',
  parameters: {
    stage: async (el) => {
      await ticked(el);
      await until(el, () => el.shadowRoot!.querySelector('.notice.ok'), 'the notice');
    },
  },
};

export const Cancelled: Story = {
  name: 'Done: cancelled, nothing changed',
  parameters: {
    stage: async (el) => {
      await toCodes(el);
      await press(el, CANCEL);
      await until(el, () => el.shadowRoot!.querySelector('.notice'), 'the notice');
    },
  },
};

export const Arabic: Story = {
  name: 'Codes: Arabic, right to left',
  args: { lang: 'ar' },
  parameters: {
    adapter: scripted({ recoveryCodesStatus: { resolve: status(0, 0) } }),
    stage: async (el) => {
      await counted(el);
      await press(el, START);
      await until(el, () => el.shadowRoot!.querySelector('[part=codes]'), 'the codes');
    },
  },
};
