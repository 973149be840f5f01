import { css } from 'lit';

/** The summary, the rows with their active switch, and the empty text; adopted with ./list.ts. */
export const listStyles = css`
  .summary {
    margin: 0 0 var(--passkey-space-s);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--passkey-border);
  }
  /* The icon, then the name and dates with the switch and "⋯" beside them when there is room
     (they wrap under the name, in the same column, when there isn't). */
  .item {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    padding: var(--passkey-space-m) 0;
    border-bottom: 1px solid var(--passkey-border);
  }
  .body {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--passkey-space-s) var(--passkey-space-m);
    align-items: center;
  }
  .body > .note,
  .body > .rename,
  .body > .confirm {
    flex: 1 1 100%;
    margin: 0;
  }
  .provider-icon {
    display: grid;
    place-items: center;
    flex: none;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--passkey-surface-raised);
    color: var(--passkey-accent);
  }
  .provider-icon img {
    width: 24px;
    height: 24px;
  }
  .text {
    flex: 1 1 16rem;
    min-width: 0;
    /* The 40 px icon's centre line, for one- and two-line rows. */
    min-height: 40px;
    align-content: center;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    display: block;
    color: var(--passkey-muted);
    font-size: var(--passkey-font-size-small);
  }
  .badge {
    display: inline-block;
    margin-inline-start: var(--passkey-space-xs);
    padding: 0 8px;
    border-radius: 999px;
    font-size: 12px;
    font-weight: 600;
    line-height: 20px;
    color: var(--passkey-success);
    border: 1px solid currentColor;
    vertical-align: 1px;
  }
  .badge.off {
    color: var(--passkey-muted);
  }
  .item.off .name {
    color: var(--passkey-muted);
  }
  .controls {
    position: relative;
    display: flex;
    gap: var(--passkey-space-m);
    align-items: center;
  }
  .more {
    min-height: 36px;
    min-width: 40px;
    padding: 0 8px;
    font-size: 20px;
    line-height: 1;
  }
  .more[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .small {
    min-height: 36px;
    padding: 0 var(--passkey-space-m);
  }
  .switch {
    position: relative;
    display: inline-flex;
    gap: var(--passkey-space-s);
    align-items: center;
    min-height: 36px;
    margin: 0;
    font-weight: 500;
    cursor: pointer;
  }
  /* A native checkbox (role="switch") drawn as a track and thumb; it stays focusable and clickable
     over the drawing. */
  .switch input {
    position: absolute;
    inset-inline-start: 0;
    width: 40px;
    height: 24px;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .track {
    position: relative;
    flex: none;
    width: 40px;
    height: 24px;
    border-radius: 12px;
    /* Off: at least 3:1 against the card (WCAG 1.4.11), like the fields' borders. */
    background: var(--passkey-border-strong);
    transition: background 0.15s;
  }
  .track::after {
    content: '';
    position: absolute;
    top: 3px;
    inset-inline-start: 3px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--passkey-surface);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
    transition: transform 0.15s;
  }
  .switch input:checked + .track {
    background: var(--passkey-accent);
  }
  .switch input:checked + .track::after {
    transform: translateX(16px);
  }
  [dir='rtl'] .switch input:checked + .track::after {
    transform: translateX(-16px);
  }
  .switch input:focus-visible + .track {
    outline: 2px solid var(--passkey-focus-ring);
    outline-offset: 2px;
  }
  .switch input[aria-disabled='true'] + .track {
    opacity: 0.5;
  }
  .switch:has(input[aria-disabled='true']) {
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: reduce) {
    .track,
    .track::after {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .track {
      border: 1px solid CanvasText;
    }
    .switch input:checked + .track {
      background: Highlight;
    }
  }
  .empty {
    padding: var(--passkey-space-m);
    border: 1px dashed var(--passkey-border);
    border-radius: var(--passkey-radius-control);
  }
  .empty p {
    margin: 0 0 var(--passkey-space-s);
  }
`;
