/**
 * The QR layer: text → module matrix (qrcode, loaded on first use) → one SVG path.
 * Knows nothing of the rest of the widget.
 */

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major, 1 = dark. */
  data: Uint8Array;
}

/** The quiet zone the QR specification asks for, in modules. */
export const QUIET_ZONE = 4;

export class QrTooLongError extends Error {
  override readonly name = 'QrTooLongError';
}

/** Encodes text with error correction M. qrcode is imported here, on demand. */
export async function encodeQr(text: string): Promise<QrMatrix> {
  // qrcode is CommonJS, and bundlers differ on what import() of it gives: Vite, Rollup and
  // webpack give named exports, esbuild only `default` (module.exports). Take either.
  const qrcode = await import('qrcode/lib/core/qrcode.js');
  const create = qrcode.create ?? qrcode.default.create;
  try {
    return create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch (err) {
    // qrcode throws a plain Error for data beyond version 40's capacity.
    if (/too big|amount of data/i.test(String(err))) throw new QrTooLongError(String(err));
    throw err;
  }
}

/**
 * One path for all dark modules, offset by the quiet zone: a run of dark modules in a row
 * becomes a single horizontal rectangle, which keeps the path short.
 */
export function qrPath({ size, data }: QrMatrix): string {
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      const start = x;
      while (x + 1 < size && data[y * size + x + 1]) x++;
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  }
  return d;
}
