/**
 * Locales: English is built in; the others load on demand, so English-only pages don't pay for
 * them. The language comes from the element's `lang`, the closest ancestor's `lang`, then
 * `navigator.language`, then English. Changing any `lang` at run time re-renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PasskeyLocale } from './locale.js';

export type { PasskeyLocale } from './locale.js';

const shipped: Record<string, () => Promise<{ default: PasskeyLocale }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

const registered = new Map<string, PasskeyLocale | Promise<PasskeyLocale | undefined>>();

/** Adds (or replaces) a whole locale, e.g. `registerLocale('pt-BR', ptBR)`. English fills gaps. */
export function registerLocale(lang: string, locale: PasskeyLocale): void {
  registered.set(lang.toLowerCase(), locale);
  for (const c of controllers) c.refresh();
}

/** The locale for a BCP 47 tag (exact, then its language alone); undefined means English. */
export function loadLocale(
  lang: string,
): PasskeyLocale | Promise<PasskeyLocale | undefined> | undefined {
  const tag = lang.toLowerCase();
  for (const key of [tag, tag.split('-')[0]]) {
    const known = registered.get(key);
    if (known) return known;
    if (key === 'en') return undefined;
    // Own keys only: `constructor` or `__proto__` must not find Object.prototype's.
    const load = Object.hasOwn(shipped, key) ? shipped[key] : undefined;
    if (load) {
      const pending = load().then(
        (m) => (registered.set(key, m.default), m.default),
        () => undefined,
      );
      registered.set(key, pending);
      return pending;
    }
  }
  return undefined;
}

/** The language an element speaks. */
export function resolveLang(el: Element): string {
  const own = el.closest('[lang]')?.getAttribute('lang');
  return own || navigator.language || 'en';
}

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** Keeps an element's locale current, and re-renders it when any `lang` changes. */
export class LocaleController implements ReactiveController {
  /** The resolved language tag. */
  lang = 'en';
  /** The loaded locale, or undefined for English. */
  locale?: PasskeyLocale;

  /** Inside another element's shadow root: watches `lang` there, which the page's observer can't see. */
  private inner?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return this.locale?.dir ?? 'ltr';
  }

  hostConnected(): void {
    controllers.add(this);
    observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) {
      this.inner = new MutationObserver(() => this.refresh());
      this.inner.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    this.inner?.disconnect();
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  refresh(): void {
    const lang = resolveLang(this.host);
    const found = loadLocale(lang);
    if (found instanceof Promise) {
      void found.then((locale) => {
        // A newer language may have been asked for meanwhile.
        if (resolveLang(this.host) !== lang) return;
        this.set(lang, locale);
      });
    } else {
      this.set(lang, found);
    }
  }

  private set(lang: string, locale: PasskeyLocale | undefined): void {
    if (lang === this.lang && locale === this.locale) return;
    this.lang = lang;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
