/**
 * `createFetchAdapter`: a ready adapter for servers that speak the fetch protocol (documented in
 * the README, and in ./fetch-protocol.ts). Its protocol code loads with the adapter's first call,
 * which comes after the user's first action, so the README's quick start stays small; a failed
 * load reads as `network`, and the next call tries again.
 */
import type { PasskeyMethods } from './adapter.js';
import { PasskeyAdapterError } from './internal/errors.js';
import { once } from './internal/once.js';
import type { FetchAdapterOptions } from './fetch-protocol.js';

export type { FetchAdapterOptions } from './fetch-protocol.js';

/** Creates an adapter for servers that speak the passkey-register fetch protocol. */
export function createFetchAdapter(options: FetchAdapterOptions): Required<PasskeyMethods> {
  const load = once(() =>
    import('./fetch-protocol.js').then(
      (m) => m.fetchProtocol(options),
      () => {
        throw new PasskeyAdapterError('network', 'The passkey code could not be loaded.');
      },
    ),
  );
  const method =
    <M extends keyof PasskeyMethods>(name: M) =>
    (...args: unknown[]) =>
      load().then((adapter) => (adapter[name] as (...a: unknown[]) => unknown)(...args));
  return {
    registrationOptions: method('registrationOptions'),
    verifyRegistration: method('verifyRegistration'),
    listCredentials: method('listCredentials'),
    startHandoff: method('startHandoff'),
    awaitHandoff: method('awaitHandoff'),
    cancelHandoff: method('cancelHandoff'),
    handoffDetails: method('handoffDetails'),
    declineHandoff: method('declineHandoff'),
    approvalOptions: method('approvalOptions'),
    updateCredential: method('updateCredential'),
    deleteCredential: method('deleteCredential'),
  } as Required<PasskeyMethods>;
}
