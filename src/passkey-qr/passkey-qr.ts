import { LitElement, html, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { LocaleController } from '../i18n.js';
import { QUIET_ZONE, QrTooLongError, encodeQr, qrPath } from '../qr.js';
import { enQr } from '../strings.js';
import type { PasskeyQrStrings } from '../strings.js';
import { styles } from './passkey-qr.styles.js';

// One first-load chunk for every bundler that splits by importer sets (see internal/first-load.ts).
export * from '../internal/first-load.js';

/**
 * Draws any text as a QR code in SVG (error correction M, 4-module quiet zone), with the text
 * itself shown and copyable for people who can't scan. The encoder loads on first draw.
 *
 * @summary A QR code as accessible SVG.
 * @tag passkey-qr
 *
 * @csspart qr - The SVG image.
 * @csspart link - The encoded text, shown for copying.
 * @csspart copy - The copy button.
 *
 * @cssproperty --passkey-qr-size - Width and height of the code.
 * @cssproperty --passkey-qr-text - Text colour.
 * @cssproperty --passkey-qr-muted - Colour of the link text and messages.
 * @cssproperty --passkey-qr-border - Border of the placeholder and button.
 * @cssproperty --passkey-qr-radius - Corner radius of the code.
 * @cssproperty --passkey-qr-focus-ring - Focus outline of the button.
 * @cssproperty --passkey-qr-button-radius - Corner radius of the copy button.
 */
export class PasskeyQr extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    value: {},
    label: {},
    strings: { attribute: false },
    path: { state: true },
    size: { state: true },
    failed: { state: true },
    copied: { state: true },
  };

  /** The text to encode, e.g. a URL. */
  value = '';

  /** The accessible name of the image, saying what the code is for. */
  label?: string;

  /** Overrides for the strings. */
  strings: Partial<PasskeyQrStrings> = {};

  private path?: string;
  private size = 0;
  private failed?: 'too-long' | 'error';
  private copied = false;

  /** Resolves when the code for the current value has been drawn (or has failed). */
  drawn: Promise<void> = Promise.resolve();

  private generation = 0;
  private readonly locale = new LocaleController(this);

  private get t(): PasskeyQrStrings {
    return { ...enQr, ...this.locale.locale?.qr, ...this.strings };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.drawn = this.draw(this.value);
  }

  private async draw(text: string): Promise<void> {
    const generation = ++this.generation;
    this.path = undefined;
    this.failed = undefined;
    this.copied = false;
    if (!text) return;
    try {
      const matrix = await encodeQr(text);
      if (generation !== this.generation) return;
      this.size = matrix.size + 2 * QUIET_ZONE;
      this.path = qrPath(matrix);
    } catch (err) {
      if (generation !== this.generation) return;
      this.failed = err instanceof QrTooLongError ? 'too-long' : 'error';
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.value);
      this.copied = true;
    } catch {
      // No clipboard permission: select the text so the user can copy it themselves.
      const text = this.renderRoot.querySelector('.link-text');
      if (text) getSelection()?.selectAllChildren(text);
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const label = this.label ?? t.label;
    let code: TemplateResult;
    if (this.failed) {
      // No image was drawn: the reason is text that screen readers read, not a hidden image label.
      code = html`<p class="code error">${this.failed === 'too-long' ? t.tooLong : t.failed}</p>`;
    } else if (this.path === undefined) {
      code = html`<div class="code pending" role="img" aria-label=${label} aria-busy="true"></div>`;
    } else {
      code = html`${svg`<svg
        part="qr"
        class="code"
        role="img"
        aria-label=${label}
        viewBox="0 0 ${this.size} ${this.size}"
        shape-rendering="crispEdges"
      ><rect width=${this.size} height=${this.size} fill="#fff"/><path d=${this.path} fill="#000"/></svg>`}`;
    }
    return html`
      ${code}
      ${
        this.value
          ? html`<div class="link">
              <bdi part="link" class="link-text" dir="ltr">${this.value}</bdi>
              <button part="copy" type="button" @click=${() => void this.copy()}>${t.copy}</button>
            </div>`
          : null
      }
      <span class="sr-only" role="status">${this.copied ? t.copied : ''}</span>
    `;
  }
}
