/**
 * Names the passkey provider from a credential's AAGUID, using the community list shipped in
 * src/data. Names load with the first list that needs them; icons (most of the size) only when
 * a known provider is actually shown.
 */
import type { PasskeyCredential } from './adapter.js';
import { once } from './internal/once.js';

const names = once(() => import('./data/aaguid-names.json'));
const icons = once(() => import('./data/aaguid-icons.json'));

/** Provider names by AAGUID; none while they can't load (the next list tries again). */
export function providerNames(): Promise<Record<string, string>> {
  return names().then(
    (m) => m.default as Record<string, string>,
    () => ({}),
  );
}

/** Provider icons by AAGUID; none while they can't load (the next list tries again). */
export function providerIcons(): Promise<Record<string, { light?: string; dark?: string }>> {
  return icons().then(
    (m) => m.default as Record<string, { light?: string; dark?: string }>,
    () => ({}),
  );
}

/** The provider's name from the server, else from the AAGUID list, else undefined. */
export function providerName(
  c: PasskeyCredential,
  list: Record<string, string>,
): string | undefined {
  return c.provider?.name ?? (c.aaguid ? list[c.aaguid] : undefined);
}

/** A security key, by its transports: reached over USB, NFC or BLE, and never built in or hybrid. */
export function looksLikeSecurityKey(c: PasskeyCredential): boolean {
  const t = c.transports ?? [];
  return (
    t.some((x) => x === 'usb' || x === 'nfc' || x === 'ble') &&
    !t.some((x) => x === 'internal' || x === 'hybrid')
  );
}
