import { css } from 'lit';

/** The later steps' styles: the choice, prompts, QR and success. They load with those steps. */
export const stepStyles = css`
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--passkey-space-s);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: var(--passkey-space-m);
    align-items: center;
    width: 100%;
    min-height: 64px;
    padding: 12px var(--passkey-space-m);
    text-align: start;
    color: var(--passkey-text);
    background: var(--passkey-surface);
    border: 1px solid var(--passkey-border);
  }
  .choice:hover:not(:disabled) {
    border-color: var(--passkey-accent);
    background: var(--passkey-surface-raised);
  }
  .choice:disabled {
    cursor: not-allowed;
    background: var(--passkey-surface-raised);
  }
  .choice:disabled .choice-label {
    color: var(--passkey-muted);
  }
  .choice-icon {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--passkey-surface-raised);
    color: var(--passkey-accent);
  }
  .choice:disabled .choice-icon {
    color: var(--passkey-muted);
  }
  .choice-label {
    display: block;
    font-weight: 600;
  }
  .choice-desc {
    display: block;
    color: var(--passkey-muted);
    font-size: var(--passkey-font-size-small);
  }
  .choice-note {
    display: flex;
    gap: var(--passkey-space-xs);
    align-items: flex-start;
    margin-top: var(--passkey-space-xs);
    color: var(--passkey-text);
    font-size: var(--passkey-font-size-small);
    font-weight: 500;
  }
  .choice-note .icon {
    width: 16px;
    height: 16px;
    flex: none;
    margin-top: 2px;
    color: var(--passkey-danger);
  }
  .chevron {
    color: var(--passkey-muted);
  }
  .choice:disabled .chevron {
    visibility: hidden;
  }
  [dir='rtl'] .chevron {
    transform: scaleX(-1);
  }

  .steps {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--passkey-space-s);
  }
  .handoff {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passkey-space-l);
    align-items: flex-start;
    margin: var(--passkey-space-s) 0 0;
  }
  .handoff > div {
    flex: 1 1 180px;
  }
  .countdown {
    margin: var(--passkey-space-m) 0 0;
    font-variant-numeric: tabular-nums;
  }
  passkey-qr {
    --passkey-qr-size: 184px;
    --passkey-qr-muted: var(--passkey-muted);
    --passkey-qr-border: var(--passkey-border);
    --passkey-qr-focus-ring: var(--passkey-focus-ring);
    flex: none;
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

  /* Phone widths: give the text the room. */
  @container (max-width: 400px) {
    .choice {
      gap: 12px;
      padding: 12px;
    }
    .choice-icon {
      width: 32px;
      height: 32px;
    }
    .chevron {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .choice {
      border-color: CanvasText;
    }
    .choice:disabled {
      color: GrayText;
    }
  }
`;
