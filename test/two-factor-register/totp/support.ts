/** Mounting <two-factor-totp> for its tests; the rest is in test/support/totp-drive.ts. */
import { fixture, html } from '@open-wc/testing';
import type { PasskeyAdapter } from '../../../src/index.js';
import '../../../src/two-factor-register/totp/define.js';

export * from '../../support/totp-drive.js';

export async function mountTotp(adapter: PasskeyAdapter | undefined, lang?: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang ?? 'en'}><two-factor-totp .adapter=${adapter}></two-factor-totp></div>`,
  );
  const el = wrapper.querySelector('two-factor-totp')!;
  await el.updateComplete;
  return el;
}
