/**
 * Drives <passkey-register> the way a user would (type, press, choose), for story play
 * functions and browser tests alike. No test-framework imports, so Storybook can load it.
 */
import type { PasskeyCredential, PublicKeyCredentialCreationOptionsJSON } from '../../src/index.js';
import type { PasskeyQr } from '../../src/passkey-qr/passkey-qr.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import type { AuthenticatorKind } from '../../src/webauthn.js';
import { until } from './poll.js';
import { scriptedAdapter } from './scripted-adapter.js';

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found)
    throw new Error(`No ${selector} in <${el.localName}> at step ${(el as PasskeyRegister).step}`);
  return found;
}

/** The <passkey-register> inside a story's canvas. */
export function registerIn(canvas: ParentNode): PasskeyRegister {
  const el = canvas.querySelector('passkey-register');
  if (!el) throw new Error('No <passkey-register> in the canvas');
  return el;
}

/** Waits until the element (<passkey-register> or any other with a `step`) is at `step`, rendered. */
export async function untilStep<E extends { step: unknown; updateComplete: Promise<unknown> }>(
  el: E,
  step: E['step'],
  timeout = 5000,
): Promise<void> {
  const start = performance.now();
  while (el.step !== step) {
    if (performance.now() - start > timeout)
      throw new Error(`expected step ${String(step)}, still at ${String(el.step)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

/** Types a name (when given) and presses Register. */
export async function submitName(el: PasskeyRegister, name?: string): Promise<void> {
  await el.updateComplete;
  const input = $(el, 'input') as HTMLInputElement;
  if (name !== undefined) {
    input.value = name;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
}

/** Presses Register (typing `name` first, when given) and waits for the authenticator choice. */
export async function toChoosing(el: PasskeyRegister, name?: string): Promise<PasskeyRegister> {
  await submitName(el, name);
  await untilStep(el, 'choosing');
  return el;
}

export function choice(el: PasskeyRegister, kind: AuthenticatorKind): HTMLButtonElement {
  return $(el, `button[data-kind="${kind}"]`) as HTMLButtonElement;
}

/** The handoff view's QR once it is drawn (its element defined, its value set, its SVG drawn). */
export async function drawnQr(el: PasskeyRegister, timeout = 5000): Promise<PasskeyQr> {
  const qr = () => el.shadowRoot!.querySelector('passkey-qr');
  await until(() => customElements.get('passkey-qr') && qr()?.value, 'a drawn QR', timeout);
  const drawn = qr()!;
  await drawn.updateComplete;
  await drawn.drawn;
  await drawn.updateComplete;
  return drawn;
}

/** Presses Register (typing `name` first, when given), chooses the phone, returns the drawn QR. */
export async function openQr(el: PasskeyRegister, name?: string): Promise<PasskeyQr> {
  await toChoosing(el, name);
  choice(el, 'phone').click();
  return drawnQr(el);
}

export function errorCode(el: PasskeyRegister): string | undefined {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=error]')?.dataset.code;
}

/**
 * An adapter whose phone handoff link expires `ms` from now and whose wait for the phone hangs:
 * the computer stays at the QR view with its countdown.
 */
export const handoffAdapter = (ms: number, more: Parameters<typeof scriptedAdapter>[0] = {}) =>
  scriptedAdapter({
    registrationOptions: { resolve: creationOptions() },
    startHandoff: {
      run: () =>
        Promise.resolve({
          id: 'aGFuZG9mZg',
          url: `${location.origin}/demo/phone.html#p53VsXatm7t16KC21hJgF9RxUBWS2Y65q9h_zSE2iSk`,
          expiresAt: new Date(Date.now() + ms).toISOString(),
        }),
    },
    awaitHandoff: { hang: true },
    ...more,
  });

/** Creation options for this page, as a relying party would send them. */
export function creationOptions(
  patch: Partial<PublicKeyCredentialCreationOptionsJSON> = {},
): PublicKeyCredentialCreationOptionsJSON {
  return {
    rp: { name: 'Acme Invest', id: location.hostname },
    user: { id: 'c3RvcnktdXNlcg', name: 'alex@example.com', displayName: 'Alex Morgan' },
    challenge: 'c3Rvcnktb25seS1jaGFsbGVuZ2UtMTIzNDU2Nzg',
    pubKeyCredParams: [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ],
    // Long enough for a designer to look at a waiting view.
    timeout: 600_000,
    attestation: 'none',
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
    ...patch,
  };
}

