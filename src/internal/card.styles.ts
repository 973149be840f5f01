import { css } from 'lit';

// Dark values, shared by the explicit theme="dark" and by theme="auto" under a dark OS setting.
const dark = css`
  --passkey-accent: #8ab0ff;
  --passkey-accent-text: #0b1220;
  --passkey-surface: #161a21;
  --passkey-surface-raised: #1e232c;
  --passkey-text: #e9ecf1;
  --passkey-muted: #a7afbc;
  --passkey-border: #3a4150;
  --passkey-border-strong: #68717f;
  --passkey-danger: #ff9b91;
  --passkey-danger-surface: #2c1a1a;
  --passkey-success: #6fd69a;
  --passkey-focus-ring: #8ab0ff;
  --passkey-shadow: 0 1px 2px rgb(0 0 0 / 0.4), 0 8px 24px rgb(0 0 0 / 0.35);
  color-scheme: dark;
`;

/**
 * The card and its first view (naming, with the help's summary line); shared with
 * <passkey-credentials>. The help's sections are styled in ../passkey-register/flow-views.styles.ts,
 * whose chunk renders them.
 * No comments inside the CSS: they would ship. Notes:
 * - `--passkey-border-strong`: fields and the off-state switch, at least 3:1 against the surface
 *   in light and dark (WCAG 1.4.11); `--passkey-border` stays for decorative lines.
 * - `.card { overflow-wrap: anywhere }`: a 64-character name without spaces breaks rather than
 *   scrolling the page sideways.
 * - Headings take focus only so screen readers start at the new step; they aren't controls, so
 *   no ring.
 * - The help's disclosure arrow points along the reading direction when closed, down when open.
 * - `.error-box`: the one error block of both elements (./error-block.ts).
 * - The container query: phone widths give the text the room.
 */
export const styles = css`
  :host {
    --passkey-accent: #1d4ed8;
    --passkey-accent-text: #ffffff;
    --passkey-surface: #ffffff;
    --passkey-surface-raised: #f5f7fa;
    --passkey-text: #141821;
    --passkey-muted: #566070;
    --passkey-border: #d3d8e0;
    --passkey-border-strong: #858f9e;
    --passkey-danger: #b42318;
    --passkey-danger-surface: #fef3f2;
    --passkey-success: #0e7a3e;
    --passkey-focus-ring: #1d4ed8;
    --passkey-radius: 12px;
    --passkey-radius-control: 8px;
    --passkey-space-xs: 4px;
    --passkey-space-s: 8px;
    --passkey-space-m: 16px;
    --passkey-space-l: 24px;
    --passkey-space-xl: 32px;
    --passkey-font-family:
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --passkey-font-size: 15px;
    --passkey-font-size-small: 13px;
    --passkey-font-size-heading: 20px;
    --passkey-shadow: 0 1px 2px rgb(16 24 40 / 0.06), 0 8px 24px rgb(16 24 40 / 0.08);

    display: block;
    max-width: 480px;
    container-type: inline-size;
    color-scheme: light;
    font-family: var(--passkey-font-family);
    font-size: var(--passkey-font-size);
    line-height: 1.5;
    color: var(--passkey-text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    overflow-wrap: anywhere;
    background: var(--passkey-surface);
    border: 1px solid var(--passkey-border);
    border-radius: var(--passkey-radius);
    box-shadow: var(--passkey-shadow);
    padding: var(--passkey-space-l);
  }
  h2,
  .heading {
    margin: 0 0 var(--passkey-space-s);
    font-size: var(--passkey-font-size-heading);
    line-height: 1.3;
    font-weight: 600;
    letter-spacing: -0.01em;
  }
  h2:focus,
  .heading:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--passkey-space-m);
  }
  .muted {
    color: var(--passkey-muted);
    font-size: var(--passkey-font-size-small);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  label {
    display: block;
    font-weight: 600;
    margin-bottom: var(--passkey-space-xs);
  }
  input {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: var(--passkey-space-s) 12px;
    font: inherit;
    color: var(--passkey-text);
    background: var(--passkey-surface);
    border: 1px solid var(--passkey-border-strong);
    border-radius: var(--passkey-radius-control);
  }
  input[aria-invalid='true'] {
    border-color: var(--passkey-danger);
  }
  .hint {
    margin: var(--passkey-space-s) 0 var(--passkey-space-m);
  }
  .field-error {
    display: flex;
    gap: var(--passkey-space-xs);
    align-items: center;
    color: var(--passkey-danger);
    font-size: var(--passkey-font-size-small);
    margin: var(--passkey-space-s) 0 0;
  }
  .field-error .icon {
    width: 18px;
    height: 18px;
    flex: none;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--passkey-radius-control);
  }
  :focus-visible {
    outline: 2px solid var(--passkey-focus-ring);
    outline-offset: 2px;
  }
  .primary,
  .secondary {
    min-height: 44px;
    padding: 0 var(--passkey-space-l);
    font-weight: 600;
    border: 1px solid transparent;
  }
  .primary {
    background: var(--passkey-accent);
    color: var(--passkey-accent-text);
  }
  .primary:hover {
    filter: brightness(1.08);
  }

  .help {
    margin-top: var(--passkey-space-l);
    padding-top: var(--passkey-space-m);
    border-top: 1px solid var(--passkey-border);
    font-size: var(--passkey-font-size-small);
  }
  .help summary {
    display: inline-flex;
    align-items: center;
    gap: var(--passkey-space-s);
    min-height: 32px;
    font-weight: 600;
    color: var(--passkey-accent);
    cursor: pointer;
  }
  .help summary::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  [dir='rtl'] .help summary::before {
    transform: rotate(135deg);
  }
  .help[open] summary::before {
    transform: rotate(45deg);
  }
  @container (max-width: 400px) {
    .card {
      padding: var(--passkey-space-m);
    }
  }

  @media (forced-colors: active) {
    .card,
    input {
      border-color: CanvasText;
    }
    .primary {
      border-color: ButtonText;
    }
  }
`;

