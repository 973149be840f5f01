/**
 * The shell's words in the element's language: this folder's locales (../locales/), loaded on
 * demand, for the language `LocaleController` (../i18n.ts) resolves. The recovery tab has its own
 * few lines of the same (a module shared by the shell and a tab would be a chunk of its own).
 */
import type { TwoFactorLocale } from './locale.js';

const shipped: Record<string, () => Promise<{ default: TwoFactorLocale }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

type Host = { requestUpdate(): void };
const loaded = new Map<string, TwoFactorLocale>();
/** Each language that is loading: the hosts waiting for it, and its load. */
const waiting = new Map<string, { hosts: Set<Host>; done: Promise<void> }>();

const keyOf = (lang: string) => lang.toLowerCase().split('-')[0];

/**
 * The locale for a BCP 47 tag's language if it has loaded, else undefined (English meanwhile, or
 * for good): `host` re-renders once it has loaded.
 */
export function words(lang: string, host: Host): TwoFactorLocale | undefined {
  const key = keyOf(lang);
  if (loaded.has(key) || !Object.hasOwn(shipped, key)) return loaded.get(key);
  let load = waiting.get(key);
  if (!load) {
    const hosts = new Set<Host>();
    const end = () => {
      waiting.delete(key);
      hosts.forEach((h) => h.requestUpdate());
    };
    const done = shipped[key]().then((m) => (loaded.set(key, m.default), end()), end);
    waiting.set(key, (load = { hosts, done }));
  }
  load.hosts.add(host);
  return undefined;
}

/** Settles once the words of `lang` are in (or could not load): for a host's `updateComplete`. */
export const wordsLoaded = (lang: string): Promise<void> | undefined =>
  waiting.get(keyOf(lang))?.done;
