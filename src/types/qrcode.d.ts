// qrcode's core encoder, imported directly: the package entry also pulls in its canvas and
// string renderers, which we don't use (about 1.6 KB gzip more).
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(
    text: string,
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
  ): { modules: { size: number; data: Uint8Array } };
  /** module.exports, which is all that some bundlers (esbuild) give a dynamic import. */
  const qrcode: { create: typeof create };
  export default qrcode;
}
