/**
 * Issue #8, item 5: a hostile host page. test/csp/page.html is served with
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 *   img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * (test/support/csp-plugin.mjs). The wtr page itself runs inline scripts, so the policy page
 * is opened in a same-origin iframe (CSP applies per document) and driven from here: every flow
 * runs inside it (register on this device, the phone QR, the list with add, rename and delete)
 * with real authenticators and the real RP, and not one securitypolicyviolation is reported.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PasskeyAdapter } from '../../src/index.js';
import type { PasskeyQr } from '../../src/passkey-qr/passkey-qr.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import type { createFetchAdapter } from '../../src/index.js';
import { addAuthenticator, freshUserEach } from '../support/helpers.js';
import { byRole, choice, toChoosing, untilStep } from '../support/drive.js';
import { rowAction } from '../support/credentials-ui.js';

interface Harness {
  violations: { directive: string; blocked: string; sample: string }[];
  createFetchAdapter: typeof createFetchAdapter;
}

let frame: HTMLIFrameElement | undefined;

async function openPolicyPage(): Promise<{
  win: Window & { cspHarness?: Harness };
  doc: Document;
}> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.src = '/test/csp/page.html';
  frame.style.width = '800px';
  frame.style.height = '900px';
  document.body.append(frame);
  const win = frame.contentWindow as Window & { cspHarness?: Harness };
  await waitUntil(() => win.cspHarness, 'the policy page loaded', { timeout: 10_000 });
  // WebAuthn needs the focused document.
  win.focus();
  return { win, doc: frame.contentDocument! };
}

function violations(win: { cspHarness?: Harness }) {
  return win.cspHarness!.violations;
}

describe('a strict CSP with Trusted Types', () => {
  freshUserEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('the page really enforces the policy: a style attribute, an HTML string sink, a second lit-html policy and a data: image are refused', async () => {
    const { win, doc } = await openPolicyPage();
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: red');
    doc.body.append(div);
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }, 'Trusted Types refuse a string sink').to.throw();
    // Lit's policy exists once; a second Lit would need 'allow-duplicates' (README).
    const tt = (win as unknown as { trustedTypes: { createPolicy(n: string, p: object): unknown } })
      .trustedTypes;
    expect(() => tt.createPolicy('lit-html', {}), 'a duplicate lit-html policy').to.throw();
    // data: images, like the provider icons, need img-src data: (README).
    const img = doc.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    doc.body.append(img);
    await waitUntil(() => violations(win).length >= 3, 'the violations');
    expect(violations(win).map((v) => v.directive)).to.include.members([
      'style-src-attr',
      'trusted-types',
      'img-src',
    ]);
  });

  it('registers on this device, shows the phone QR, and manages the list: zero violations', async function () {
    this.timeout(30_000);
    await addAuthenticator({ transport: 'internal' });
    await addAuthenticator({ transport: 'usb' });
    const { win, doc } = await openPolicyPage();
    const adapter: PasskeyAdapter = win.cspHarness!.createFetchAdapter({
      baseUrl: '/api/passkeys',
    });

    // Register on this device.
    const reg = doc.createElement('passkey-register');
    reg.adapter = adapter;
    reg.defaultName = 'CSP laptop';
    doc.body.append(reg);
    await toChoosing(reg);
    choice(reg, 'this-device').click();
    await untilStep(reg, 'success');

    // The phone: the page-drawn QR (approved with the first passkey).
    byRole(reg, 'button', 'Add another passkey').click();
    await toChoosing(reg, 'CSP phone');
    choice(reg, 'phone').click();
    await untilStep(reg, 'approving');
    byRole(reg, 'button', 'Confirm with a passkey').click();
    await waitUntil(
      () =>
        reg
          .shadowRoot!.querySelector<PasskeyQr>('passkey-qr')
          ?.shadowRoot?.querySelector('svg path'),
      'the QR drawn',
      { timeout: 5000 },
    );
    reg.remove();

    // The list: add a second passkey, rename it, delete it.
    const list = doc.createElement('passkey-credentials');
    list.adapter = adapter;
    doc.body.append(list);
    const root = list.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.item').length === 1, 'the list');
    byRole(list, 'button', 'Add passkey').click();
    await waitUntil(() => root.querySelector('passkey-register'), 'Add passkey');
    const add = root.querySelector<PasskeyRegister>('passkey-register')!;
    await toChoosing(add, 'CSP key');
    choice(add, 'security-key').click();
    await untilStep(add, 'approving');
    byRole(add, 'button', 'Confirm with a passkey').click();
    await untilStep(add, 'success');
    await waitUntil(() => root.querySelectorAll('.item').length === 2, 'two passkeys');

    const item = (name: string) =>
      [...root.querySelectorAll('.item')].find(
        (i) => i.querySelector('.name')!.textContent === name,
      )!;
    await rowAction(item('CSP key'), 'rename');
    await waitUntil(() => root.querySelector('.rename input'), 'the rename form');
    byRole<HTMLInputElement>(list, 'textbox', 'New name').value = 'CSP key (renamed)';
    byRole(list, 'button', 'Save').click();
    await waitUntil(() => root.querySelector('.approval[open] .primary'), 'the approval');
    byRole(list, 'button', 'Confirm with a passkey').click();
    await waitUntil(() => item('CSP key (renamed)'), 'the new name', { timeout: 5000 });

    await rowAction(item('CSP key (renamed)'), 'delete');
    await waitUntil(() => root.querySelector('.confirm .danger'), 'the confirmation');
    byRole(list, 'button', 'Delete').click();
    await waitUntil(() => root.querySelector('.approval[open] .primary'), 'the approval');
    byRole(list, 'button', 'Confirm with a passkey').click();
    await waitUntil(() => root.querySelectorAll('.item').length === 1, 'deleted', {
      timeout: 5000,
    });

    expect(violations(win)).to.deep.equal([]);
  });
});
