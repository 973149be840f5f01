// The demo's page header and its language and theme switches, shared by the portal and the phone
// page. Both switches are native <select>s with <label>s; the choice is remembered in
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

const BRAND_MARK = `<svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
  <rect width="32" height="32" rx="8" fill="currentColor" />
  <path d="M8 22.5 14 10h4l6 12.5h-3.6l-1.3-2.9h-6.3l-1.3 2.9Zm6.2-5.6h3.6L16 12.7Z" fill="var(--brand-mark-ink)" />
</svg>
<span class="brand-name">Acme Invest</span>`;

// Native selects with <label>s; their text is filled in by applyLanguage() (data-i18n).
const SWITCHES = `<div class="prefs" role="group" aria-labelledby="prefs-title">
  <span class="visually-hidden" id="prefs-title" data-i18n="prefs">Display</span>
  <div class="pref">
    <label for="language" data-i18n="language">Language</label>
    <select id="language" name="language"></select>
  </div>
  <div class="pref">
    <label for="theme" data-i18n="theme">Theme</label>
    <select id="theme" name="theme">
      <option value="auto" data-i18n="themeAuto">Automatic</option>
      <option value="light" data-i18n="themeLight">Light</option>
      <option value="dark" data-i18n="themeDark">Dark</option>
    </select>
  </div>
</div>`;

/**
 * Puts the page header's shared part, the brand and the Display switches, at the start of the
 * page's `<header class="topbar">`; the brand links home when the header names it (`data-home`).
 * Static markup only: nothing a user typed goes through here.
 */
function buildHeader(): void {
  const header = document.querySelector<HTMLElement>('header.topbar');
  if (!header) return;
  const home = header.dataset.home;
  const brand = home
    ? `<a class="brand" href="${home}">${BRAND_MARK}</a>`
    : `<span class="brand">${BRAND_MARK}</span>`;
  header.insertAdjacentHTML('afterbegin', brand + SWITCHES);
}

/** Builds the header's switches, wires them and applies the remembered choices. */
export function setUpPreferences(): void {
  buildHeader();
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
