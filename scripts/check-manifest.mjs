// `npm run check:manifest` (part of `npm test`): the Custom Elements Manifest is the elements'
// API documentation (editors, Storybook's autodocs, the README's tables), so it must be complete.
// After `npm run analyze`, this fails when, for any element:
//   - the element, or any public property, attribute, event, slot, CSS part or CSS custom
//     property it lists, has no description;
//   - its source uses something the manifest does not list: a `part="…"` or a `<slot>` in the
//     templates of its folder, a `--passkey-*` property its styles read (`var(…)`), or an event
//     class it dispatches;
//   - an event has no name or type, or a tag registered in a define module has no declaration.
// The README's property table of each element must match the manifest's public properties and
// their attributes.
// It also proves that it can fail: with one description removed, it must report exactly that.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ name: string; description?: string; summary?: string; privacy?: string;
 *   static?: boolean; kind?: string; type?: { text: string } }} Item
 * @typedef {{ kind: string; name: string; tagName?: string; customElement?: boolean;
 *   description?: string; summary?: string; members?: Item[]; attributes?: Item[];
 *   events?: Item[]; slots?: Item[]; cssParts?: Item[]; cssProperties?: Item[] }} Declaration
 * @typedef {{ path: string; declarations?: Declaration[];
 *   exports?: { kind: string; name: string }[] }} Module
 * @typedef {{ modules: Module[] }} Manifest
 */

/** @param {string} dir @returns {string[]} the .ts files in a folder of src/ */
function sourcesOf(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'));
}

/** The modules that declare event classes. */
const EVENT_MODULES = [
  'src/events.ts',
  'src/two-factor-register/events.ts',
  'src/two-factor-register/totp/events.ts',
];

/**
 * What an element's own folder uses, read from its source: the folder of the module that
 * declares it (its subfolders are other elements').
 * @param {string} _tag @param {string} module
 */
function usedBy(_tag, module) {
  // The manifest names the published module (dist/…); its source is the same path under src/.
  const dir = dirname(module).replace(/^dist\//, 'src/');
  const files = sourcesOf(dir);
  const all = files.join('\n');
  const styles = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.styles.ts'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'))
    .join('\n');
  const events = EVENT_MODULES.filter((f) => existsSync(join(root, f)))
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');
  /** event class → event name */
  const eventNames = new Map(
    [
      ...events.matchAll(
        /class (\w+) extends (?:Custom)?Event(?:<[^>]*>)? \{\s*static readonly eventName = '([\w-]+)'/g,
      ),
    ].map((m) => [m[1], m[2]]),
  );
  return {
    parts: new Set([...all.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1])),
    slots: new Set([...all.matchAll(/<slot(?:\s+name="([\w-]+)")?/g)].map((m) => m[1] ?? '')),
    cssProperties: new Set([...styles.matchAll(/var\((--passkey-[\w-]+)/g)].map((m) => m[1])),
    events: new Set(
      [...all.matchAll(/new ((?:Passkey|TwoFactor)\w+Event)\(/g)].map(
        (m) => eventNames.get(m[1]) ?? m[1],
      ),
    ),
  };
}

/**
 * @param {Manifest} manifest
 * @param {(tag: string, module: string) => ReturnType<typeof usedBy>} used
 * @returns {string[]} problems
 */
export function checkManifest(manifest, used) {
  /** @type {string[]} */
  const problems = [];
  const elements = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ module: m.path, d })),
  );
  const defined = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  if (defined.length === 0) problems.push('no define module registers a tag');
  for (const tag of defined) {
    if (!elements.some(({ d }) => d.tagName === tag)) problems.push(`<${tag}>: no declaration`);
  }
  for (const { module, d } of elements) {
    const where = `<${d.tagName ?? d.name}>`;
    if (!d.tagName) problems.push(`${d.name}: no @tag / tagName`);
    if (!d.description && !d.summary) problems.push(`${where}: no description`);
    const lists = /** @type {const} */ ([
      ['property', (d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public')],
      ['attribute', d.attributes ?? []],
      ['event', d.events ?? []],
      ['slot', d.slots ?? []],
      ['CSS part', d.cssParts ?? []],
      ['CSS custom property', d.cssProperties ?? []],
    ]);
    for (const [kind, items] of lists) {
      for (const item of items) {
        const name = kind === 'slot' && !item.name ? '(default)' : item.name;
        if (!item.description?.trim())
          problems.push(`${where}: ${kind} ${name} has no description`);
      }
    }
    for (const e of d.events ?? []) {
      if (!e.name || !e.type?.text)
        problems.push(`${where}: event ${e.name} needs a name and a type`);
    }
    if (!d.tagName) continue;
    const source = used(d.tagName, module);
    /** @param {string} kind @param {Set<string>} inSource @param {Item[] | undefined} listed */
    const missing = (kind, inSource, listed) => {
      const names = new Set((listed ?? []).map((i) => i.name));
      for (const n of inSource) {
        if (!names.has(n))
          problems.push(`${where}: ${kind} ${n || '(default)'} is used but not documented`);
      }
    };
    missing('CSS part', source.parts, d.cssParts);
    missing('slot', source.slots, d.slots);
    missing('CSS custom property', source.cssProperties, d.cssProperties);
    missing('event', source.events, d.events);
  }
  return problems;
}

/**
 * The README's table of properties under each element's heading (`## \`<tag>\``) must list
 * exactly the manifest's public fields, with the same attribute names.
 * @param {Manifest} manifest @param {string} readme
 * @returns {string[]} problems
 */
function checkReadme(manifest, readme) {
  /** @type {string[]} */
  const problems = [];
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!d.customElement || !d.tagName) continue;
    const start = readme.indexOf(`## \`<${d.tagName}>\``);
    if (start === -1) {
      problems.push(`README: no "## \`<${d.tagName}>\`" section`);
      continue;
    }
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end === -1 ? undefined : end);
    /** README rows: property → attribute (or '—') */
    const rows = new Map(
      [...section.matchAll(/^\| `(\w+)`(?: \([\w-]+\))?\s*\| (`[\w-]+`|—)\s*\|/gm)].map((m) => [
        m[1],
        m[2].replace(/`/g, ''),
      ]),
    );
    const fields = (d.members ?? []).filter(
      (m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static,
    );
    const attributeOf = new Map(
      (d.attributes ?? []).map((a) => [
        /** @type {{ fieldName?: string }} */ (a).fieldName,
        a.name,
      ]),
    );
    for (const f of fields) {
      if (!rows.has(f.name))
        problems.push(`README <${d.tagName}>: property ${f.name} is not in the table`);
      else if ((attributeOf.get(f.name) ?? '—') !== rows.get(f.name)) {
        problems.push(
          `README <${d.tagName}>: ${f.name}'s attribute is "${rows.get(f.name)}", the manifest says "${attributeOf.get(f.name) ?? '—'}"`,
        );
      }
    }
    for (const name of rows.keys()) {
      if (!fields.some((f) => f.name === name)) {
        problems.push(`README <${d.tagName}>: ${name} is in the table but not a public property`);
      }
    }
  }
  return problems;
}

