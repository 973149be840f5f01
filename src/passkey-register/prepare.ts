/** Before a choice: what the browser can do, and the adapter's creation options, checked. */
import type { PasskeyAdapter, RegistrationOptionsRequest } from '../adapter.js';
import { PasskeyWebAuthnError } from '../internal/errors.js';
import { parseCreationOptions } from '../validate.js';
import { detectCapabilities } from '../webauthn.js';

/**
 * Detects the browser's capabilities (not-supported when it has no WebAuthn), then fetches the
 * creation options for `req` through `call` (the flow's timeout and abort) and validates them.
 */
export async function prepare(
  adapter: PasskeyAdapter,
  req: RegistrationOptionsRequest,
  call: <T>(fn: (signal: AbortSignal) => Promise<T>) => Promise<T>,
) {
  const capabilities = await detectCapabilities();
  if (!capabilities.webauthn) throw new PasskeyWebAuthnError('not-supported');
  const raw = await call((signal) => adapter.registrationOptions(req, signal));
  return { capabilities, options: parseCreationOptions(raw, location.hostname) };
}
