/**
 * The authenticator tab's languages: English is built in (./strings.ts), the others load on
 * demand from ./locales/. The language is found as for every element (`resolveLang` in
 * src/i18n.ts: the closest `lang`, then the browser's); a change of any `lang` re-renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../../i18n.js';
import type { TwoFactorTotpStrings } from './strings.js';

export interface TotpLocale {
  dir: 'ltr' | 'rtl';
  totp: TwoFactorTotpStrings;
}

const shipped: Record<string, () => Promise<{ default: TotpLocale }>> = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

const loaded = new Map<string, Promise<TotpLocale | undefined>>();

/** The locale for a BCP 47 tag (its language alone), or undefined for English. */
function load(lang: string): Promise<TotpLocale | undefined> | undefined {
  const key = lang.toLowerCase().split('-')[0];
  if (!Object.hasOwn(shipped, key)) return undefined;
  let found = loaded.get(key);
  if (!found) {
    // A failed load is tried again next time.
    found = shipped[key]().then(
      (m) => m.default,
      () => (loaded.delete(key), undefined),
    );
    loaded.set(key, found);
  }
  return found;
}

export class TotpLocaleController implements ReactiveController {
  lang = 'en';
  locale?: TotpLocale;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return this.locale?.dir ?? 'ltr';
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    const pending = load(lang);
    if (!pending) return this.set(lang, undefined);
    void pending.then((locale) => {
      // A newer language may have been asked for meanwhile.
      if (resolveLang(this.host) === lang) this.set(lang, locale);
    });
  }

  private set(lang: string, locale: TotpLocale | undefined): void {
    this.lang = lang;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
