import { css } from 'lit';

/**
 * The "⋯" menu, the rename form, the delete confirmation, and the approval and "Add passkey"
 * dialogs; adopted with ./credential-changes.ts.
 */
export const changeStyles = css`
  h3 {
    margin: 0 0 var(--passkey-space-xs);
    font-size: var(--passkey-font-size);
  }
  /* Long names without spaces break anywhere rather than scroll the page sideways. */
  .confirm p,
  dialog h3,
  .notice {
    overflow-wrap: anywhere;
  }
  .primary.danger {
    background: var(--passkey-danger);
    color: var(--passkey-surface);
  }
  .notice.info {
    color: var(--passkey-muted);
  }
  .rename,
  .confirm {
    margin: var(--passkey-space-s) 0;
  }
  .rename input {
    width: 100%;
    min-width: 0;
  }
  .rename .actions,
  .confirm .actions,
  .approval .actions {
    margin-top: var(--passkey-space-s);
  }
  .confirm p,
  .approval p {
    margin: 0;
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* The "⋯" menu, under its button, towards the row's inner edge. */
  .menu {
    position: absolute;
    z-index: 1;
    top: calc(100% + 4px);
    inset-inline-end: 0;
    min-width: 10rem;
    padding: 4px;
    background: var(--passkey-surface);
    border: 1px solid var(--passkey-border);
    border-radius: var(--passkey-radius-control);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  .menu [role='menuitem'] {
    display: block;
    width: 100%;
    min-height: 40px;
    padding: 0 var(--passkey-space-m);
    border: 0;
    border-radius: calc(var(--passkey-radius-control) - 2px);
    background: none;
    color: var(--passkey-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus-visible {
    background: var(--passkey-surface-raised);
  }
  .menu [role='menuitem']:focus-visible {
    outline: 2px solid var(--passkey-focus-ring);
    outline-offset: -2px;
  }
  .menu .danger {
    color: var(--passkey-danger);
  }
  /* Dialogs: in the top layer, one surface, within the viewport at any width. */
  dialog {
    box-sizing: border-box;
    width: min(34rem, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    padding: var(--passkey-space-m);
    border: 1px solid var(--passkey-border);
    border-radius: var(--passkey-radius);
    background: var(--passkey-surface);
    color: var(--passkey-text);
    box-shadow: 0 16px 48px rgb(0 0 0 / 0.3);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(10 14 22 / 0.55);
  }
  dialog.approval[open] {
    display: flex;
    gap: var(--passkey-space-m);
  }
  dialog.approval > div {
    min-width: 0;
  }
  dialog.adding {
    width: min(40rem, calc(100vw - 24px));
  }
  .dialog-head {
    display: flex;
    gap: var(--passkey-space-s);
    align-items: center;
    justify-content: space-between;
    margin-bottom: var(--passkey-space-s);
  }
  .dialog-head h2 {
    margin: 0;
  }
  .close {
    flex: none;
    min-width: 40px;
    min-height: 40px;
    padding: 0;
  }
  /* The embedded flow is the dialog's content, not a card inside it. */
  .adding passkey-register {
    max-width: none;
  }
  .adding passkey-register::part(base) {
    padding: 0;
    border: 0;
    box-shadow: none;
    background: none;
  }
  .kind-badge.small {
    width: 40px;
    height: 40px;
    flex: none;
    margin: 0;
  }
  @media (max-width: 420px) {
    dialog.approval[open] {
      display: block;
    }
    dialog.approval .kind-badge {
      margin-bottom: var(--passkey-space-s);
    }
  }
`;
