/**
 * Every state of <passkey-credentials>, with a scripted adapter and a driver
 * (`parameters.stage`) that the render runs to reach the state, so Docs pages show it too. Approval ceremonies stay real:
 * the test suite attaches a virtual authenticator where a story signs something.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { PasskeyAdapterError } from '../src/index.js';
import type { PasskeyCredential } from '../src/index.js';
import type { PasskeyCredentials } from '../src/passkey-credentials/passkey-credentials.js';
import { approvalRequestOptions, storedCredential } from '../test/support/drive.js';
import { scriptedAdapter } from '../test/support/scripted-adapter.js';
import type { Cue } from '../test/support/scripted-adapter.js';
import { stageDirective, untilStaged } from '../test/support/stage.js';
import type { Driver } from '../test/support/stage.js';
import type * as S from '../test/support/story.js';
import { surface, themeAndLanguage } from '../test/support/surface.js';

interface Args extends S.SurfaceArgs {
  registration: 'enabled' | 'disabled' | 'hidden';
}

type Story = S.Story<Args, PasskeyCredentials>;

const day = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const SAMPLE: PasskeyCredential[] = [
  storedCredential('MacBook Pro (Work)', {
    id: 'Y3JlZC1tYWNib29r',
    aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', // iCloud Keychain
    createdAt: ago(120 * day),
    lastUsedAt: ago(2 * 3600_000),
    backedUp: true,
  }),
  storedCredential('Backup YubiKey', {
    id: 'Y3JlZC15dWJpa2V5',
    createdAt: ago(300 * day),
    lastUsedAt: ago(40 * day),
    backedUp: false,
    transports: ['usb', 'nfc'],
  }),
  storedCredential('Old Android phone', {
    id: 'Y3JlZC1hbmRyb2lk',
    aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', // Google Password Manager
    createdAt: ago(700 * day),
    active: false,
  }),
];

const scripted =
  (cues: Record<string, Cue> = {}) =>
  () =>
    scriptedAdapter({
      listCredentials: { resolve: SAMPLE },
      approvalOptions: { resolve: null },
      ...cues,
    });

/** Waits for the list (or its error) to settle. */
async function settled(el: PasskeyCredentials): Promise<PasskeyCredentials> {
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    if (root.querySelector('.list, .empty, [part=error]')) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  // Provider names (and icons) load on demand after the list.
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return el;
}

