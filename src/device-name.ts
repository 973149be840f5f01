/**
 * The device name: a suggestion ("Chrome on macOS") from what the browser says about itself,
 * and the rules a name must follow.
 */

interface UAData {
  platform?: string;
  brands?: { brand: string }[];
}

// Substrings, in order: Edge's and Opera's user agents also say Chrome and Safari. No regular
// expressions: this runs in the first render, and each one compiles on first use.
const BROWSERS: [string[], string][] = [
  [['Edg/'], 'Edge'],
  [['OPR/'], 'Opera'],
  [['SamsungBrowser/'], 'Samsung Internet'],
  [['Firefox/'], 'Firefox'],
  [['Chrome/', 'CriOS/'], 'Chrome'],
  [['Safari/'], 'Safari'],
];

const SYSTEMS: [string[], string][] = [
  [['iPhone'], 'iPhone'],
  [['iPad'], 'iPad'],
  [['Android'], 'Android'],
  [['CrOS'], 'ChromeOS'],
  [['Mac OS X', 'Macintosh'], 'macOS'],
  [['Windows'], 'Windows'],
  [['Linux'], 'Linux'],
];

const BRANDS = ['Chrome', 'Chromium', 'Edge', 'Opera', 'Brave'];

function match(text: string, table: [string[], string][]): string | undefined {
  return table.find(([subs]) => subs.some((s) => text.includes(s)))?.[1];
}

/** Returns the browser and OS names, or undefined when neither can be told. */
export function detectPlatform(
  nav: Navigator = navigator,
): { browser: string; os: string } | undefined {
  const ua = nav.userAgent ?? '';
  const data = (nav as Navigator & { userAgentData?: UAData }).userAgentData;
  const brand = data?.brands
    ?.map((b) => b.brand.replace('Google ', '').replace('Microsoft ', ''))
    .find((b) => BRANDS.some((s) => b.includes(s)))
    ?.replace('Chromium', 'Chrome');
  const browser = brand ?? match(ua, BROWSERS);
  const os =
    (data?.platform && data.platform !== 'Unknown' ? data.platform : undefined) ??
    match(ua, SYSTEMS);
  if (!browser || !os) return undefined;
  return { browser, os: os === 'Chrome OS' ? 'ChromeOS' : os };
}

/**
 * A server-supplied name inside a sentence, isolated (FSI … PDI, as `dir=auto` would) so a
 * bidi override in it can't reverse the rest of the sentence.
 */
export const isolate = (name: string): string => `\u2068${name}\u2069`;

export type NameProblem = 'empty' | 'too-long' | 'forbidden-characters';
export const NAME_MAX = 64;

// The reference RP's rule (demo/rp/schemas.js isValidName): no controls, format characters (Cf:
// zero-width, bidi marks, embeddings, isolates), lone surrogates or line/paragraph separators,
// except U+200D joining two emoji (👩‍💻); and at least one visible character, not only spaces,
// default-ignorable characters (Hangul fillers), marks or a Braille blank.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const EMOJI_JOINER =
  /(?<=\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic})/gu;
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;
/** Whether `text` has a character that shows (not a space, an invisible one, a lone mark or U+2800). */
export const hasVisible = (text: string): boolean => VISIBLE.test(text);

/** Trims and checks a device name: 1–64 characters, at least one visible, none invisible or bidi. */
export function checkName(raw: string): { name: string; problem?: NameProblem } {
  const name = raw.trim();
  if (name.length === 0) return { name, problem: 'empty' };
  if (FORBIDDEN.test(name.replace(EMOJI_JOINER, '')))
    return { name, problem: 'forbidden-characters' };
  if (!hasVisible(name)) return { name, problem: 'empty' };
  if ([...name].length > NAME_MAX) return { name, problem: 'too-long' };
  return { name };
}
