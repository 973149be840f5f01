import { css } from 'lit';

/**
 * The card around the list, on top of <passkey-register>'s styles, whose tokens, card and buttons
 * it shares. The rows add ./list.styles.ts, and the rename form, delete confirmation and approval
 * prompt ./changes.styles.ts, once loaded.
 */
export const styles = css`
  :host {
    max-width: 640px;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passkey-space-s);
    align-items: center;
    justify-content: space-between;
  }
  .header h2 {
    margin: 0;
  }
  .intro {
    margin: var(--passkey-space-xs) 0 var(--passkey-space-m);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .notice {
    margin: var(--passkey-space-s) 0;
  }
  .notice.success {
    color: var(--passkey-success);
    font-weight: 600;
  }
`;
