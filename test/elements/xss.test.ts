/**
 * Issue #8, item 5: XSS payloads in every name render as text and nothing runs: names the user
 * types (registered with the real RP), names the server returns (credential, provider, account
 * and device names, the handoff link), and strings from locale overrides (`registerLocale` and
 * the `strings` property). Each payload would set `window.__xss` or add an element if it ran.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerLocale } from '../../src/index.js';
import type { PasskeyCredential, PasskeyLocale } from '../../src/index.js';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { enQr } from '../../src/strings.js';
import { en } from '../../src/strings-steps.js';
import { byRole, choice, creationOptions, toChoosing, untilStep } from '../support/drive.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import {
  addAuthenticator,
  freshUserEach,
  mount,
  newSession,
  realAdapter,
} from '../support/helpers.js';
import { rowAction } from '../support/credentials-ui.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Each is at most 64 characters, so the name field accepts it. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  '<svg onload="window.__xss=4"></svg>',
  "'><iframe srcdoc='<script>parent.__xss=5</script>'>",
  '<a href="javascript:window.__xss=6">x</a>',
  '${window.__xss=7}{{constructor.constructor("__xss=8")()}}',
  '<style>*{display:none}</style><b id="xss-injected">',
];

/** Elements a payload would have added, anywhere in the element's shadow trees. */
function injected(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const e of node.querySelectorAll('*')) {
      if (
        ['SCRIPT', 'IFRAME', 'STYLE'].includes(e.tagName) ||
        e.id === 'xss-injected' ||
        [...e.attributes].some((a) => /^on/i.test(a.name)) ||
        (e.tagName === 'IMG' && e.getAttribute('src') === 'x') ||
        /^\s*javascript:/i.test(e.getAttribute('href') ?? '')
      )
        found.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return found;
}

