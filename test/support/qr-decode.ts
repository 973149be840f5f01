import jsQR from 'jsqr';
import type { PasskeyQr } from '../../src/passkey-qr/passkey-qr.js';

/** Rasterizes the drawn SVG in the browser and decodes it with jsQR, an independent decoder. */
export async function decodeQr(el: PasskeyQr): Promise<string | undefined> {
  const svgEl = el.shadowRoot!.querySelector('svg')!;
  const modules = svgEl.viewBox.baseVal.width;
  const scale = 6;
  const markup = new XMLSerializer().serializeToString(svgEl);
  const img = new Image(modules * scale, modules * scale);
  img.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = new OffscreenCanvas(modules * scale, modules * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(img, 0, 0, modules * scale, modules * scale);
  const { data, width, height } = ctx.getImageData(0, 0, modules * scale, modules * scale);
  return jsQR(data, width, height)?.data;
}
