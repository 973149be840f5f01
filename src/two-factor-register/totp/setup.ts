/**
 * The authenticator tab's lazy chunk: setting an app up (approval, the QR code and key, the code
 * from the app) and removing it, with their views, strings and styles, the key URI's validator
 * and the approval code. The element loads it on the first sign of intent (pointer or focus),
 * or on Set up / Remove, so a page that only shows the status pays for the status alone.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { AuthenticationResponseJSON, PasskeyAction, TotpStatus } from '../../adapter.js';
import { checkName, isolate } from '../../device-name.js';
import { errorBlock, heading, stop } from '../../internal/error-block.js';
import { errorCode } from '../../internal/errors.js';
import { alertIcon, icon } from '../../internal/icon.js';
import { TwoFactorTotpAddedEvent, TwoFactorTotpRemovedEvent } from './events.js';
import { groupsOfFour, parseTotpSetup } from './otpauth.js';
import type { TotpContext, TotpState } from './state.js';

export { enTotpSetup } from './strings-setup.js';
export { setupStyles } from './setup.styles.js';

type Scan = TotpState & { step: 'scan' };

const checkIcon = icon(svg`<circle cx="12" cy="12" r="9"/><path d="m8 12.5 2.7 2.7L16.5 9.5"/>`);

/** The approval code (and WebAuthn with it) loads only when the RP asks for an approval. */
const loadApproval = () => import('../../internal/approval.js');

/**
 * Asks the adapter whether `action` needs an existing passkey's approval, and when it does,
 * waits for the user to give it (Confirm with passkey). Resolves undefined when none is needed.
 */
async function approval(
  c: TotpContext,
  action: PasskeyAction & { type: 'totp-setup' | 'totp-remove' },
  signal: AbortSignal,
): Promise<AuthenticationResponseJSON | undefined> {
  const adapter = c.adapter;
  if (!adapter?.approvalOptions) return undefined;
  const m = await loadApproval();
  const options = await m.approvalOptionsFor(adapter, action, signal, c.adapterTimeout);
  if (!options || signal.aborted) return undefined;
  const approver = (c.approver ??= new m.ApprovalController(c, () => c.requestUpdate()));
  return new Promise((approved, failed) => {
    approver.request(options, { approved, failed });
    c.go({ step: 'approving', action: action.type });
  });
}

export async function setUp(c: TotpContext): Promise<void> {
  const signal = c.begin();
  c.go({ step: 'starting' });
  try {
    const approved = await approval(c, { type: 'totp-setup' }, signal);
    if (signal.aborted) return;
    if (approved) c.go({ step: 'starting' });
    const raw = await c.call(signal, (a, s) =>
      a.startTotp ? a.startTotp(approved ? { approval: approved } : {}, s) : c.missing(),
    );
    if (signal.aborted) return;
    const { setup, key } = parseTotpSetup(raw);
    c.approver?.clear();
    c.code = c.appName = '';
    c.qrFailed = false;
    c.go({ step: 'scan', setup, key });
  } catch (err) {
    c.fail(signal, err, () => void setUp(c), { step: 'off' });
  }
}

