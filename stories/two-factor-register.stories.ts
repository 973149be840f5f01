/**
 * <two-factor-register>: the tabs, which show and in what order, with a scripted adapter. Each
 * tab's own states are in its element's stories (passkey-credentials, two-factor-recovery-codes,
 * two-factor-totp).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { TwoFactorRegister } from '../src/two-factor-register/two-factor-register.js';
import { storedCredential } from '../test/support/drive.js';
import { scriptedAdapter } from '../test/support/scripted-adapter.js';
import { stageDirective, untilStaged } from '../test/support/stage.js';
import type { Driver } from '../test/support/stage.js';
import type * as S from '../test/support/story.js';
import { surface } from '../test/support/surface.js';

interface Args extends S.SurfaceArgs {
  methods: string;
}

type Story = S.Story<Args, TwoFactorRegister>;

const day = 86_400_000;

const every = () =>
  scriptedAdapter({
    listCredentials: {
      resolve: [
        storedCredential('MacBook Pro (Work)', {
          aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
          createdAt: new Date(Date.now() - 120 * day).toISOString(),
          lastUsedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
        }),
      ],
    },
    approvalOptions: { resolve: null },
    totpStatus: { resolve: { configured: false } },
    startTotp: { hang: true },
    verifyTotp: { hang: true },
    removeTotp: { hang: true },
    recoveryCodesStatus: { resolve: { configured: true, remaining: 8, total: 10 } },
    generateRecoveryCodes: { hang: true },
    confirmRecoveryCodes: { hang: true },
  });

/** Only passkey methods, as createFetchAdapter gives without `twoFactorUrl`. */
const passkeysOnly = () =>
  scriptedAdapter({ listCredentials: { resolve: [] }, approvalOptions: { resolve: null } });

/** Waits until the open panel has rendered its element. */
const opened =
  (tag: string): Driver<TwoFactorRegister> =>
  async (el) => {
    for (let i = 0; i < 300; i++) {
      const inner = el.shadowRoot!.querySelector<HTMLElement>(
        `[role=tabpanel]:not([hidden]) ${tag}`,
      );
      if (inner?.shadowRoot?.querySelector('.status, .list, .empty, [part=error], .card')) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`${tag} never showed`);
  };

export default {
  title: 'Elements/two-factor-register',
  component: 'two-factor-register',
  args: { theme: 'light', methods: 'passkey totp recovery' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'ar'] },
    methods: { control: 'text' },
  },
  parameters: { adapter: every } satisfies S.StoryParameters<TwoFactorRegister>,
  render: (args: Args, context: S.RenderContext<TwoFactorRegister>) =>
    surface(
      args.theme,
      html`<two-factor-register
        lang=${ifDefined(args.lang || undefined)}
        theme=${args.theme}
        methods=${args.methods}
        .adapter=${context.parameters.adapter?.()}
        ${stageDirective(context)}
      ></two-factor-register>`,
    ),
  play: untilStaged,
};

export const Passkeys: Story = {
  name: 'Tabs: Passkeys open',
  parameters: { stage: opened('passkey-credentials') },
};

export const Recovery: Story = {
  name: 'Tabs: Recovery codes open',
  parameters: {
    stage: async (el) => {
      el.selected = 'recovery';
      await opened('two-factor-recovery-codes')(el);
    },
  },
};

export const Totp: Story = {
  name: 'Tabs: Authenticator app open',
  parameters: {
    stage: async (el) => {
      el.selected = 'totp';
      await opened('two-factor-totp')(el);
    },
  },
};

export const Order: Story = {
  name: 'Tabs: chosen order, recovery codes first',
  args: { methods: 'recovery passkey' },
  parameters: { stage: opened('two-factor-recovery-codes') },
};

export const PasskeysOnly: Story = {
  name: 'Tabs: an adapter with passkey methods only',
  parameters: { adapter: passkeysOnly, stage: opened('passkey-credentials') },
};

export const Arabic: Story = {
  name: 'Tabs: Arabic, right to left',
  args: { lang: 'ar' },
  parameters: {
    stage: async (el) => {
      el.selected = 'recovery';
      await opened('two-factor-recovery-codes')(el);
    },
  },
};
