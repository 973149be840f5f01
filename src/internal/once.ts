/** Loading a module once per page (see ./lazy.ts for an element's lazy boundary). */

/** Wraps a dynamic import so the page loads it once; after a failure the next call tries again. */
export function once<M>(importer: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= importer().catch((err: unknown) => {
      loading = undefined;
      throw err;
    }));
}
