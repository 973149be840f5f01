import { css } from 'lit';

/** The rename form, delete confirmation, approval prompt and "Add passkey"; adopted with ./changes.ts. */
export const changeStyles = css`
  h3 {
    margin: 0 0 var(--passkey-space-xs);
    font-size: var(--passkey-font-size);
  }
  .primary.danger {
    background: var(--passkey-danger);
    color: var(--passkey-surface);
  }
  .rename,
  .confirm,
  .approval,
  .adding {
    margin: var(--passkey-space-s) 0;
  }
  .adding passkey-register {
    max-width: none;
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
  .approval {
    display: flex;
    gap: var(--passkey-space-m);
    padding: var(--passkey-space-m);
    border: 1px solid var(--passkey-accent);
    border-radius: var(--passkey-radius-control);
  }
  .kind-badge.small {
    width: 40px;
    height: 40px;
    flex: none;
    margin: 0;
  }
`;
