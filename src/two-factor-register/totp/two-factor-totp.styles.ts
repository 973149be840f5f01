import { css } from 'lit';

/** The authenticator tab's own styles, after the card's (src/internal/card.styles.ts). */
export const styles = css`
  :host([embedded]) .card {
    background: transparent;
    border: 0;
    box-shadow: none;
    padding: 0;
  }
  .steps {
    margin: 0 0 var(--passkey-space-m);
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--passkey-space-xs);
  }
  .scan {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passkey-space-l);
    align-items: flex-start;
    margin-bottom: var(--passkey-space-l);
  }
  .key {
    flex: 1 1 200px;
    min-width: 0;
  }
  passkey-qr {
    --passkey-qr-size: 184px;
    --passkey-qr-muted: var(--passkey-muted);
    --passkey-qr-border: var(--passkey-border);
    flex: none;
  }
  /* The URI holds the key: shown and copied below as the key alone, not as a link. */
  passkey-qr::part(link),
  passkey-qr::part(copy) {
    display: none;
  }
  .account {
    font-weight: 600;
  }
  .manual summary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    color: var(--passkey-accent);
    cursor: pointer;
  }
  .manual[open] summary {
    margin-bottom: var(--passkey-space-xs);
  }
  .secret {
    margin: 0 0 var(--passkey-space-s);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.05em;
    letter-spacing: 0.08em;
    text-align: start;
    word-spacing: 0.3em;
    user-select: all;
  }
  .secret span {
    white-space: nowrap;
  }
  .code {
    max-width: 12em;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.15em;
  }
  .calm {
    margin: 0 0 var(--passkey-space-m);
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
    padding: var(--passkey-space-m) 0;
    border-top: 1px solid var(--passkey-border);
    border-bottom: 1px solid var(--passkey-border);
  }
  .app-icon {
    display: inline-grid;
    place-items: center;
    width: 40px;
    height: 40px;
    flex: none;
    border-radius: 50%;
    background: var(--passkey-surface-raised);
    color: var(--passkey-accent);
  }
  .app-text {
    display: grid;
    flex: 1 1 10em;
    min-width: 0;
  }
  .app-name {
    font-weight: 600;
  }
  .primary.danger {
    background: var(--passkey-danger);
    color: var(--passkey-surface);
  }
  .secondary.danger {
    color: var(--passkey-danger);
  }
  .result-icon {
    display: block;
    width: 44px;
    height: 44px;
    margin-bottom: var(--passkey-space-s);
    color: var(--passkey-success);
  }
  .result-icon .icon {
    width: 100%;
    height: 100%;
  }
  .primary[aria-disabled='true'] {
    opacity: 0.6;
    filter: none;
    cursor: not-allowed;
  }
  .primary .spinner {
    display: inline-block;
    width: 16px;
    height: 16px;
    margin-inline-end: var(--passkey-space-s);
    vertical-align: -3px;
    border-color: currentColor;
    border-top-color: transparent;
  }
  .error-box {
    margin-bottom: var(--passkey-space-m);
  }
  .error .error-box {
    margin-bottom: 0;
  }
`;
