/** <passkey-qr> on its own: any text as an accessible SVG QR code. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/passkey-qr/define.js';
import { surface, themeAndLanguage } from '../test/support/surface.js';
import type * as S from '../test/support/story.js';

interface Args extends S.SurfaceArgs {
  value: string;
  label?: string;
}

interface Story {
  name?: string;
  args?: Partial<Args>;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** Waits for the code to be drawn (the encoder loads on first use). */
const drawn: Story['play'] = async ({ canvasElement }) => {
  const qr = canvasElement.querySelector('passkey-qr')!;
  await qr.updateComplete;
  await qr.drawn;
  await qr.updateComplete;
};

export default {
  title: 'Elements/passkey-qr',
  component: 'passkey-qr',
  args: {
    theme: 'light',
    value: 'https://portal.example.com/phone.html#p53VsXatm7t16KC21hJgF9RxUBWS2Y65q9h_zSE2iSk',
    label: 'QR code with a link to add a passkey on your phone',
  },
  argTypes: {
    ...themeAndLanguage,
    value: { control: 'text' },
    label: { control: 'text' },
  },
  render: (args: Args) =>
    surface(
      args.theme,
      html`<passkey-qr
        lang=${ifDefined(args.lang || undefined)}
        value=${args.value}
        label=${args.label ?? ''}
      ></passkey-qr>`,
    ),
};

export const Link: Story = { name: 'QR: a link', play: drawn };

export const NonAscii: Story = {
  name: 'QR: non-ASCII text',
  args: { value: 'Grüße aus Köln — 東京 🔑', label: 'QR code' },
  play: drawn,
};

export const TooLong: Story = {
  name: 'QR: text too long for a code',
  args: { value: 'x'.repeat(5000), label: 'QR code' },
  play: drawn,
};
