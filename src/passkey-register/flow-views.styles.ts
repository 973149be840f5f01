import { css } from 'lit';

/**
 * The later steps' styles: the choice, prompts, QR and success, and the help's sections (which
 * come with this chunk). They load with those steps.
 */
export const stepStyles = css`
  .help-heading {
    margin: var(--passkey-space-m) 0 var(--passkey-space-xs);
    font-size: var(--passkey-font-size-small);
  }
  .help ul {
    margin: 0;
    padding-inline-start: 1.25em;
    color: var(--passkey-muted);
  }
  .help li + li {
    margin-top: var(--passkey-space-xs);
  }
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
  .choice:hover:not([aria-disabled='true']) {
    border-color: var(--passkey-accent);
    background: var(--passkey-surface-raised);
  }
  .choice[aria-disabled='true'] {
    cursor: not-allowed;
    background: var(--passkey-surface-raised);
  }
  .choice[aria-disabled='true'] .choice-label {
    color: var(--passkey-muted);
  }
  /* A smaller .kind-badge (card.styles.ts), in the row. */
  .choice .choice-icon {
    width: 40px;
    height: 40px;
    margin: 0;
  }
  .choice[aria-disabled='true'] .choice-icon {
    color: var(--passkey-muted);
  }
  .choice-text {
    min-width: 0;
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
  .choice-note.no-hybrid {
    color: var(--passkey-muted);
    font-weight: 400;
  }
  .chevron {
    color: var(--passkey-muted);
  }
  .choice[aria-disabled='true'] .chevron {
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
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .calm {
    margin: 0 0 var(--passkey-space-m);
    padding: 12px var(--passkey-space-m);
    border-radius: var(--passkey-radius-control);
    background: var(--passkey-surface-raised);
    border-inline-start: 3px solid var(--passkey-muted);
  }
  .warn {
    margin: var(--passkey-space-m) 0 0;
  }
  .warn p {
    margin: 0 0 var(--passkey-space-s);
  }
  .alt {
    margin: var(--passkey-space-m) 0 0;
  }
  .next {
    margin: var(--passkey-space-m) 0 0;
  }
  .link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--passkey-accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
  }
  .primary[aria-disabled='true'] {
    opacity: 0.6;
    filter: none;
  }
  passkey-qr {
    --passkey-qr-size: 184px;
    --passkey-qr-muted: var(--passkey-muted);
    --passkey-qr-border: var(--passkey-border);
    --passkey-qr-focus-ring: var(--passkey-focus-ring);
    --passkey-qr-button-radius: var(--passkey-radius-control);
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
    .choice .choice-icon {
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
    .choice[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