const button = (el: PasskeyCredentials, selector: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

/** Waits until `selector` shows (a click may first load the code for changes). */
async function until(el: PasskeyCredentials, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${selector} never showed`);
}

/** Opens row `n`'s "⋯" menu (the menu button of the WAI-ARIA pattern) and picks item `item`. */
async function fromMenu(el: PasskeyCredentials, n: number, item: 'first' | 'last'): Promise<void> {
  el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-haspopup=menu]')[n].click();
  await until(el, `[role=menu] [role=menuitem]:${item}-child`);
  button(el, `[role=menu] [role=menuitem]:${item}-child`).click();
  await el.updateComplete;
}

export default {
  title: 'Elements/passkey-credentials',
  component: 'passkey-credentials',
  args: { theme: 'light', registration: 'enabled' },
  argTypes: {
    ...themeAndLanguage,
    registration: { control: 'inline-radio', options: ['enabled', 'disabled', 'hidden'] },
  },
  parameters: { adapter: scripted() } satisfies S.StoryParameters<PasskeyCredentials>,
  render: (args: Args, context: S.RenderContext<PasskeyCredentials>) =>
    surface(
      args.theme,
      html`<passkey-credentials
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        registration=${args.registration}
        .adapter=${context.parameters.adapter?.()}
        ${stageDirective(context)}
      ></passkey-credentials>`,
    ),
  // The render drives the element (so Docs pages show the state too); play waits for it.
  play: untilStaged,
};

/** Waits for the list to settle and then waits for nothing more. */
const listed: Driver<PasskeyCredentials> = async (el) => void (await settled(el));

export const List: Story = {
  name: 'List: providers, synced, turned off',
  parameters: { stage: listed },
};

export const OnlyActive: Story = {
  name: 'List: the last active passkey',
  parameters: { adapter: scripted({ listCredentials: { resolve: [SAMPLE[0]] } }), stage: listed },
};

export const Loading: Story = {
  name: 'Loading: the list',
  parameters: { adapter: scripted({ listCredentials: { hang: true } }) },
};

export const Empty: Story = {
  name: 'Empty: no passkeys yet',
  parameters: { adapter: scripted({ listCredentials: { resolve: [] } }), stage: listed },
};

export const LoadError: Story = {
  name: 'Error: network',
  parameters: {
    docs: { description: { story: 'The list can’t be loaded.' } },
    adapter: scripted({ listCredentials: { reject: new PasskeyAdapterError('network') } }),
    stage: listed,
  },
};

export const Renaming: Story = {
  name: 'Renaming: an invalid name',
  parameters: {
    stage: async (el) => {
      await settled(el);
      await fromMenu(el, 0, 'first');
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('.rename input')!;
      input.value = '   ';
      button(el, '.rename button[type=submit]').click();
      await el.updateComplete;
    },
  },
};

export const ConfirmDelete: Story = {
  name: 'Deleting: confirm',
  parameters: {
    stage: async (el) => {
      await settled(el);
      await fromMenu(el, 0, 'last');
      await until(el, '.confirm');
    },
  },
};

export const Menu: Story = {
  name: 'List: the actions menu',
  parameters: {
    stage: async (el) => {
      await settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-haspopup=menu]')!.click();
      await until(el, '[role=menu]');
    },
  },
};

/** Turns the first passkey off and waits until `selector` shows. */
const toggleUntil =
  (selector: string): Driver<PasskeyCredentials> =>
  async (el) => {
    await settled(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('.item input[role=switch]')!.click();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector(selector); i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
  };

export const ApprovalPrompt: Story = {
  name: 'Approving: with an existing passkey',
  parameters: {
    adapter: scripted({
      approvalOptions: { resolve: approvalRequestOptions() },
    }),
    stage: toggleUntil('dialog.approval[open]'),
  },
};

export const Forbidden: Story = {
  name: 'Error: forbidden',
  parameters: {
    docs: { description: { story: 'The server refuses a change (turning a passkey off).' } },
    adapter: scripted({ updateCredential: { reject: new PasskeyAdapterError('forbidden') } }),
    stage: toggleUntil('[role=alert]'),
  },
};

export const RegistrationDisabled: Story = {
  name: 'Adding: not allowed',
  args: { registration: 'disabled' },
  parameters: { stage: listed },
};

export const Adding: Story = {
  name: 'Adding: a passkey',
  parameters: {
    stage: async (el) => {
      await settled(el);
      button(el, '.header .add').click();
      await until(el, 'dialog.adding[open] passkey-register');
    },
  },
};

const LONG = 'Work-laptop-of-Alexandra-Konstantinopoulou-in-the-Frankfurt-HQ-1';

export const LongNames: Story = {
  name: 'Deleting: a 64-character name',
  parameters: {
    adapter: scripted({
      listCredentials: {
        resolve: [{ ...SAMPLE[0], name: LONG }, SAMPLE[1]],
      },
    }),
    stage: async (el) => {
      await settled(el);
      await fromMenu(el, 0, 'last');
      await until(el, '.confirm');
    },
  },
};

export const LongNameApproval: Story = {
  name: 'Approving: a 64-character name',
  parameters: {
    adapter: scripted({
      listCredentials: { resolve: [{ ...SAMPLE[0], name: LONG }, SAMPLE[1]] },
      approvalOptions: { resolve: approvalRequestOptions() },
    }),
    stage: async (el) => {
      await settled(el);
      await fromMenu(el, 0, 'last');
      button(el, '.confirm .danger').click();
      await until(el, 'dialog.approval[open]');
    },
  },
};
