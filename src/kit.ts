/**
 * What both elements share around the adapter and the browser: the WebAuthn boundary
 * (webauthn.ts, with @simplewebauthn/browser) and the reply validators (validate.ts), loaded on
 * demand, on the first sign of intent or with the first adapter call rather than with the page;
 * the error codes; and adapter calls with a timeout.
 */
import { ADAPTER_ERROR_CODES, PasskeyAdapterError } from './adapter.js';
import type { PasskeyErrorCode } from './flow-controller.js';
import type * as Validate from './validate.js';
import type * as WebAuthn from './webauthn.js';

type Kit = typeof WebAuthn & typeof Validate;
let kit: Kit | undefined;
let kitLoad: Promise<Kit> | undefined;

/**
 * Loads the kit once per page. Every step that can start a ceremony is reached only after this
 * has resolved, so a click still reaches `navigator.credentials` in its own task. A failed load
 * reads as `network`, and the next try loads again.
 */
export function loadFlowKit(): Promise<Kit> {
  kitLoad ??= Promise.all([import('./webauthn.js'), import('./validate.js')]).then(
    ([webauthn, validate]) => (kit = { ...webauthn, ...validate }),
    () => {
      kitLoad = undefined;
      throw new PasskeyAdapterError('network', 'The passkey code could not be loaded.');
    },
  );
  return kitLoad;
}

/** The loaded kit, for paths that only run after `loadFlowKit()` resolved. */
export function loadedFlowKit(): Kit {
  if (!kit) throw new Error('loadFlowKit() first');
  return kit;
}

/** The code of any error a flow step can throw. */
export function errorCode(err: unknown): PasskeyErrorCode {
  try {
    // Only codes the widget has words for: a JS adapter may invent its own.
    if (err instanceof PasskeyAdapterError && ADAPTER_ERROR_CODES.includes(err.code))
      return err.code;
    if (
      kit &&
      err instanceof kit.PasskeyWebAuthnError &&
      kit.WEBAUTHN_ERROR_CODES.includes(err.code)
    )
      return err.code;
  } catch {
    // A hostile Proxy throws even on instanceof.
  }
  // Anything else an adapter throws is the server side failing in a way it didn't describe.
  return 'server';
}

/**
 * Runs an adapter call under `parent` with a timeout: a hang, even one that ignores its
 * signal, becomes `network`, and the call's own signal is aborted.
 */
export async function callWithTimeout<T>(
  parent: AbortSignal,
  ms: number,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const call = new AbortController();
  const onAbort = () => call.abort();
  parent.addEventListener('abort', onAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(() => {
        // A run that ended first (the element removed, the user cancelled) sends nothing.
        if (call.signal.aborted || parent.aborted) throw new DOMException('Aborted', 'AbortError');
        return fn(call.signal);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // Rejected before the abort, so the race settles as `network`.
          reject(new PasskeyAdapterError('network', 'The server did not answer in time.'));
          call.abort();
        }, ms);
        // Ended by the run (removed, cancelled): settle now, so the timer is cleared even if the
        // adapter ignores its signal.
        call.signal.addEventListener(
          'abort',
          () => reject(new DOMException('Aborted', 'AbortError')),
          { once: true },
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    parent.removeEventListener('abort', onAbort);
  }
}