const manifest = /** @type {Manifest} */ (
  JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const problems = [...checkManifest(manifest, usedBy), ...checkReadme(manifest, readme)];

// The check must be able to fail: drop one description and expect exactly that complaint.
const broken = /** @type {Manifest} */ (structuredClone(manifest));
const victim = broken.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.customElement && d.cssParts?.length);
if (victim?.cssParts) {
  delete victim.cssParts[0].description;
  const found = checkManifest(broken, usedBy).filter((p) => !problems.includes(p));
  const expected = `<${victim.tagName}>: CSS part ${victim.cssParts[0].name} has no description`;
  if (found.length !== 1 || found[0] !== expected) {
    problems.push(`self-test: expected "${expected}", got ${JSON.stringify(found)}`);
  }
} else {
  problems.push('self-test: no element with a CSS part to break');
}

// Likewise for the README: drop the row of `theme` in <passkey-register>'s section only.
const registerAt = readme.indexOf('## `<passkey-register>`');
const registerEnd = readme.indexOf('\n## ', registerAt + 1);
const withoutRow = readme.replace(/^\| `theme` .*\n/gm, (row, /** @type {number} */ at) =>
  at > registerAt && (registerEnd === -1 || at < registerEnd) ? '' : row,
);
const readmeFound = checkReadme(manifest, withoutRow);
if (
  readmeFound.length !== 1 ||
  readmeFound[0] !== 'README <passkey-register>: property theme is not in the table'
) {
  problems.push(`self-test (README): got ${JSON.stringify(readmeFound)}`);
}

if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const counts = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map(
    (d) =>
      `<${d.tagName}> ${(d.members ?? []).length} properties, ${(d.attributes ?? []).length} attributes, ` +
      `${(d.events ?? []).length} events, ${(d.slots ?? []).length} slots, ${(d.cssParts ?? []).length} parts, ` +
      `${(d.cssProperties ?? []).length} CSS properties`,
  );
console.log(
  `custom-elements.json: every item described; the README tables match\n  ${counts.join('\n  ')}`,
);