async function verify(c: TotpContext, s: Scan): Promise<void> {
  if (s.busy) return;
  // Pasted with spaces or a dash, or typed as full-width digits: the digits are what count.
  const code = c.code.normalize('NFKC').replace(/[\s-]/g, '');
  const checked = checkName(c.appName);
  const nameProblem = checked.problem === 'empty' ? undefined : checked.problem;
  const problem = code.length === s.key.digits && /^\d+$/.test(code) ? undefined : 'format';
  if (problem || nameProblem)
    return c.go({ ...s, problem, nameProblem, error: undefined }, problem ? 'code' : 'name');
  const name = checked.problem ? undefined : checked.name;
  const signal = c.begin();
  s = { ...s, problem: undefined, nameProblem: undefined, error: undefined };
  c.go({ ...s, busy: true }, false);
  try {
    const raw = await c.call(signal, (a, sig) =>
      a.verifyTotp
        ? a.verifyTotp({ id: s.setup.id, code, ...(name ? { name } : {}) }, sig)
        : c.missing(),
    );
    if (signal.aborted) return;
    const status = c.parseStatus(raw);
    // A verified code must leave the app set up; anything else is a reply we can't use.
    if (!status.configured) c.parseStatus(null);
    c.go({ step: 'added', status, name });
    c.dispatchEvent(new TwoFactorTotpAddedEvent(name));
  } catch (err) {
    if (signal.aborted) return;
    const code = errorCode(err);
    if (code === 'invalid-code') {
      c.code = '';
      c.go({ ...s, busy: false, problem: 'invalid-code' }, 'code');
    } else if (
      code === 'rate-limited' ||
      code === 'network' ||
      code === 'server' ||
      code === 'invalid-response'
    ) {
      // The setup still stands: the user can send a code again once the cause is gone.
      c.go({ ...s, busy: false, error: code }, 'code');
    } else {
      // Expired, set up meanwhile (conflict), or refused: no point in sending codes.
      c.fail(signal, err, () => void setUp(c), { step: 'off' });
    }
  }
}

export async function removeApp(c: TotpContext, status: TotpStatus): Promise<void> {
  const signal = c.begin();
  c.go({ step: 'removing' });
  try {
    const approved = await approval(c, { type: 'totp-remove' }, signal);
    if (signal.aborted) return;
    if (approved) c.go({ step: 'removing' });
    await c.call(signal, (a, s) => (a.removeTotp ? a.removeTotp(approved, s) : c.missing()));
    if (signal.aborted) return;
    c.approver?.clear();
    c.go({ step: 'off', notice: 'removed' });
    c.dispatchEvent(new TwoFactorTotpRemovedEvent());
  } catch (err) {
    c.fail(signal, err, () => void removeApp(c, status), { step: 'on', status });
  }
}

async function copy(c: TotpContext, secret: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(secret);
    c.copied = true;
    c.requestUpdate();
  } catch {
    // No clipboard permission: select the key so the user can copy it themselves.
    const text = c.shadowRoot?.querySelector('[part=secret]');
    if (text) getSelection()?.selectAllChildren(text);
  }
}

/** What the live region says in the setup's steps. */
export function announce(c: TotpContext, s: TotpState): string {
  const t = c.t;
  if (c.copied) return t.copied;
  if (s.step === 'approving') return c.approver?.busy ? t.approvingWait : t.approvingHeading;
  // Field errors and failures speak through their own role="alert".
  if (s.step === 'scan') return s.busy ? t.verifying : s.problem || s.error ? '' : t.scanHeading;
  if (s.step === 'added') return t.addedHeading;
  return '';
}

/** The view of a setup step, or undefined for the steps the element draws itself. */
export function view(c: TotpContext, s: TotpState): TemplateResult | undefined {
  const t = c.t;
  if (s.step === 'approving') {
    const busy = Boolean(c.approver?.busy);
    return html`${heading(c.level, t.approvingHeading)}
      <p>${t.approvingBody[s.action]}</p>
      ${
        busy
          ? html`<div class="waiting">
              <span class="spinner" aria-hidden="true"></span>${t.approvingWait}
            </div>`
          : nothing
      }
      <div class="actions">
        <button
          part="button"
          type="button"
          class="primary"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => c.approver?.approve()}
        >
          ${t.approve}
        </button>
        ${c.button(t.cancel, () => c.approver?.cancel())}
      </div>`;
  }
  if (s.step === 'added') {
    return html`<div class="success">
      <span class="result-icon">${checkIcon}</span>
      ${heading(c.level, t.addedHeading)}
      <p>${s.name ? t.addedBodyNamed(isolate(s.name)) : t.addedBody}</p>
      <div class="actions">${c.button(t.done, () => c.go({ step: 'on', status: s.status }))}</div>
    </div>`;
  }
  if (s.step === 'scan') return scan(c, s);
  return undefined;
}

