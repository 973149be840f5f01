import { css } from 'lit';

/**
 * The recovery tab's first view (the counts) on top of the shared card
 * (../../internal/card.styles.ts); the flow's styles are in ./flow.styles.ts. No comments inside
 * the CSS: they would ship. `.plain` is the card without its chrome, inside <two-factor-register>.
 */
export const styles = css`
  :host {
    max-width: 640px;
  }
  :host([embedded]) {
    max-width: none;
  }
  .intro {
    margin: var(--passkey-space-xs) 0 var(--passkey-space-l);
  }
  .status {
    padding: var(--passkey-space-m);
    border: 1px solid var(--passkey-border);
    border-radius: var(--passkey-radius-control);
  }
  .status p {
    margin: 0;
  }
  .count {
    font-weight: 600;
    font-size: 17px;
  }
  .count + p {
    margin-top: var(--passkey-space-xs);
  }
  .warn,
  .count.low {
    color: var(--passkey-danger);
  }
  .notice {
    display: flex;
    gap: var(--passkey-space-s);
    align-items: center;
    font-weight: 600;
    color: var(--passkey-muted);
  }
  .notice.ok {
    color: var(--passkey-success);
  }
  .notice .icon {
    flex: none;
  }
  .count:focus,
  .notice:focus,
  .waiting:focus {
    outline: none;
  }
`;
