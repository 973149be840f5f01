/**
 * The authenticator tab's languages: English is built in (./strings.ts), the others load on
 * demand from ./locales/. The language is the one every element of the library speaks
 * (`LocaleController` in src/i18n.ts: the closest `lang`, then the browser's), and changes with it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocaleController } from '../../i18n.js';
import type { TotpLocale } from './strings.js';

const shipped: Record<string, () => Promise<{ default: TotpLocale }>> = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

export class TotpLocaleController implements ReactiveController {
  /** The language the library resolved (it also loads the library's own strings for it). */
  private readonly lib: LocaleController;
  /** The loaded locale, or undefined for English (or while loading). */
  locale?: TotpLocale;
  private asked?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.lib = new LocaleController(host);
  }

  get lang(): string {
    return this.lib.lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.locale?.dir ?? 'ltr';
  }

  hostUpdate(): void {
    const lang = this.lib.lang;
    if (lang === this.asked) return;
    this.asked = lang;
    const key = lang.toLowerCase().split('-')[0];
    // Own keys only: `constructor` or `__proto__` must not find Object.prototype's.
    const load = Object.hasOwn(shipped, key) ? shipped[key] : undefined;
    if (!load) return void (this.locale = undefined);
    load().then(
      (m) => {
        // A newer language may have been asked for meanwhile.
        if (this.asked !== lang) return;
        this.locale = m.default;
        this.host.requestUpdate();
      },
      // Not loaded (offline): English, and tried again on the next change of language.
      () => (this.asked = undefined),
    );
  }
}