/** The key in groups of four, four groups a line, as authenticator apps print it. */
function secretRows(secret: string): TemplateResult[] {
  const groups = groupsOfFour(secret);
  const rows: TemplateResult[] = [];
  for (let i = 0; i < groups.length; i += 4)
    rows.push(html`<span>${groups.slice(i, i + 4).join(' ')}</span>`);
  return rows;
}

function scan(c: TotpContext, s: Scan): TemplateResult {
  const t = c.t;
  const { key } = s;
  const account = key.issuer
    ? `${isolate(key.issuer)} (${isolate(key.account)})`
    : isolate(key.account);
  const invalid = t.setupErrors['invalid-code'];
  // The server's refusal has a title and a body; a code of the wrong shape, one line.
  const codeError =
    s.problem === 'invalid-code'
      ? html`<strong>${invalid.title}</strong>${stop(invalid.body)} ${invalid.body}`
      : s.problem && t.codeProblem(key.digits);
  const error = s.error && c.errorText(s.error);
  // A field's error (announced when it appears) and hint, and the input's attributes naming them.
  const field = (id: string, problem: unknown, hint: unknown, code?: string) => ({
    invalid: problem ? 'true' : 'false',
    describedBy: problem ? `${id}-error ${id}-hint` : `${id}-hint`,
    notes: html`${
        problem
          ? html`<p id="${id}-error" class="field-error" role="alert" data-code=${code ?? nothing}>
              ${alertIcon}<span>${problem}</span>
            </p>`
          : nothing
      }
      <p id="${id}-hint" class="hint muted">${hint}</p>`,
  });
  const codeField = field('code', codeError, t.codeHint(key.digits), s.problem);
  const nameField = field('name', s.nameProblem && t.nameProblems[s.nameProblem], t.nameHint);
  return html`${heading(c.level, t.scanHeading)}
    <ol class="steps">
      ${t.scanSteps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <div class="scan">
      <passkey-qr part="qr" .value=${key.uri} label=${t.qrLabel}></passkey-qr>
      <div class="key">
        <p class="account">${t.account(account)}</p>
        <details class="manual" ?open=${c.qrFailed}>
          <summary>${t.manualSummary}</summary>
          <p class="muted">${t.manualBody}</p>
          <p class="secret">
            <span part="secret" dir="ltr">${secretRows(key.secret)}</span>
          </p>
          <p class="muted">${t.keyDetails(key.digits)}</p>
          ${c.button(t.copy, () => void copy(c, key.secret))}
        </details>
      </div>
    </div>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void verify(c, s);
      }}
    >
      ${error ? errorBlock({ title: error.title, body: error.body, code: s.error }) : nothing}
      <label for="code">${t.codeLabel}</label>
      <input
        id="code"
        part="input"
        class="code"
        name="one-time-code"
        inputmode="numeric"
        autocomplete="one-time-code"
        spellcheck="false"
        dir="ltr"
        .value=${c.code}
        aria-invalid=${codeField.invalid}
        aria-describedby=${codeField.describedBy}
        @input=${(e: Event) => (c.code = (e.target as HTMLInputElement).value)}
      />
      ${codeField.notes}
      <label for="name">${t.nameLabel}</label>
      <input
        id="name"
        part="input"
        name="app-name"
        autocomplete="off"
        dir="auto"
        .value=${c.appName}
        aria-invalid=${nameField.invalid}
        aria-describedby=${nameField.describedBy}
        @input=${(e: Event) => (c.appName = (e.target as HTMLInputElement).value)}
      />
      ${nameField.notes}
      <div class="actions">
        <button
          part="button"
          type="submit"
          class="primary"
          aria-disabled=${s.busy ? 'true' : 'false'}
        >
          ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.verify}
        </button>
        ${c.button(t.cancel, () => {
          // Nothing is stored until a code verifies; the setup expires on the server.
          c.begin();
          c.go({ step: 'off', notice: 'cancelled' });
        })}
      </div>
    </form>`;
}
