// The demo's language and theme switches, shared by the portal and the phone page. Both are
// native <select>s with <label>s in the page's markup; the choice is remembered in
// localStorage. The language goes on <html lang dir> (the elements follow the closest `lang`),
// the theme on <html data-theme> (the page's colours) and on each element's `theme` attribute.
import { LANGUAGES, LANGUAGE_NAMES, STRINGS } from './strings.js';
import type { DemoStrings, Language } from './strings.js';

export type Theme = 'auto' | 'light' | 'dark';
const THEMES: Theme[] = ['auto', 'light', 'dark'];

export const STORAGE_KEYS = { language: 'acme-demo:language', theme: 'acme-demo:theme' };

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // Storage blocked (e.g. some private modes): the choice lasts for this page.
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above.
  }
}

const isLanguage = (value: string | null): value is Language =>
  (LANGUAGES as readonly (string | null)[]).includes(value);
const isTheme = (value: string | null): value is Theme => THEMES.includes(value as Theme);

/** The stored language, else the browser's first one the demo speaks, else English. */
function initialLanguage(): Language {
  const saved = stored(STORAGE_KEYS.language);
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

let language: Language = initialLanguage();
let theme: Theme = isTheme(stored(STORAGE_KEYS.theme))
  ? (stored(STORAGE_KEYS.theme) as Theme)
  : 'auto';
const listeners = new Set<() => void>();

/** The demo's strings in the chosen language. */
export function t(key: keyof DemoStrings): string {
  return STRINGS[language][key];
}

/** Runs `fn` now and whenever the language changes (for text written from script). */
export function onLanguage(fn: () => void): void {
  listeners.add(fn);
  fn();
}

const THEMED = 'passkey-register, passkey-credentials, two-factor-register';

function applyTheme(): void {
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll(THEMED)) el.setAttribute('theme', theme);
}

function applyLanguage(): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = language === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = t(el.dataset.i18n as keyof DemoStrings);
  const title = document.querySelector<HTMLElement>('title[data-i18n-title]');
  if (title) document.title = t(title.dataset.i18nTitle as keyof DemoStrings);
  for (const fn of listeners) fn();
}

/** Wires the two selects (by id) and applies the remembered choices. */
export function setUpPreferences(): void {
  const languageSelect = document.getElementById('language') as HTMLSelectElement | null;
  const themeSelect = document.getElementById('theme') as HTMLSelectElement | null;

  if (languageSelect) {
    languageSelect.replaceChildren(
      ...LANGUAGES.map((code) => {
        // Each language named in itself, marked up so screen readers pronounce it right.
        const option = new Option(LANGUAGE_NAMES[code], code);
        option.lang = code;
        return option;
      }),
    );
    languageSelect.value = language;
    languageSelect.addEventListener('change', () => {
      if (!isLanguage(languageSelect.value)) return;
      language = languageSelect.value;
      store(STORAGE_KEYS.language, language);
      applyLanguage();
    });
  }
  if (themeSelect) {
    themeSelect.value = theme;
    themeSelect.addEventListener('change', () => {
      if (!isTheme(themeSelect.value)) return;
      theme = themeSelect.value;
      store(STORAGE_KEYS.theme, theme);
      applyTheme();
    });
  }
  applyLanguage();
  applyTheme();
}

/** Gives an element created later the current theme. */
export function themed<E extends Element>(el: E): E {
  el.setAttribute('theme', theme);
  return el;
}
