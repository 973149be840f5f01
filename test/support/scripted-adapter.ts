/**
 * An adapter that does what each test or story tells it: resolve with a value, reject with an
 * error, hang until aborted, or pass through to a real adapter. It records every call.
 */
import { TWO_FACTOR_METHODS } from '../../src/two-factor-methods.js';
import type { TwoFactorMethodName } from '../../src/two-factor-methods.js';
import type { PasskeyAdapter } from '../../src/index.js';

export type Cue<T = unknown> =
  | { resolve: T }
  | { reject: unknown }
  | { hang: true }
  | { passthrough: true }
  | { run: (signal: AbortSignal) => Promise<T> };

type Method =
  | 'registrationOptions'
  | 'verifyRegistration'
  | 'listCredentials'
  | 'startHandoff'
  | 'awaitHandoff'
  | 'handoffDetails'
  | 'declineHandoff'
  | 'approvalOptions'
  | 'updateCredential'
  | 'deleteCredential'
  | TwoFactorMethodName;

/** Optional methods exist only when cued (or the real adapter has them), as with a real adapter. */
const OPTIONAL: Method[] = [
  'startHandoff',
  'awaitHandoff',
  'handoffDetails',
  'declineHandoff',
  'approvalOptions',
  'updateCredential',
  'deleteCredential',
  ...TWO_FACTOR_METHODS,
];

export interface ScriptedAdapter extends PasskeyAdapter {
  /** Every call made, in order, with its signal. */
  calls: { method: Method; args: unknown[]; signal: AbortSignal }[];
  /** Changes what a method does from now on. */
  cue(method: Method, cue: Cue): void;
}

export function scriptedAdapter(
  cues: { [M in Method]?: Cue } = {},
  real?: PasskeyAdapter,
): ScriptedAdapter {
  const script: { [M in Method]?: Cue } = { ...cues };
  const calls: ScriptedAdapter['calls'] = [];

  function play(method: Method, args: unknown[], signal: AbortSignal): Promise<never> {
    calls.push({ method, args, signal });
    const cue = script[method] ?? { passthrough: true };
    if ('resolve' in cue) return Promise.resolve(cue.resolve as never);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- odd rejection values are the point
    if ('reject' in cue) return Promise.reject(cue.reject);
    if ('run' in cue) return cue.run(signal) as Promise<never>;
    if ('hang' in cue) {
      // Settles only when aborted, like a well-behaved fetch.
      return new Promise((_, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    if (!real?.[method])
      return Promise.reject(new Error(`No cue and no real adapter for ${method}`));
    return (real[method] as (...a: unknown[]) => Promise<never>).call(real, ...args, signal);
  }

  const adapter: ScriptedAdapter = {
    calls,
    cue: (method, cue) => {
      script[method] = cue;
    },
    registrationOptions: (req, signal) => play('registrationOptions', [req], signal),
    verifyRegistration: (req, signal) => play('verifyRegistration', [req], signal),
    listCredentials: (signal) => play('listCredentials', [], signal),
  };
  for (const method of OPTIONAL) {
    if (!script[method] && !real?.[method]) continue;
    // The signal is always the last argument (updateCredential takes four).
    Object.assign(adapter, {
      [method]: (...args: unknown[]) => play(method, args.slice(0, -1), args.at(-1) as AbortSignal),
    });
  }
  return adapter;
}