/** Text of the element's shadow trees, with nested elements' shadow text too. */
function text(root: Element): string {
  let out = '';
  const walk = (node: ParentNode) => {
    for (const e of node.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
    out += (node as Element | ShadowRoot).textContent ?? '';
  };
  walk(root.shadowRoot!);
  // Server-supplied names sit in bidi isolates (FSI … PDI, #14 item 13), invisible marks.
  return out.replace(/[\u2068\u2069]/g, '');
}

async function nothingRan(el: Element) {
  // Give an injected image's onerror or a frame's script time to fire.
  await aTimeout(60);
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  expect(
    injected(el).map((e) => e.outerHTML),
    'elements injected',
  ).to.deep.equal([]);
}

function credential(name: string, patch: Partial<PasskeyCredential> = {}): PasskeyCredential {
  return {
    id: 'Y3JlZGVudGlhbC0x',
    name,
    createdAt: new Date().toISOString(),
    active: true,
    ...patch,
  };
}

/** Every string of a bundle with the payload around it; functions too. */
function poisoned<T>(bundle: T, payload: string): T {
  const map = (v: unknown): unknown => {
    if (typeof v === 'string') return `${payload}${v}`;
    if (typeof v === 'function')
      return (...args: unknown[]) => `${payload}${(v as (...a: unknown[]) => string)(...args)}`;
    if (Array.isArray(v)) return v.map(map);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
    return v;
  };
  return map(bundle) as T;
}

describe('XSS payloads render as text', () => {
  freshUserEach();
  beforeEach(() => {
    delete window.__xss;
  });

  it('typed by the user: registered with the real RP, shown as text in the success view and the list', async () => {
    await addAuthenticator({ transport: 'internal' });
    for (const payload of PAYLOADS) {
      // A new user each time, so the one authenticator can hold every passkey.
      await newSession();
      const el = await mount(realAdapter(), '');
      await toChoosing(el, payload);
      choice(el, 'this-device').click();
      await untilStep(el, 'success');
      expect(text(el)).to.include(en.successBody(payload));
      await nothingRan(el);
      const list = await fixture<PasskeyCredentials>(
        html`<passkey-credentials .adapter=${realAdapter()}></passkey-credentials>`,
      );
      await waitUntil(() => list.shadowRoot!.querySelector('.item .name'));
      expect(list.shadowRoot!.querySelector('.item .name')!.textContent).to.equal(payload);
      await nothingRan(list);
    }
  });

  it('returned by the server: credential and provider names in the success view', async () => {
    await addAuthenticator({ transport: 'internal' });
    for (const payload of PAYLOADS) {
      const el = await mount(
        scriptedAdapter({
          registrationOptions: { resolve: creationOptions({ timeout: 10_000 }) },
          verifyRegistration: {
            resolve: credential(payload, { provider: { name: payload } }),
          },
        }),
      );
      await toChoosing(el);
      choice(el, 'this-device').click();
      await untilStep(el, 'success');
      expect(text(el)).to.include(en.successBody(payload));
      expect(text(el)).to.include(en.successProvider(payload));
      await nothingRan(el);
    }
  });

  it('returned by the server: names and providers in the list, the rename field and the delete confirmation', async () => {
    const adapter = scriptedAdapter({
      listCredentials: {
        resolve: PAYLOADS.map((p, i) =>
          credential(p, { id: `Y3JlZC0${i}`, provider: { name: p } }),
        ),
      },
      updateCredential: { hang: true },
    });
    const el = await fixture<PasskeyCredentials>(
      html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.list'));
    for (const [i, item] of [...root.querySelectorAll('.item')].entries()) {
      expect(item.querySelector('.name')!.textContent).to.equal(PAYLOADS[i]);
      expect(item.querySelector('.meta')!.textContent).to.include(PAYLOADS[i]);
      // The rename form and the delete confirmation load on first use.
      await rowAction(item, 'rename');
      await waitUntil(() => item.querySelector('.rename input'), 'the rename form');
      expect(item.querySelector<HTMLInputElement>('.rename input')!.value).to.equal(PAYLOADS[i]);
      byRole(item, 'button', 'Cancel').click();
      await el.updateComplete;
      await rowAction(item, 'delete');
      await waitUntil(() => item.querySelector('.confirm'), 'the delete confirmation');
      expect(item.querySelector('.confirm')!.textContent).to.include(PAYLOADS[i]);
    }
    await nothingRan(el);
  });

  it('returned by the server: account and device names on the phone, and the handoff link', async () => {
    for (const payload of PAYLOADS) {
      const phone = await fixture<PasskeyRegister>(
        html`<passkey-register
          handoff="token"
          .adapter=${scriptedAdapter({
            handoffDetails: {
              resolve: {
                account: { name: payload, displayName: payload },
                name: payload,
                expiresAt: new Date(Date.now() + 60_000).toISOString(),
              },
            },
            registrationOptions: { resolve: creationOptions() },
            declineHandoff: { hang: true },
          })}
        ></passkey-register>`,
      );
      await untilStep(phone, 'phone-confirm');
      expect(text(phone)).to.include(`${payload} (${payload})`);
      await nothingRan(phone);
    }
    const link = `https://localhost/phone#${encodeURI(PAYLOADS[0])}"><img src=x onerror=__xss=9>`;
    const desktop = await mount(
      scriptedAdapter({
        registrationOptions: { resolve: creationOptions() },
        startHandoff: {
          resolve: { id: 'h', url: link, expiresAt: new Date(Date.now() + 60_000).toISOString() },
        },
        awaitHandoff: { hang: true },
      }),
    );
    await toChoosing(desktop);
    choice(desktop, 'phone').click();
    await waitUntil(() => text(desktop).includes(link), 'the link is shown', { timeout: 5000 });
    await nothingRan(desktop);
    desktop.remove();
  });

  it('in locale overrides: registerLocale and the strings property', async () => {
    for (const payload of PAYLOADS.slice(0, 4)) {
      const lang = `x-xss${PAYLOADS.indexOf(payload)}`;
      registerLocale(lang, {
        dir: 'ltr',
        register: poisoned(en, payload),
        qr: poisoned(enQr, payload),
      } as PasskeyLocale);
      const el = await fixture<PasskeyRegister>(
        html`<div lang=${lang}>
          <passkey-register
            .adapter=${scriptedAdapter({ registrationOptions: { reject: new Error('down') } })}
            .strings=${{ nameLabel: payload, tryAgain: payload }}
          ></passkey-register>
        </div>`,
      ).then((d) => d.querySelector('passkey-register')!);
      await waitUntil(() => text(el).includes(`${payload}${en.nameHeading}`), 'the locale', {
        timeout: 5000,
      });
      expect(text(el)).to.include(payload);
      await nothingRan(el);
      byRole(el, 'button', `${payload}${en.register}`).click(); // the poisoned locale's
      await untilStep(el, 'error');
      expect(text(el)).to.include(`${payload}${en.errors.server.title}`);
      byRole(el, 'button', payload); // Try again, named by the override as text
      await nothingRan(el);

      const list = await fixture<PasskeyCredentials>(
        html`<passkey-credentials
          .adapter=${scriptedAdapter({
            listCredentials: {
              resolve: [credential('Laptop'), credential('Key', { id: 'Y3JlZC0y' })],
            },
          })}
          .strings=${{
            heading: payload,
            rename: payload,
            summary: (n: number) => `${payload}${n}`,
            confirmDelete: (name: string) => `${payload}${name}`,
          }}
        ></passkey-credentials>`,
      );
      await waitUntil(() => list.shadowRoot!.querySelector('.list'));
      await rowAction(list.shadowRoot!.querySelector('.item')!, 'delete');
      await waitUntil(() => list.shadowRoot!.querySelector('.confirm'), 'the confirmation');
      expect(text(list)).to.include(`${payload}Laptop`);
      await nothingRan(list);
    }
  });
});
