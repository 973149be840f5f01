/** Shared by the <two-factor-register> tests: a scripted adapter with every method, and focus. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PasskeyAdapter, RecoveryCodesStatus } from '../../src/index.js';
import type { TwoFactorRegister } from '../../src/two-factor-register/two-factor-register.js';
import { storedCredential } from '../support/drive.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import type { Cue, ScriptedAdapter } from '../support/scripted-adapter.js';
// Only the shell: each tab's element is registered by the shell when the tab is first opened.
import '../../src/two-factor-register/define.js';

export const status = (patch: Partial<RecoveryCodesStatus> = {}): RecoveryCodesStatus => ({
  configured: true,
  remaining: 8,
  total: 10,
  ...patch,
});

/** An adapter with the passkey, authenticator-app and recovery-code methods, scripted. */
export function everyMethod(cues: Parameters<typeof scriptedAdapter>[0] = {}): ScriptedAdapter {
  const pending: Cue = { hang: true };
  return scriptedAdapter({
    listCredentials: { resolve: [storedCredential('MacBook Pro')] },
    approvalOptions: { resolve: null },
    totpStatus: { resolve: { configured: false } },
    startTotp: pending,
    verifyTotp: pending,
    removeTotp: pending,
    recoveryCodesStatus: { resolve: status() },
    generateRecoveryCodes: pending,
    confirmRecoveryCodes: pending,
    ...cues,
  });
}

export async function shell(
  adapter: PasskeyAdapter | undefined,
  attrs: { methods?: string; lang?: string } = {},
): Promise<TwoFactorRegister> {
  const el = await fixture<TwoFactorRegister>(
    html`<two-factor-register
      .adapter=${adapter}
      methods=${attrs.methods ?? 'passkey totp recovery'}
      lang=${attrs.lang ?? 'en'}
    ></two-factor-register>`,
  );
  await el.updateComplete;
  return el;
}

/** Focus, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Waits until focus is on `el` (never on <body>). */
export async function focused(el: () => Element | null | undefined, what: string): Promise<void> {
  await waitUntil(
    () => {
      const want = el();
      return want && deepActive() === want;
    },
    `focus on ${what}, found <${deepActive()?.localName}> “${deepActive()?.textContent?.trim().slice(0, 60)}”`,
  );
}
