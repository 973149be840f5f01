/** Shared browser-test helpers: virtual authenticators, a fresh RP session, DOM access. */
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import { createFetchAdapter } from '../../src/index.js';
import type { PasskeyAdapter } from '../../src/index.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import '../../src/define.js';

export interface AuthenticatorOptions {
  transport: 'internal' | 'usb' | 'nfc' | 'ble' | 'cable';
  hasResidentKey?: boolean;
  hasUserVerification?: boolean;
  isUserVerified?: boolean;
  automaticPresenceSimulation?: boolean;
  defaultBackupEligibility?: boolean;
  defaultBackupState?: boolean;
}

const added: string[] = [];

/** Adds a Chromium virtual authenticator to this page; removed by `removeAuthenticators`. */
export async function addAuthenticator(options: AuthenticatorOptions): Promise<string> {
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

export {
  $,
  choice,
  errorCode,
  submitName,
  toChoosing,
  untilStep,
} from '../../stories/support/drive.js';

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}