/** Request options for approval with an existing passkey, as a relying party would send them. */
export function approvalRequestOptions() {
  return {
    challenge: 'c3RvcnktYXBwcm92YWwtY2hhbGxlbmdl',
    rpId: location.hostname,
    userVerification: 'required',
  } as const;
}

export function storedCredential(
  name: string,
  patch: Partial<PasskeyCredential> = {},
): PasskeyCredential {
  return {
    id: 'c3RvcnktY3JlZGVudGlhbA',
    name,
    createdAt: new Date().toISOString(),
    active: true,
    backedUp: true,
    transports: ['internal', 'hybrid'],
    ...patch,
  };
}

/**
 * Makes capability detection report a device without a platform authenticator or Bluetooth.
 * Only detection is replaced, never a ceremony's result. Returns a function that restores it.
 */
export function reportCapabilities(caps: { platform: boolean; hybrid: boolean }): () => void {
  const PKC = PublicKeyCredential as unknown as {
    getClientCapabilities?: () => Promise<Record<string, boolean>>;
    isUserVerifyingPlatformAuthenticatorAvailable: () => Promise<boolean>;
  };
  const original = {
    get: PKC.getClientCapabilities,
    uvpaa: PKC.isUserVerifyingPlatformAuthenticatorAvailable,
  };
  PKC.getClientCapabilities = () =>
    Promise.resolve({
      userVerifyingPlatformAuthenticator: caps.platform,
      passkeyPlatformAuthenticator: caps.platform,
      hybridTransport: caps.hybrid,
    });
  PKC.isUserVerifyingPlatformAuthenticatorAvailable = () => Promise.resolve(caps.platform);
  return () => {
    PKC.getClientCapabilities = original.get;
    PKC.isUserVerifyingPlatformAuthenticatorAvailable = original.uvpaa;
  };
}

/**
 * A thin stub for the errors no virtual authenticator can be made to raise (SecurityError,
 * UnknownError): the next create() rejects with that DOMException; later calls are real again.
 */
export function failNextCreate(name: string, message = `Simulated ${name}`): void {
  const original = navigator.credentials.create.bind(navigator.credentials);
  navigator.credentials.create = () => {
    navigator.credentials.create = original;
    return Promise.reject(new DOMException(message, name));
  };
}

const IMPLICIT_ROLES: Record<string, string> = {
  button: 'button, input[type=button], input[type=submit], input[type=reset]',
  link: 'a[href]',
  textbox: 'input:not([type]), input[type=text], input[type=email], textarea',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  heading: 'h1, h2, h3, h4, h5, h6',
  list: 'ol, ul',
};

/** An element's accessible name, as far as these widgets need it: aria-labelledby, aria-label, then its text. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  // By tag name, not instanceof: an element in a frame has that frame's classes.
  const input = el.localName === 'input' ? (el as HTMLInputElement) : undefined;
  if (input?.labels?.length)
    return [...input.labels]
      .map((l) => l.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  if (input && (input.type === 'button' || input.type === 'submit')) return input.value.trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function* deep(root: Element | ShadowRoot | Document): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/**
 * Every element under `root` (and inside its shadow roots, nested ones too) with this role,
 * explicit or implicit, whose accessible name matches `name` (a string must match in full), that
 * is rendered (not hidden or display: none).
 */
export function allByRole(
  root: Element | ShadowRoot | Document,
  role: string,
  name?: string | RegExp,
): HTMLElement[] {
  const start = 'shadowRoot' in root && root.shadowRoot ? root.shadowRoot : root;
  const implicit = IMPLICIT_ROLES[role];
  return [...deep(start)].filter((el): el is HTMLElement => {
    if (!('click' in el)) return false; // an HTML element, of this document or a frame's
    const explicit = el.getAttribute('role');
    if (explicit ? explicit !== role : !(implicit && el.matches(implicit))) return false;
    if (el.closest('[hidden], [aria-hidden=true]') || el.getClientRects().length === 0)
      return false;
    if (name === undefined) return true;
    const accessible = accessibleName(el);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
}

/** The one control with this role and accessible name under `root`, shadow roots included; throws if none or several. */
export function byRole<T extends HTMLElement = HTMLElement>(
  root: Element | ShadowRoot | Document,
  role: string,
  name?: string | RegExp,
): T {
  const found = allByRole(root, role, name);
  const what = `${role}${name === undefined ? '' : ` named ${String(name)}`}`;
  if (found.length === 0)
    throw new Error(`No ${what} in ${'localName' in root ? `<${root.localName}>` : 'the page'}`);
  if (found.length > 1) throw new Error(`${found.length} of ${what}: name it more exactly`);
  return found[0] as T;
}
