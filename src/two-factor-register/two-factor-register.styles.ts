import { css } from 'lit';

/**
 * The shell on top of the shared card (../internal/card.styles.ts): the tab row, and the panels,
 * whose elements take the shell's tokens and drop their own card. No comments inside the CSS:
 * they would ship. Notes:
 * - The tokens are re-inherited on the tabs' elements: their own :host values would otherwise
 *   hide a host page's theme set on <two-factor-register>.
 * - Narrow cards stack each tab's icon over its label, so three tabs fit 320 px.
 */
export const styles = css`
  :host {
    max-width: 640px;
  }
  .tabs {
    display: flex;
    gap: var(--passkey-space-xs);
    margin: calc(-1 * var(--passkey-space-s)) 0 var(--passkey-space-l);
    border-bottom: 1px solid var(--passkey-border);
  }
  .tab {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--passkey-space-s);
    min-height: 48px;
    padding: var(--passkey-space-s) var(--passkey-space-m);
    margin-bottom: -1px;
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: var(--passkey-radius-control) var(--passkey-radius-control) 0 0;
    background: transparent;
    color: var(--passkey-muted);
    font-weight: 600;
    line-height: 1.25;
  }
  .tab:hover {
    color: var(--passkey-text);
    background: var(--passkey-surface-raised);
  }
  .tab[aria-selected='true'] {
    color: var(--passkey-accent);
    border-bottom-color: var(--passkey-accent);
  }
  .tab .icon {
    width: 20px;
    height: 20px;
    flex: none;
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  .panel > * {
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
  @container (max-width: 480px) {
    .tab {
      flex: 1 1 0;
      flex-direction: column;
      gap: 2px;
      padding: var(--passkey-space-s) var(--passkey-space-xs);
      font-size: var(--passkey-font-size-small);
      text-align: center;
    }
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
