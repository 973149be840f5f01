/** Shared browser-test helpers: virtual authenticators, a fresh RP session, DOM access. */
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import { createFetchAdapter } from '../../src/index.js';
import type { PasskeyAdapter, PasskeyCredential } from '../../src/index.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import '../../src/define.js';
import { choice, toChoosing, untilStep } from './drive.js';

export interface AuthenticatorOptions {
  transport: 'internal' | 'usb' | 'nfc' | 'ble' | 'cable';
  hasResidentKey?: boolean;
  hasUserVerification?: boolean;
  isUserVerified?: boolean;
  automaticPresenceSimulation?: boolean;
  defaultBackupEligibility?: boolean;
  defaultBackupState?: boolean;
  /** Supports the PRF extension (hmac-secret); Chromium only. */
  hasPrf?: boolean;
  /** Supports the largeBlob extension; Chromium only. */
  hasLargeBlob?: boolean;
}

const added: string[] = [];

/** The engine running the tests (`npm run test:firefox` runs a subset in Firefox). */
export const engine: 'chromium' | 'firefox' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : 'chromium';

let currentTest: Mocha.Test | undefined;
beforeEach(function () {
  currentTest = this.currentTest;
});
afterEach(() => {
  currentTest = undefined;
});

/**
 * Skips the running test in `skippedIn`, where it can't run: counted as skipped, with the reason
 * in the browser log. Other engines run it as usual.
 */
export function needs(what: string, skippedIn: typeof engine): void {
  if (engine !== skippedIn) return;
  if (!currentTest)
    throw new Error(`Needs ${what}, which ${engine} lacks: skip from a test, not a hook`);
  console.log(`Skipped in ${engine}, needs ${what}: ${currentTest.fullTitle()}`);
  currentTest.skip();
}

/**
 * What Firefox, driven here, can't give a test: it reports no platform authenticator (so the
 * widget rightly disables "This device") and refuses `authenticatorAttachment: 'platform'` even
 * with a virtual internal one; and its virtual authenticators (Marionette) can't wait for a
 * touch, have no hybrid transport and no backup flags, and their credentials all say USB.
 */
function firefoxLacks(o: AuthenticatorOptions): string | undefined {
  if (o.transport === 'internal') return 'a platform authenticator';
  if (o.transport === 'cable') return 'a hybrid (caBLE) authenticator';
  // Firefox's virtual authenticators report their credentials' transports as ['usb'] whatever
  // transport they were given.
  if (o.transport === 'nfc' || o.transport === 'ble') return `an ${o.transport} authenticator`;
  if (o.automaticPresenceSimulation === false) return 'an authenticator that waits for a touch';
  if (o.defaultBackupEligibility || o.defaultBackupState) return 'a synced (backed-up) passkey';
  return undefined;
}

/**
 * Adds a virtual authenticator to the browser (CDP in Chromium, Marionette in Firefox); removed
 * by `removeAuthenticators`. In Firefox, a test asking for one it can't have is skipped.
 */
export async function addAuthenticator(options: AuthenticatorOptions): Promise<string> {
  const lacking = firefoxLacks(options);
  if (lacking) needs(lacking, 'firefox');
  const { authenticatorId } = await executeServerCommand<{ authenticatorId: string }, object>(
    'webauthn',
    {
      action: 'add',
      ...options,
    },
  );
  added.push(authenticatorId);
  return authenticatorId;
}

export async function removeAuthenticators(): Promise<void> {
  while (added.length)
    await executeServerCommand('webauthn', { action: 'remove', authenticatorId: added.pop() });
}

export async function setUserVerified(
  authenticatorId: string,
  isUserVerified: boolean,
): Promise<void> {
  await executeServerCommand('webauthn', {
    action: 'set-user-verified',
    authenticatorId,
    isUserVerified,
  });
}

export async function authenticatorCredentials(authenticatorId: string): Promise<unknown[]> {
  return executeServerCommand<unknown[], object>('webauthn', {
    action: 'credentials',
    authenticatorId,
  });
}

/** Signs in to the reference RP as a brand-new demo user, so every test starts with no passkeys. */
export async function newSession(): Promise<void> {
  const res = await fetch('/api/session', {
    method: 'POST',
    // X-Requested-With: the RP's CSRF defence refuses writes without it.
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
    body: JSON.stringify({ displayName: 'Test User' }),
  });
  if (res.status !== 201) throw new Error(`session: HTTP ${res.status}`);
}

export const realAdapter = (): PasskeyAdapter => createFetchAdapter({ baseUrl: '/api/passkeys' });

/** The passkeys the reference RP holds for this page's session, read through the real adapter. */
export async function stored(): Promise<PasskeyCredential[]> {
  return (await realAdapter().listCredentials!(new AbortController().signal)) ?? [];
}

