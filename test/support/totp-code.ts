/**
 * RFC 4226 HOTP and RFC 6238 TOTP, written for the tests on the browser's Web Crypto HMAC: an
 * implementation independent of the reference RP's library (otpauth), so a test that computes
 * a code with it checks the RP rather than the library against itself. Also base32 (RFC 4648)
 * and a reader for the otpauth:// key URI.
 */

export type TotpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (upper case, padding optional) to bytes; throws on any other character. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = BASE32.indexOf(ch);
    if (i < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The HOTP value for `counter` (RFC 4226 §5.3: HMAC, dynamic truncation, modulo 10^digits). */
export async function hotp(
  key: Uint8Array,
  counter: number,
  { algorithm = 'SHA-1', digits = 6 }: { algorithm?: TotpAlgorithm; digits?: number } = {},
): Promise<string> {
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash: algorithm },
    false,
    ['sign'],
  );
  const message = new ArrayBuffer(8);
  new DataView(message).setBigUint64(0, BigInt(counter));
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, message));
  const offset = mac[mac.length - 1] & 0x0f;
  const binary =
    ((mac[offset] & 0x7f) << 24) |
    (mac[offset + 1] << 16) |
    (mac[offset + 2] << 8) |
    mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The RFC 6238 time step at `ms` (T0 = 0). */
export const timeStep = (ms: number, period = 30) => Math.floor(ms / 1000 / period);

/** The TOTP code at `ms`. */
export const totp = (
  key: Uint8Array,
  ms: number,
  opts: { algorithm?: TotpAlgorithm; digits?: number; period?: number } = {},
) => hotp(key, timeStep(ms, opts.period), opts);

/** The parts of an otpauth://totp/ key URI (Google's Key URI format). */
export function readKeyUri(uri: string) {
  const url = new URL(uri);
  return {
    protocol: url.protocol,
    type: url.host,
    label: decodeURIComponent(url.pathname.slice(1)),
    params: Object.fromEntries(url.searchParams),
  };
}
