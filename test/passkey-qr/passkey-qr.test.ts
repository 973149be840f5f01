import { expect, fixture, html } from '@open-wc/testing';
import '../../src/passkey-qr/define.js';
import type { PasskeyQr } from '../../src/passkey-qr/passkey-qr.js';
import { enQr } from '../../src/strings.js';
import { decodeQr as decode } from '../support/qr-decode.js';

const qrcodeLoaded = () =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('/node_modules/qrcode/'));

async function draw(value: string, theme = ''): Promise<PasskeyQr> {
  const el = await fixture<PasskeyQr>(
    html`<passkey-qr value=${value} data-theme=${theme}></passkey-qr>`,
  );
  await el.drawn;
  await el.updateComplete;
  return el;
}

const url150 = `https://portal.example.com/phone.html#${'A1b2C3d4E5'.repeat(10)}`.padEnd(150, 'x');

describe('<passkey-qr>', () => {
  it('does not load the encoder before the first code is drawn', async () => {
    expect(customElements.get('passkey-qr')).to.exist;
    expect(qrcodeLoaded()).to.equal(false);
    await draw('https://example.com');
    expect(qrcodeLoaded()).to.equal(true);
  });

  const samples: [string, string][] = [
    ['a short text', 'hi'],
    ['a 150-character URL', url150],
    ['non-ASCII text', 'Grüße aus Köln — 東京 🔑'],
    ['a long text (700 characters)', 'passkey '.repeat(88)],
  ];
  for (const [label, text] of samples) {
    it(`draws ${label} that decodes back to exactly the same text`, async () => {
      expect(text.length).to.be.greaterThan(0);
      const el = await draw(text);
      expect(await decode(el)).to.equal(text);
    });
  }

  it('draws crisp dark modules on white with a 4-module quiet zone', async () => {
    const el = await draw(url150);
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    expect(svgEl.getAttribute('shape-rendering')).to.equal('crispEdges');
    expect(svgEl.querySelector('rect')!.getAttribute('fill')).to.equal('#fff');
    expect(svgEl.querySelector('path')!.getAttribute('fill')).to.equal('#000');
    // The first dark module (the finder pattern's corner) sits 4 modules in.
    expect(svgEl.querySelector('path')!.getAttribute('d')).to.match(/^M4 4h/);
  });

  it('is an image with a label, and shows the text for copying', async () => {
    const el = await draw(url150);
    const img = el.shadowRoot!.querySelector('[role=img]')!;
    expect(img.getAttribute('aria-label')).to.equal(enQr.label);
    expect(el.shadowRoot!.querySelector('[part=link]')!.textContent).to.equal(url150);
    expect(el.shadowRoot!.querySelector('[part=copy]')!.textContent).to.contain(enQr.copy);
    await expect(el).to.be.accessible();
  });

  it('shows a clear error for text too long for any QR code', async () => {
    const el = await draw('x'.repeat(5000));
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    // Read as text, not hidden inside an image's label: no role=img when nothing was drawn.
    expect(el.shadowRoot!.querySelector('[role=img]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain(enQr.tooLong);
    await expect(el).to.be.accessible();
  });

  it('redraws when the value changes, and ignores a stale draw', async () => {
    const el = await draw('first');
    el.value = 'second';
    await el.updateComplete;
    el.value = 'third';
    await el.updateComplete;
    await el.drawn;
    await el.updateComplete;
    expect(await decode(el)).to.equal('third');
  });
});
