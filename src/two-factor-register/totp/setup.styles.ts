import { css } from 'lit';

/** The setup's styles (QR code and key, the code field, success); they load with ./setup.ts. */
export const setupStyles = css`
  .error-box {
    margin-bottom: var(--passkey-space-m);
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
    --passkey-qr-border: var(--passkey-border);
    flex: none;
  }
  /* The URI holds the key: it is shown and copied below as the key alone, not as a link. */
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
  .secret {
    margin: var(--passkey-space-xs) 0 var(--passkey-space-s);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.05em;
    letter-spacing: 0.08em;
    word-spacing: 0.3em;
    user-select: all;
  }
  /* Lines of four groups, together at the start of the card's direction. */
  .secret [part='secret'] {
    display: inline-block;
  }
  .secret span span {
    display: block;
    white-space: pre;
  }
  .code {
    max-width: 12em;
    letter-spacing: 0.15em;
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
`;
