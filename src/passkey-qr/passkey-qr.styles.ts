import { css } from 'lit';

export const styles = css`
  :host {
    --passkey-qr-size: 200px;
    --passkey-qr-text: inherit;
    /* The host page's own text colour, so the link reads well on light and dark pages alike. */
    --passkey-qr-muted: currentColor;
    --passkey-qr-border: currentColor;
    --passkey-qr-radius: 8px;
    --passkey-qr-focus-ring: #1d4ed8;
    --passkey-qr-button-radius: 8px;

    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
    max-width: 100%;
    font: inherit;
    color: var(--passkey-qr-text);
  }
  :host([hidden]) {
    display: none;
  }
  .code {
    display: block;
    width: var(--passkey-qr-size);
    height: var(--passkey-qr-size);
    max-width: 100%;
    border-radius: var(--passkey-qr-radius);
    /* Always dark modules on a light ground, whatever the theme: phone cameras need it. */
    background: #fff;
    forced-color-adjust: none;
  }
  .pending {
    border: 1px dashed var(--passkey-qr-border);
  }
  .error {
    display: grid;
    place-items: center;
    padding: 16px;
    text-align: center;
    color: var(--passkey-qr-muted);
    background: transparent;
    border: 1px dashed var(--passkey-qr-border);
  }
  .link {
    display: grid;
    justify-items: start;
    gap: 8px;
    width: var(--passkey-qr-size);
    max-width: 100%;
    font-size: 13px;
  }
  .link-text {
    overflow-wrap: anywhere;
    color: var(--passkey-qr-muted);
    user-select: all;
  }
  button {
    flex: none;
    min-height: 36px;
    padding: 0 16px;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: transparent;
    border: 1px solid var(--passkey-qr-border);
    border-radius: var(--passkey-qr-button-radius);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--passkey-qr-focus-ring);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
