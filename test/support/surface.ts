import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** A page background and text colour matching the theme, as a host portal would have. */
export function surface(theme: 'light' | 'dark' | 'auto', content: TemplateResult): TemplateResult {
  const dark =
    theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return html`<div
    style="padding: min(24px, 4vw); background: ${dark ? '#0e1116' : '#f3f5f8'}; color: ${dark ? '#e9ecf1' : '#141821'}"
  >
    ${content}
  </div>`;
}

/** The controls every element's stories have: its theme, and its language (empty: the page's). */
export const themeAndLanguage = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  lang: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'ar'] },
};
