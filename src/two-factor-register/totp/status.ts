/** The check of the adapter's status replies, which the status view needs (small, first load). */
import type { TotpStatus } from '../../adapter.js';
import { PasskeyAdapterError } from '../../internal/errors.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isDate = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 64 && Number.isFinite(Date.parse(v));

/**
 * Checks `totpStatus`'s and `verifyTotp`'s reply: `configured` must be a boolean; a name that
 * isn't a usable one (empty, over 64 characters) or a date that isn't one is left out.
 */
export function parseTotpStatus(raw: unknown): TotpStatus {
  if (!isObject(raw) || typeof raw.configured !== 'boolean')
    throw new PasskeyAdapterError('invalid-response', 'TOTP status');
  const { configured, name, createdAt } = raw;
  const status: TotpStatus = { configured };
  if (typeof name === 'string' && name.trim() && [...name].length <= 64) status.name = name;
  if (isDate(createdAt)) status.createdAt = createdAt;
  return status;
}
