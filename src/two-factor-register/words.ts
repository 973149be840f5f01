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
/** The hosts waiting for each language that is loading. */
const waiting = new Map<string, Set<Host>>();

/**
 * The locale for a BCP 47 tag's language if it has loaded, else undefined (English meanwhile, or
 * for good): `host` re-renders once it has loaded.
 */
export function words(lang: string, host: Host): TwoFactorLocale | undefined {
  const key = lang.toLowerCase().split('-')[0];
  if (loaded.has(key) || !Object.hasOwn(shipped, key)) return loaded.get(key);
  let hosts = waiting.get(key);
  if (!hosts) {
    waiting.set(key, (hosts = new Set()));
    const done = () => {
      waiting.delete(key);
      hosts!.forEach((h) => h.requestUpdate());
    };
    shipped[key]().then((m) => (loaded.set(key, m.default), done()), done);
  }
  hosts.add(host);
  return undefined;
}
