// Consumer-check step: the README's 30-second example and its Vue, Angular and Svelte snippets.
// Those frameworks are not in the lockfile, so they are not built: each snippet's TypeScript is
// type-checked against the packed types (Angular's two imports from @angular/core are declared
// in a stub), and every attribute, property and event its template uses must exist in
// custom-elements.json. The README's React snippet is type-checked in the React app.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, root, run } from '../lib/run.mjs';

/**
 * The README's checked snippets: the code block after each `<!-- consumer-check: NAME -->`.
 * @returns {Map<string, string>} name → code
 */
export function readmeSnippets() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = new Map(
    [...readme.matchAll(/<!-- consumer-check: (\w+) -->\s*```\w+\n([\s\S]*?)```/g)].map((b) => [
      b[1],
      b[2],
    ]),
  );
  for (const want of ['html', 'react', 'vue', 'angular', 'svelte']) {
    assert(blocks.has(want), `README has no <!-- consumer-check: ${want} --> snippet`);
  }
  return blocks;
}

/**
 * The 30-second example and the Vue, Angular and Svelte snippets, in the vanilla app (which has
 * the tarball installed): their TypeScript (the example's script as checked JavaScript) is
 * type-checked against the packed types, and their templates may only use attributes,
 * properties and events that the manifest lists for the tag.
 * @param {string} appDir
 */
export function checkSnippets(appDir) {
  const snippets = readmeSnippets();
  const manifest = JSON.parse(
    readFileSync(join(appDir, 'node_modules/passkey-register/custom-elements.json'), 'utf8'),
  );
  const register = manifest.modules
    .flatMap((/** @type {{ declarations?: any[] }} */ m) => m.declarations ?? [])
    .find((/** @type {{ tagName?: string }} */ d) => d.tagName === 'passkey-register');
  const attrs = new Set(register.attributes.map((/** @type {{ name: string }} */ a) => a.name));
  const props = new Set(register.members.map((/** @type {{ name: string }} */ m) => m.name));
  const events = new Set(register.events.map((/** @type {{ name: string }} */ e) => e.name));
  /** @type {Record<string, [string, RegExp, Set<string>][]>} */
  const patterns = {
    html: [['attribute', /\s([a-z][\w-]*)="/g, attrs]],
    vue: [
      ['event', /@([\w-]+)=/g, events],
      ['property', /:([\w]+)\.prop=/g, props],
      ['attribute', /\s([a-z][\w-]*)="/g, attrs],
    ],
    angular: [
      ['event', /\(([\w-]+)\)=/g, events],
      ['property', /\[([\w]+)\]=/g, props],
      ['attribute', /\s([a-z][\w-]*)="/g, attrs],
    ],
    svelte: [
      ['event', /\son([\w-]+)=/g, events],
      ['property', /\s\{(\w+)\}/g, props],
      ['attribute', /\s((?!on)[a-z][\w-]*)="/g, attrs],
    ],
  };

  const dir = join(appDir, 'snippets');
  mkdirSync(join(dir, 'html'), { recursive: true });
  for (const [name, uses] of Object.entries(patterns)) {
    const code = snippets.get(name) ?? '';
    // The <script> of a page or single-file component, or the whole block when it is TypeScript.
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(code)?.[1] ?? code;
    const template =
      name === 'angular'
        ? (/template: `([\s\S]*?)`/.exec(code)?.[1] ?? '')
        : code.replace(/<script[\s\S]*?<\/script>/, '');
    writeFileSync(join(dir, name === 'html' ? 'html/quickstart.js' : `${name}.ts`), script);
    const tag = /<passkey-register\b([\s\S]*?)>/.exec(template);
    if (!tag) throw new Error(`${name} snippet has no <passkey-register>`);
    let count = 0;
    for (const [kind, re, known] of uses) {
      for (const [, used] of tag[1].matchAll(re)) {
        assert(known.has(used), `${name} snippet: <passkey-register> has no ${kind} "${used}"`);
        count++;
      }
    }
    if (name !== 'html') {
      assert(count >= 3, `${name} snippet: expected an attribute, a property and an event`);
    }
  }
  // Angular's decorator and schema, declared here: @angular/core is not in the npm cache.
  writeFileSync(
    join(dir, 'angular-core.d.ts'),
    `declare module '@angular/core' {
  export const CUSTOM_ELEMENTS_SCHEMA: { name: string };
  export function Component(meta: {
    selector: string;
    standalone?: boolean;
    schemas?: unknown[];
    template: string;
  }): ClassDecorator;
}
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../tsconfig.json',
      // Vue's and Svelte's handlers are used by their templates, which tsc doesn't see.
      compilerOptions: { experimentalDecorators: true, noUnusedLocals: false },
      include: ['*.ts'],
    }),
  );
  // The 30-second example is JavaScript in a page: checked as JavaScript, without null checks.
  writeFileSync(
    join(dir, 'html/tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { allowJs: true, checkJs: true, strictNullChecks: false },
      include: ['*.js'],
    }),
  );
  run('node', ['node_modules/typescript/bin/tsc', '-p', 'snippets'], appDir);
  run('node', ['node_modules/typescript/bin/tsc', '-p', 'snippets/html'], appDir);
}
