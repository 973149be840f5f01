/**
 * Every way a passkey action can fail, each with its own message: the codes (each list written
 * once, its type derived from it), the two errors that carry them, `errorCode()` that reads any
 * thrown value as one of them, and adapter calls with a timeout. Small and free of the WebAuthn
 * code, so both elements' first views can word an error.
 */

/** What a failed adapter call means, so the UI can word it. */
export const ADAPTER_ERROR_CODES = [
  'forbidden',
  'unauthenticated',
  'conflict',
  'expired',
  'rate-limited',
  'declined',
  'rejected',
  'server',
  'network',
  'invalid-response',
  // The phone's handoff link: already used to add a passkey; expired, cancelled or unknown.
  'link-used',
  'link-invalid',
  // A one-time code (authenticator app or recovery code) that the server did not accept.
  'invalid-code',
] as const;
export type PasskeyAdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/** Why a WebAuthn ceremony failed, in terms the UI can word. */
export const WEBAUTHN_ERROR_CODES = [
  'cancelled',
  'timeout',
  'already-registered',
  'unsupported-authenticator',
  'not-supported',
  'misconfigured',
  'frame-not-allowed',
  'aborted',
  'unknown',
] as const;
export type WebAuthnErrorCode = (typeof WEBAUTHN_ERROR_CODES)[number];

/**
 * Every way the flow can fail, each with its own message. `unconfirmed`: the call that saves the
 * passkey got no answer, so it may have been saved or not.
 */
export type PasskeyErrorCode =
  PasskeyAdapterErrorCode | WebAuthnErrorCode | 'no-adapter' | 'unconfirmed';

/** The error an adapter throws (or rejects with) when a call fails. */
export class PasskeyAdapterError extends Error {
  override readonly name = 'PasskeyAdapterError';
  constructor(
    /** What kind of failure this is. */
    readonly code: PasskeyAdapterErrorCode,
    message: string = code,
    /** The HTTP status, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A WebAuthn ceremony failed (see webauthn.ts, which maps the browser's errors to these). */
export class PasskeyWebAuthnError extends Error {
  override readonly name = 'PasskeyWebAuthnError';
  constructor(
    readonly code: WebAuthnErrorCode,
    override readonly cause?: unknown,
  ) {
    super(code);
  }
}

const isOneOf = <T extends string>(list: readonly T[], code: unknown): code is T =>
  (list as readonly unknown[]).includes(code);

/** The code of any error a flow step can throw. */
export function errorCode(err: unknown): PasskeyErrorCode {
  try {
    // Only codes the widget has words for: a JS adapter may invent its own.
    if (err instanceof PasskeyAdapterError && isOneOf(ADAPTER_ERROR_CODES, err.code))
      return err.code;
    if (err instanceof PasskeyWebAuthnError && isOneOf(WEBAUTHN_ERROR_CODES, err.code))
      return err.code;
  } catch {
    // A hostile Proxy throws even on instanceof.
  }
  // Anything else an adapter throws is the server side failing in a way it didn't describe.
  return 'server';
}

/** Whether `code` comes from a WebAuthn ceremony (the server never saw it). */
export const isCeremonyCode = (code: PasskeyErrorCode): code is WebAuthnErrorCode =>
  isOneOf(WEBAUTHN_ERROR_CODES, code);

/**
 * Runs an adapter call under `parent` with a timeout: a hang, even one that ignores its
 * signal, becomes `network`, and the call's own signal is aborted.
 */
export async function callWithTimeout<T>(
  parent: AbortSignal,
  ms: number,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  // `adapter-timeout` is the host's: NaN, Infinity, 0 or less mean the default, and past
  // 2^31 - 1 ms setTimeout would fire at once.
  ms = ms > 0 && ms < Infinity ? Math.min(ms, 2_147_483_647) : 30_000;
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
