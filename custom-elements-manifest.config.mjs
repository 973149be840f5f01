// Generates custom-elements.json (git-ignored) from the JSDoc in src/: `npm run analyze`.
// Storybook's autodocs read it (.storybook/preview.ts).

/** @typedef {import('@custom-elements-manifest/analyzer').Plugin} Plugin */
/** @typedef {{ name?: string; description?: string; type?: { text: string } }} ManifestEvent */

/**
 * Keeps the manifest to the public API:
 * - drops `private` members (TypeScript's `private` is not caught by the analyzer;
 *   `@internal`/`@ignore` members are already dropped by the analyzer itself);
 * - drops events inferred from `dispatchEvent(new SomeEvent(...))` calls when the class documents
 *   that event class with `@fires`: the analyzer takes the constructor's first argument as the
 *   event name, which for our typed event classes is a payload, not a name.
 * @returns {Plugin}
 */
function publicApiOnly() {
  return {
    name: 'passkey-register:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          decl.members = decl.members?.filter(
            (m) => m.privacy !== 'private' && !m.name.startsWith('#'),
          );
          const element = /** @type {{ events?: ManifestEvent[] }} */ (decl);
          if (element.events) {
            const documented = new Set(
              element.events.filter((e) => e.description).map((e) => e.type?.text),
            );
            element.events = element.events.filter(
              (e) => e.name && (e.description || !documented.has(e.type?.text)),
            );
          }
        }
      }
    },
  };
}

// The analyzer's own typing of `plugins` (`Array<() => unknown>`) is wrong: plugins are objects.
/** @type {Omit<import('@custom-elements-manifest/analyzer').Config, 'plugins'> & { plugins: Plugin[] }} */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Leave package.json alone: the manifest is a generated, git-ignored file.
  packagejson: false,
  plugins: [publicApiOnly()],
};
