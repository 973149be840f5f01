import { css } from 'lit';

/**
 * The tab row, on top of the shared card (../internal/card.styles.ts); the panels' styles
 * and the tabs' icons (./panel.ts) load with the first tab. No comments inside the CSS: they would ship. Each tab's
 * icon sits over its label, so three tabs share any width from 320 px up; the selected one is
 * underlined in the accent colour (a system colour in forced-colours mode, by the border).
 */
export const styles = css`
  :host {
    max-width: 640px;
  }
  [role='tablist'] {
    display: flex;
    margin: -8px 0 var(--passkey-space-l);
    border-bottom: 1px solid var(--passkey-border);
  }
  [role='tab'] {
    flex: 1 1 0;
    display: grid;
    justify-items: center;
    gap: 2px;
    padding: var(--passkey-space-s) var(--passkey-space-xs);
    margin-bottom: -1px;
    border: solid transparent;
    border-width: 0 0 3px;
    background: none;
    color: var(--passkey-muted);
    font-size: var(--passkey-font-size-small);
    font-weight: 600;
    hyphens: auto;
  }
  [aria-selected='true'] {
    color: var(--passkey-accent);
    border-color: currentColor;
  }
  .tab-icon {
    height: 24px;
  }
`;