/** The real adapter, recording every request it sends and when. */
export function countingAdapter(): {
  adapter: PasskeyAdapter;
  requests: { url: string; at: number }[];
} {
  const requests: { url: string; at: number }[] = [];
  const adapter = createFetchAdapter({
    baseUrl: '/api/passkeys',
    fetch: (input, init) => {
      requests.push({
        url: input instanceof Request ? input.url : input.toString(),
        at: performance.now(),
      });
      return fetch(input, init);
    },
  });
  return { adapter, requests };
}

/** The real adapter without the handoff methods: the phone option then uses the browser's hybrid flow. */
export const browserHybridAdapter = (): PasskeyAdapter => {
  const adapter = realAdapter();
  delete adapter.startHandoff;
  delete adapter.awaitHandoff;
  return adapter;
};

export async function mount(
  adapter: PasskeyAdapter | undefined,
  name = 'Test laptop',
): Promise<PasskeyRegister> {
  return fixture<PasskeyRegister>(
    html`<passkey-register .adapter=${adapter} default-name=${name}></passkey-register>`,
  );
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/**
 * Each test of the calling suite starts signed in to the reference RP as a fresh user, and ends
 * with `cleanup` (when given) and then no virtual authenticator left.
 */
export function freshUserEach(cleanup?: () => unknown): void {
  beforeEach(newSession);
  afterEach(async () => {
    await cleanup?.();
    await removeAuthenticators();
  });
}

/**
 * Records the options navigator.credentials.create and get receive, until `restore()`; the real
 * calls still run. `calls.all` holds both, in order.
 */
export function recordCeremonies() {
  const create = navigator.credentials.create.bind(navigator.credentials);
  const get = navigator.credentials.get.bind(navigator.credentials);
  const calls = {
    create: [] as CredentialCreationOptions[],
    get: [] as CredentialRequestOptions[],
    all: [] as (CredentialCreationOptions | CredentialRequestOptions)[],
  };
  navigator.credentials.create = (o?: CredentialCreationOptions) => {
    calls.create.push(o!);
    calls.all.push(o!);
    return create(o);
  };
  navigator.credentials.get = (o?: CredentialRequestOptions) => {
    calls.get.push(o!);
    calls.all.push(o!);
    return get(o);
  };
  return {
    calls,
    restore() {
      navigator.credentials.create = create;
      navigator.credentials.get = get;
    },
  };
}

/** Drives the second device of a handoff test (test/support/phone-plugin.mjs). */
export const phone = (action: string, more: Record<string, unknown> = {}) =>
  executeServerCommand<unknown, object>('phone', { action, ...more });

/** The phone opens the link `url` and presses "Create passkey on this phone". */
export async function phoneCreates(url: string): Promise<void> {
  await phone('open', { url });
  await phone('step', { step: 'phone-confirm' });
  await phone('click', { name: 'Create passkey on this phone' });
}

/**
 * Registers a first passkey, "Laptop" on this device, through the element: the user's next
 * registration then asks for approval with it.
 */
export async function registerFirstPasskey(): Promise<void> {
  await addAuthenticator({ transport: 'internal' });
  const first = await mount(realAdapter(), 'Laptop');
  await toChoosing(first);
  choice(first, 'this-device').click();
  await untilStep(first, 'success');
}

/** Fails every request whose URL matches one of `patterns` (test/support/network-plugin.mjs); [] lets all through. */
export const blockRequests = (patterns: string[]) =>
  executeServerCommand('network', { action: 'block', patterns });

/** How many requests the page made so far for a path ending in `path`. */
export const requestCount = async (path: string): Promise<number> =>
  (await executeServerCommand<string[], object>('network', { action: 'requests' })).filter((u) =>
    new URL(u).pathname.endsWith(path),
  ).length;

/** A node of Chromium's accessibility tree, as puppeteer's snapshot gives it. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  children?: AxNode[];
}

/** Chromium's accessibility tree of the page, every node (Chromium only: skip elsewhere). */
export const axTree = () => executeServerCommand<AxNode, object>('cdp', { action: 'a11y' });

/** The first node with `role` (and `name`, if given) in a tree, depth first. */
export function axFind(node: AxNode, role: string, name?: string): AxNode | undefined {
  if (node.role === role && (name === undefined || node.name === name)) return node;
  for (const child of node.children ?? []) {
    const found = axFind(child, role, name);
    if (found) return found;
  }
  return undefined;
}

/** A node's text as a screen reader gets it: its text runs in order, joined by spaces. */
export const axText = (node: AxNode): string =>
  node.role === 'StaticText'
    ? (node.name ?? '')
    : (node.children ?? []).map(axText).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
