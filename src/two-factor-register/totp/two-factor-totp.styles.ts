import { css } from 'lit';

/** The status views' styles, after the card's (src/internal/card.styles.ts). */
export const styles = css`
  :host([embedded]) .card {
    background: transparent;
    border: 0;
    box-shadow: none;
    padding: 0;
  }
  .calm {
    padding: 12px var(--passkey-space-m);
    border-radius: var(--passkey-radius-control);
    background: var(--passkey-surface-raised);
    border-inline-start: 3px solid var(--passkey-muted);
  }
  .app {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--passkey-space-s) var(--passkey-space-m);
    padding-top: var(--passkey-space-m);
    border-top: 1px solid var(--passkey-border);
  }
  .app .icon {
    color: var(--passkey-accent);
  }
  .app-text {
    display: grid;
    flex: 1 1 10em;
  }
  .danger {
    color: var(--passkey-danger);
  }
  .primary.danger {
    background: var(--passkey-danger);
    color: var(--passkey-surface);
  }
`;
