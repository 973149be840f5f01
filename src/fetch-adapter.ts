/**
 * `createFetchAdapter`: a ready adapter for servers that speak the fetch protocol (documented in
 * the README, and in ./fetch-protocol.ts). Its protocol code loads with the adapter's first call,
 * which comes after the user's first action, so the README's quick start stays small; a failed
 * load reads as `network`, and the next call tries again.
 */
import { TWO_FACTOR_METHODS } from './two-factor-methods.js';
import type { PasskeyAdapter, PasskeyMethods, TwoFactorMethods } from './adapter.js';
import { PasskeyAdapterError } from './internal/errors.js';
import { once } from './internal/once.js';
import type { FetchAdapterOptions } from './fetch-protocol.js';

export type { FetchAdapterOptions } from './fetch-protocol.js';

const PASSKEY_METHODS: (keyof PasskeyMethods)[] = [
  'registrationOptions',
  'verifyRegistration',
  'listCredentials',
  'startHandoff',
  'awaitHandoff',
  'cancelHandoff',
  'handoffDetails',
  'declineHandoff',
  'approvalOptions',
  'updateCredential',
  'deleteCredential',
];

/**
 * Creates an adapter for servers that speak the passkey-register fetch protocol. With
 * `twoFactorUrl`, it also has the authenticator-app and recovery-code methods.
 */
export function createFetchAdapter(
  options: FetchAdapterOptions & { twoFactorUrl: string },
): Required<PasskeyAdapter>;
export function createFetchAdapter(options: FetchAdapterOptions): Required<PasskeyMethods>;
export function createFetchAdapter(
  options: FetchAdapterOptions,
): Required<PasskeyMethods> & TwoFactorMethods {
  const load = once(() =>
    import('./fetch-protocol.js').then(
      (m) => m.fetchProtocol(options),
      () => {
        throw new PasskeyAdapterError('network', 'The passkey code could not be loaded.');
      },
    ),
  );
  const adapter: Record<string, unknown> = {};
  for (const name of [
    ...PASSKEY_METHODS,
    // Only with `twoFactorUrl`: without them, <two-factor-register> hides those tabs.
    ...(options.twoFactorUrl === undefined ? [] : TWO_FACTOR_METHODS),
  ])
    adapter[name] = (...args: unknown[]) =>
      load().then((protocol) => (protocol[name] as (...a: unknown[]) => unknown)(...args));
  return adapter as Required<PasskeyAdapter>;
}
