/** Suggests a device name ("Chrome on macOS") from what the browser says about itself. */

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
