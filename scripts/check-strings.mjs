// Fails when a Lit template outside the strings files contains user-facing text: words between
// tags, or in aria-label/title/alt/placeholder/label attributes. Every such string belongs in a
// strings object, so it can be translated. Run by `npm run lint`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'src';
const SKIP = /(^|\/)(strings\.ts|icons\.ts|locales\/|data\/|types\/)|\.styles\.ts$|\.d\.ts$/;
const USER_ATTRS = /\s(aria-label|title|alt|placeholder|label)="([^"]*)"/g;
const LETTER = /\p{L}/u;

/**
 * The static text of every html`…` template, with each ${…} replaced by \u0000.
 * @param {string} source
 */
function templates(source) {
  const found = [];
  let i = 0;
  while ((i = source.indexOf('html`', i)) !== -1) {
    let j = i + 5;
    let text = '';
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        text += source.slice(j, j + 2);
        j += 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        j = skipExpression(source, j + 2);
        text += '\u0000';
      } else {
        text += source[j++];
      }
    }
    found.push({ at: i, text });
    i = j + 1;
  }
  return found;
}

/**
 * Returns the index after the `}` closing an expression, skipping nested strings and templates.
 * @param {string} s @param {number} j @returns {number}
 */
function skipExpression(s, j) {
  let depth = 1;
  while (j < s.length && depth > 0) {
    const c = s[j];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === "'" || c === '"') {
      const q = c;
      j++;
      while (j < s.length && s[j] !== q) j += s[j] === '\\' ? 2 : 1;
    } else if (c === '`') {
      j++;
      while (j < s.length && s[j] !== '`') {
        if (s[j] === '\\') j += 2;
        else if (s[j] === '$' && s[j + 1] === '{') j = skipExpression(s, j + 2);
        else j++;
      }
    }
    j++;
  }
  return j;
}

/** @param {string} dir @returns {Generator<string>} */
function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (path.endsWith('.ts') && !SKIP.test(path.slice(ROOT.length + 1))) yield path;
  }
}

const problems = [];
let count = 0;
for (const file of files(ROOT)) {
  const source = readFileSync(file, 'utf8');
  for (const { at, text } of templates(source)) {
    count++;
    const line = source.slice(0, at).split('\n').length;
    for (const [, attr, value] of text.matchAll(USER_ATTRS)) {
      if (LETTER.test(value.replaceAll('\u0000', '')))
        problems.push(`${file}:${line}: ${attr}="${value}"`);
    }
    const between = text.replace(/<[^>]*>/g, ' ').replaceAll('\u0000', ' ');
    for (const word of between.split(/\s+/)) {
      if (LETTER.test(word)) problems.push(`${file}:${line}: text "${word}"`);
    }
  }
}

if (problems.length) {
  console.error(
    `User-facing text outside the strings files (${problems.length}):\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`check-strings: ${count} templates, no literal user-facing text`);
