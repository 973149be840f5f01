/**
 * The device name: a suggestion ("Chrome on macOS") from what the browser says about itself,
 * and the rules a name must follow.
 */

interface UAData {
  platform?: string;
  brands?: { brand: string }[];
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Windows/, 'Windows'],
  [/Linux/, 'Linux'],
];

function match(ua: string, table: [RegExp, string][]): string | undefined {
  return table.find(([re]) => re.test(ua))?.[1];
}

/** Returns the browser and OS names, or undefined when neither can be told. */
export function detectPlatform(
  nav: Navigator = navigator,
): { browser: string; os: string } | undefined {
  const ua = nav.userAgent ?? '';
  const data = (nav as Navigator & { userAgentData?: UAData }).userAgentData;
  const brand = data?.brands
    ?.map((b) => b.brand)
    .find((b) => /Chrome|Chromium|Edge|Opera|Brave/.test(b))
    ?.replace(/^(Google |Microsoft )/, '')
    .replace('Chromium', 'Chrome');
  const browser = brand ?? match(ua, BROWSERS);
  const os =
    (data?.platform && data.platform !== 'Unknown' ? data.platform : undefined) ??
    match(ua, SYSTEMS);
  if (!browser || !os) return undefined;
  return { browser, os: os === 'Chrome OS' ? 'ChromeOS' : os };
}

export type NameProblem = 'empty' | 'too-long' | 'forbidden-characters';
export const NAME_MAX = 64;

// C0/C1 controls, and the bidi embedding/override/isolate marks that can make a name display
// as something other than what it is.
const FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Trims and checks a device name: 1–64 characters, no control or bidi-override characters. */
export function checkName(raw: string): { name: string; problem?: NameProblem } {
  const name = raw.trim();
  if (name.length === 0) return { name, problem: 'empty' };
  if (FORBIDDEN.test(name)) return { name, problem: 'forbidden-characters' };
  if ([...name].length > NAME_MAX) return { name, problem: 'too-long' };
  return { name };
}
