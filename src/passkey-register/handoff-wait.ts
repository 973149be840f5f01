/** The desktop's wait for the phone during a handoff, bounded by the link's expiry. */
import type { HandoffStart, PasskeyAdapter } from '../adapter.js';
import { callWithTimeout, errorCode } from '../internal/errors.js';

export const EXPIRED = Symbol('handoff expired');

/**
 * Waits for the phone to finish: the adapter's `awaitHandoff`, raced with `run`'s signal so an
 * adapter that ignores it still can't outlive the expiry. Expiry aborts `run` at once (ending
 * the adapter's polling) and resolves to `EXPIRED`; otherwise resolves with the adapter's reply.
 */
export async function awaitPhone(
  adapter: PasskeyAdapter,
  handoff: HandoffStart,
  run: AbortController,
): Promise<unknown> {
  const timer = setTimeout(
    () => run.abort(EXPIRED),
    // Clamped: past 2^31 - 1 ms, setTimeout would fire at once.
    Math.min(2_147_483_647, Math.max(0, Date.parse(handoff.expiresAt) - Date.now())),
  );
  try {
    return await Promise.race([
      Promise.resolve().then(() => adapter.awaitHandoff!(handoff.id, run.signal)),
      new Promise<never>((_, reject) =>
        run.signal.addEventListener('abort', () => reject(new Error('ended')), { once: true }),
      ),
    ]);
  } catch (err) {
    if (run.signal.reason !== EXPIRED && errorCode(err) !== 'expired') throw err;
    run.abort(EXPIRED);
    return EXPIRED;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ends a link on the server (Cancel, New code, Use Bluetooth, removal) without waiting for it,
 * under a short timeout of its own. An adapter without `cancelHandoff`, or one that fails, only
 * leaves the link to expire.
 */
export function cancelLink(adapter: PasskeyAdapter | undefined, id: string): void {
  callWithTimeout(new AbortController().signal, 5000, (signal) =>
    adapter!.cancelHandoff!(id, signal),
  ).catch(() => undefined);
}

/** Whether `adapter` implements the cross-device handoff (the page-drawn QR). */
export function canHandOff(adapter: PasskeyAdapter | undefined): boolean {
  return typeof adapter?.startHandoff === 'function' && typeof adapter.awaitHandoff === 'function';
}
