import { css } from 'lit';

/**
 * The recovery flow's steps, loaded with it (./flow.ts). No comments inside the CSS: they would
 * ship. The codes are a two-column monospace grid (one column on phones), always left to right.
 */
export const flowStyles = css`
  .step-title {
    margin: 0 0 var(--passkey-space-s);
    font-size: var(--passkey-font-size-heading);
    line-height: 1.3;
    font-weight: 600;
  }
  .step-title:focus,
  .waiting:focus {
    outline: none;
  }
  .approval .kind-badge .icon {
    width: 24px;
    height: 24px;
  }
  .codes {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--passkey-space-s) var(--passkey-space-l);
    margin: 0 0 var(--passkey-space-m);
    padding: var(--passkey-space-m) var(--passkey-space-l);
    padding-inline-start: calc(var(--passkey-space-l) + 1.5em);
    background: var(--passkey-surface-raised);
    border: 1px solid var(--passkey-border);
    border-radius: var(--passkey-radius-control);
    color: var(--passkey-muted);
  }
  .codes code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 16px;
    letter-spacing: 0.04em;
    color: var(--passkey-text);
    user-select: all;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passkey-space-s);
  }
  .feedback {
    min-height: 1.5em;
    margin: var(--passkey-space-s) 0 var(--passkey-space-m);
  }
  .check {
    display: flex;
    gap: var(--passkey-space-s);
    align-items: flex-start;
  }
  .check input {
    width: 20px;
    height: 20px;
    min-height: 0;
    margin: 2px 0 0;
    flex: none;
    accent-color: var(--passkey-accent);
  }
  .check label {
    margin: 0;
  }
  .keep {
    margin: var(--passkey-space-m) 0 0;
  }
  .step .error-box {
    margin-top: var(--passkey-space-m);
  }
  .spinner.small {
    display: inline-block;
    width: 16px;
    height: 16px;
    vertical-align: -3px;
    margin-inline-end: var(--passkey-space-s);
    border-color: currentColor;
    border-top-color: transparent;
  }
  @container (max-width: 400px) {
    .codes {
      grid-template-columns: minmax(0, 1fr);
    }
    .tools button {
      flex: 1 1 auto;
    }
  }
`;