/**
 * The rest of the card: the waiting and error states, the buttons' row and the secondary button,
 * which the later steps and <passkey-credentials> share. <passkey-register> adopts it when it
 * first leaves the naming view (`addStyles` in ./lazy.ts), so its first render parses only the
 * sheet above; <passkey-credentials> lists both.
 */
export const stateStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passkey-space-s);
    margin-top: var(--passkey-space-l);
  }
  .secondary {
    background: transparent;
    color: var(--passkey-text);
    border-color: var(--passkey-border);
  }
  .secondary:hover {
    background: var(--passkey-surface-raised);
  }
  .waiting {
    display: flex;
    align-items: center;
    gap: var(--passkey-space-s);
    color: var(--passkey-muted);
    margin-bottom: var(--passkey-space-m);
  }
  .spinner {
    width: 20px;
    height: 20px;
    flex: none;
    border-radius: 50%;
    border: 2px solid var(--passkey-border);
    border-top-color: var(--passkey-accent);
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  .kind-badge {
    display: inline-grid;
    place-items: center;
    width: 48px;
    height: 48px;
    border-radius: 50%;
    background: var(--passkey-surface-raised);
    color: var(--passkey-accent);
    margin-bottom: var(--passkey-space-m);
  }

  .error-box {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 12px;
    padding: var(--passkey-space-m);
    border-radius: var(--passkey-radius-control);
    background: var(--passkey-danger-surface);
    border: 1px solid var(--passkey-danger);
  }
  .error-box > .icon {
    width: 24px;
    height: 24px;
    color: var(--passkey-danger);
  }
  .error-box .error-title {
    margin: 0 0 var(--passkey-space-xs);
    color: var(--passkey-danger);
    font-size: var(--passkey-font-size-heading);
    font-weight: 600;
    line-height: 1.2;
  }
  .error-box p {
    margin: 0;
  }
  .error-box p + p {
    margin-top: var(--passkey-space-xs);
  }
  .error-box .actions {
    margin-top: var(--passkey-space-m);
  }

  @media (forced-colors: active) {
    .error-box {
      border-color: CanvasText;
    }
    .spinner {
      border-color: CanvasText;
      border-top-color: Highlight;
    }
  }
`;
