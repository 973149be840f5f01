import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { PasskeyAdapter } from '../adapter.js';
import { resolveLang } from '../i18n.js';
import type { TwoFactorMethod } from './strings.js';

export { tabIcons } from './icons.js';
export { words } from './words.js';

/**
 * What the shell renders in a tab's panel once the tab's code has loaded (the shell's first load
 * holds only the tabs, and a panel's loading and failure states), and the panels' styles: their
 * elements take the shell's tokens and drop their own card. Loaded with the
 * first tab's code, as the shell renders no panel content before. No comments inside the CSS:
 * they would ship. The tokens are re-inherited on the tabs' elements because their own :host
 * values would otherwise hide a host page's theme set on <two-factor-register>.
 */
export const panelStyles = css`
  [role='tabpanel'] > * {
    --passkey-accent: inherit;
    --passkey-accent-text: inherit;
    --passkey-surface: inherit;
    --passkey-surface-raised: inherit;
    --passkey-text: inherit;
    --passkey-muted: inherit;
    --passkey-border: inherit;
    --passkey-border-strong: inherit;
    --passkey-danger: inherit;
    --passkey-danger-surface: inherit;
    --passkey-success: inherit;
    --passkey-focus-ring: inherit;
    --passkey-radius: inherit;
    --passkey-radius-control: inherit;
    --passkey-space-xs: inherit;
    --passkey-space-s: inherit;
    --passkey-space-m: inherit;
    --passkey-space-l: inherit;
    --passkey-space-xl: inherit;
    --passkey-font-family: inherit;
    --passkey-font-size: inherit;
    --passkey-font-size-small: inherit;
    --passkey-font-size-heading: inherit;
    --passkey-shadow: inherit;
    max-width: none;
  }
  passkey-credentials::part(base) {
    padding: 0;
    border: 0;
    box-shadow: none;
    background: transparent;
  }
`;

/** What a panel's element takes from the shell. */
export interface PanelHost extends Element {
  adapter?: PasskeyAdapter;
  theme: string;
  readonly updateComplete: Promise<boolean>;
}

/** The tab's element, inside the shell's card (so without a card of its own). */
export function renderTab(m: TwoFactorMethod, host: PanelHost): TemplateResult {
  const { adapter, theme } = host;
  // The page's language as of now (the shell's own may still be loading): a tab inside the
  // shell's shadow root reads it from its own \`lang\`.
  const lang = resolveLang(host);
  // WebAuthn signals after a passkey is turned off or deleted, when the page gives them.
  const userId = host.getAttribute('user-id') ?? undefined;
  const rpId = host.getAttribute('rp-id') ?? undefined;
  if (m === 'passkey')
    return html`<passkey-credentials
      .adapter=${adapter}
      .userId=${userId}
      .rpId=${rpId}
      theme=${theme}
      lang=${lang}
    ></passkey-credentials>`;
  if (m === 'totp')
    return html`<two-factor-totp
      embedded
      .adapter=${adapter}
      theme=${theme}
      lang=${lang}
    ></two-factor-totp>`;
  return html`<two-factor-recovery-codes
    embedded
    .adapter=${adapter}
    theme=${theme}
    lang=${lang}
  ></two-factor-recovery-codes>`;
}
