import { css } from 'lit';

/**
 * The tab row, on top of the shared card (../internal/card.styles.ts); the panels' styles
 * and the tabs' icons (./panel.ts) load with the first tab. No comments inside the CSS: they would ship. Each tab's
 * icon sits over its label; tabs take the width their words need and share the rest, words
 * wrap whole (hyphenated where the browser can), and a row still too wide scrolls sideways
 * rather than breaking words anywhere. The selected tab is underlined in the accent colour (a
 * border, so forced-colours mode keeps it). A scrolling row clips whatever leaves its box, so a
 * tab's focus ring is drawn inside the tab (negative outline-offset), clear of the words by the
 * tab's side padding.
 */
export const styles = css`
  :host {
    max-width: 640px;
  }
  [role='tablist'] {
    display: flex;
    margin: -8px -8px var(--passkey-space-l);
    border-bottom: 1px solid var(--passkey-border);
    overflow-x: auto;
  }
  [role='tab'] {
    flex: 1 1 auto;
    display: grid;
    justify-items: center;
    gap: 2px;
    padding: var(--passkey-space-s) 4px;
    border: 0;
    border-bottom: 3px solid transparent;
    outline-offset: -3px;
    background: none;
    color: var(--passkey-muted);
    font-size: var(--passkey-font-size-small);
    font-weight: 600;
    overflow-wrap: normal;
    hyphens: auto;
  }
  [aria-selected='true'] {
    color: var(--passkey-accent);
    border-color: currentColor;
  }
  .tab-icon {
    height: 24px;
  }
`;
