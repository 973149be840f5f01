/**
 * The language of <two-factor-register> and its tabs: resolved as the other elements do
 * (`resolveLang` in ../i18n.ts: the element's `lang`, an ancestor's, the browser's), with this
 * folder's own locales, loaded on demand. English is built into each element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../i18n.js';
import type { TwoFactorLocale } from './locale.js';

type Loader = () => Promise<{ default: TwoFactorLocale }>;
const shipped: Record<string, Loader> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};
const loaded = new Map<string, Promise<TwoFactorLocale | undefined>>();

/** The locale for a BCP 47 tag's language; undefined means English. */
function load(lang: string): Promise<TwoFactorLocale | undefined> | undefined {
  const key = lang.toLowerCase().split('-')[0];
  const loader = Object.hasOwn(shipped, key) ? shipped[key] : undefined;
  if (!loader) return undefined;
  let pending = loaded.get(key);
  if (!pending) {
    pending = loader().then(
      (m) => m.default,
      () => (loaded.delete(key), undefined),
    );
    loaded.set(key, pending);
  }
  return pending;
}

/** Keeps an element's language current; re-renders it when any `lang` on the page changes. */
export class TwoFactorLang implements ReactiveController {
  lang = 'en';
  locale?: TwoFactorLocale;
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
    // Inside another element's shadow root (a tab of the shell), a page-level observer can't see it.
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private refresh(): void {
    const lang = resolveLang(this.host);
    const found = load(lang);
    if (!found) return this.set(lang, undefined);
    // The tag at once (nested tabs read it from this element's `lang`), its words once loaded.
    if (lang !== this.lang) this.set(lang, this.locale);
    void found.then((locale) => {
      // A newer language may have been asked for meanwhile.
      if (resolveLang(this.host) === lang) this.set(lang, locale);
    });
  }

  private set(lang: string, locale: TwoFactorLocale | undefined): void {
    if (lang === this.lang && locale === this.locale) return;
    this.lang = lang;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
