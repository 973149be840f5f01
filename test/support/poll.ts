/**
 * The one polling helper. No test-framework or element imports, so the reference RP's tests,
 * the benchmarks and the stories' helpers can use it without loading the elements.
 */

/** Resolves once `cond` returns something truthy (checked every few ms); throws after `timeoutMs`. */
export async function until(
  cond: () => unknown,
  what = 'a condition',
  timeoutMs = 5000,
): Promise<void> {
  const start = performance.now();
  while (!cond()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
