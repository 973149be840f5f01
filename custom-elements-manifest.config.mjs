// Generates custom-elements.json (git-ignored) from the JSDoc in src/: `npm run analyze`, also
// run by `npm run build`. It ships in the package (package.json `customElements`), Storybook's
// autodocs read it (.storybook/preview.ts), and `npm run check:manifest` checks it is complete.

import { readFileSync, writeFileSync } from 'node:fs';

/** @typedef {import('@custom-elements-manifest/analyzer').Plugin} Plugin */
/** @typedef {{ name?: string; description?: string; type?: { text: string } }} ManifestEvent */

/**
 * Keeps the manifest to the public API:
 * - drops `private` members (TypeScript's `private` is not caught by the analyzer;
 *   `@internal`/`@ignore` members are already dropped by the analyzer itself);
 * - drops internal reactive state, the `static properties` entries with `state: true`, which the
 *   analyzer takes for public properties with attributes;
 * - drops events inferred from `dispatchEvent(new SomeEvent(...))` calls when the class documents
 *   that event class with `@fires`: the analyzer takes the constructor's first argument as the
 *   event name, which for our typed event classes is a payload, not a name.
 * @returns {Plugin}
 */
function publicApiOnly() {
  /** Class name → its `static properties` names declared with `state: true`. */
  const states = new Map();
  return {
    name: 'passkey-register:public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const init = member.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        const names = new Set();
        for (const p of init.properties)
          if (ts.isPropertyAssignment(p) && /\bstate:\s*true\b/.test(p.initializer.getText()))
            names.add(p.name.getText());
        states.set(node.name.getText(), names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const state = states.get(decl.name) ?? new Set();
          decl.members = decl.members?.filter(
            (m) => m.privacy !== 'private' && !m.name.startsWith('#') && !state.has(m.name),
          );
          const element =
            /** @type {{ attributes?: { fieldName?: string }[], events?: ManifestEvent[] }} */ (
              decl
            );
          const kept = new Set(decl.members?.map((m) => m.name));
          element.attributes = element.attributes?.filter(
            (a) => !a.fieldName || kept.has(a.fieldName),
          );
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

/**
 * Points the manifest at the published files: `src/x.ts` becomes `dist/x.js`, so tools that
 * read the package's manifest (editors, Storybook) find modules that exist in the package.
 * @returns {Plugin}
 */
function publishedPaths() {
  /** @param {unknown} node */
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = /** @type {Record<string, unknown>} */ (node);
      for (const [key, value] of Object.entries(obj)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') {
          obj[key] = value.replace(/^\/?src\/(.+)\.(ts|js)$/, 'dist/$1.js');
        } else walk(value);
      }
    }
  };
  return {
    name: 'passkey-register:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest);
    },
  };
}

/**
 * Editor data from the same manifest, written beside it: `vscode.html-custom-data.json` for VS
 * Code's `html.customData` setting and `web-types.json` for JetBrains IDEs (package.json
 * `web-types`), so tags, attributes, their values and events autocomplete in HTML.
 * @returns {Plugin}
 */
function editorData() {
  /** @param {string | undefined} type the manifest's type text, e.g. `'light' | 'dark'` */
  const literals = (type) => {
    const parts = (type ?? '').split('|').map((t) => t.trim());
    return parts.every((t) => /^'[^']*'$/.test(t) || t === 'undefined')
      ? parts.filter((t) => t !== 'undefined').map((t) => t.slice(1, -1))
      : [];
  };
  return {
    name: 'passkey-register:editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
      /** @type {any[]} */
      const elements = customElementsManifest.modules
        .flatMap((/** @type {any} */ m) => m.declarations ?? [])
        .filter((/** @type {any} */ d) => d.customElement && d.tagName);
      const vscode = {
        version: 1.1,
        tags: elements.map((d) => ({
          name: d.tagName,
          description: [d.summary, d.description].filter(Boolean).join('\n\n'),
          attributes: (d.attributes ?? []).map((/** @type {any} */ a) => ({
            name: a.name,
            description: a.description,
            ...(literals(a.type?.text).length
              ? { values: literals(a.type?.text).map((name) => ({ name })) }
              : {}),
          })),
        })),
      };
      const webTypes = {
        $schema: 'https://json.schemastore.org/web-types',
        name: pkg.name,
        version: pkg.version,
        'description-markup': 'markdown',
        contributions: {
          html: {
            elements: elements.map((d) => ({
              name: d.tagName,
              description: [d.summary, d.description].filter(Boolean).join('\n\n'),
              attributes: (d.attributes ?? []).map((/** @type {any} */ a) => ({
                name: a.name,
                description: a.description,
                value: { type: a.type?.text ?? 'string' },
              })),
              js: {
                properties: (d.members ?? [])
                  .filter((/** @type {any} */ m) => m.kind === 'field')
                  .map((/** @type {any} */ m) => ({
                    name: m.name,
                    description: m.description,
                    type: m.type?.text,
                  })),
                events: (d.events ?? []).map((/** @type {any} */ e) => ({
                  name: e.name,
                  description: e.description,
                })),
              },
            })),
          },
        },
      };
      writeFileSync(
        new URL('./vscode.html-custom-data.json', import.meta.url),
        `${JSON.stringify(vscode, null, 2)}\n`,
      );
      writeFileSync(
        new URL('./web-types.json', import.meta.url),
        `${JSON.stringify(webTypes, null, 2)}\n`,
      );
    },
  };
}

// The analyzer's own typing of `plugins` (`Array<() => unknown>`) is wrong: plugins are objects.
/** @type {Omit<import('@custom-elements-manifest/analyzer').Config, 'plugins'> & { plugins: Plugin[] }} */
export default {
  globs: ['src/**/*.ts'],
  // The React wrappers and the CDN entry declare no elements of their own.
  exclude: ['src/**/*.test.ts', 'src/react/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer leaves it alone.
  packagejson: false,
  plugins: [publicApiOnly(), publishedPaths(), editorData()],
};
