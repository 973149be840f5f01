/**
 * Issue #14, the widget's items: QR links ended on the server when the desktop moves on (1), the
 * phone telling the truth about used and dead links (4), `lang` values that name Object.prototype
 * keys (11), odd `adapter-timeout` values (12), invisible and bidi names (13), and a save that
 * got no answer (14). The reference RP answers everything, except where a server-supplied value
 * the RP would refuse is the point (a scripted adapter passes the rest through to the RP).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { checkName } from '../../src/device-name.js';
import { loadLocale } from '../../src/i18n.js';
import type { PasskeyCredentials } from '../../src/passkey-credentials/passkey-credentials.js';
import '../../src/passkey-credentials/define.js';
import type { PasskeyRegister } from '../../src/passkey-register/passkey-register.js';
import { en } from '../../src/strings-steps.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import { $, byRole, choice, errorCode, openQr, toChoosing, untilStep } from '../support/drive.js';
import {
  addAuthenticator,
  countingAdapter,
  freshUserEach,
  mount,
  newSession,
  phone,
  phoneCreates,
  realAdapter,
} from '../support/helpers.js';
import { watchPage } from '../support/hostile.js';

/** Opens the QR view and returns its link. */
const openLink = async (el: PasskeyRegister): Promise<string> => (await openQr(el)).value;

/** What the RP answers the phone for this link (no cookie: another device). */
async function phoneDetails(url: string): Promise<{ status: number; code?: string }> {
  const res = await fetch('/api/passkeys/handoff/details', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
    body: JSON.stringify({ token: new URL(url).hash.slice(1) }),
  });
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
  return { status: res.status, code: body.error?.code };
}

async function refusedOnPhone(url: string): Promise<void> {
  let last: { status: number; code?: string } = { status: 0 };
  await waitUntil(
    async () => ((last = await phoneDetails(url)), last.status !== 200),
    'the old link still works on the phone',
    { timeout: 3000, interval: 50 },
  );
  expect(last).to.deep.equal({ status: 410, code: 'link-invalid' });
}

/** The phone's error: its title, and whether it offers Try again. */
async function phoneError(): Promise<string> {
  await phone('step', { step: 'error' });
  return String(await phone('text'));
}

describe('the QR link dies when the desktop moves on', () => {
  freshUserEach(() => phone('close'));

  it('Cancel on the QR view cancels the link: the phone is refused', async () => {
    const el = await mount(realAdapter(), 'My phone');
    const url = await openLink(el);
    expect((await phoneDetails(url)).status).to.equal(200);
    byRole(el, 'button', 'Cancel').click();
    await untilStep(el, 'choosing');
    await refusedOnPhone(url);
    await phone('open', { url });
    const text = await phoneError();
    expect(text).to.contain(en.errors['link-invalid'].title);
  });

  it('removing the element cancels the link, without waiting for the server', async () => {
    const el = await mount(realAdapter(), 'My phone');
    const url = await openLink(el);
    const started = performance.now();
    el.remove();
    expect(performance.now() - started).to.be.below(50);
    await refusedOnPhone(url);
  });

  it('Use Bluetooth instead cancels the link', async () => {
    // No authenticator: the browser's prompt stays open, so no passkey overtakes the link.
    const el = await mount(realAdapter(), 'My phone');
    const url = await openLink(el);
    byRole(el, 'button', 'Use Bluetooth instead').click();
    await refusedOnPhone(url);
  });

  it('New code cancels the old link on the server (POST …/handoff/{id}/cancel)', async () => {
    const { adapter, requests } = countingAdapter();
    const el = await mount(adapter, 'My phone');
    await openLink(el);
    await waitUntil(() => $(el, 'h2').textContent === en.handoffExpiredHeading, 'never expired', {
      timeout: 8000,
    });
    const id = /\/handoff\/([^/]+)\/wait/.exec(
      requests.find((r) => r.url.includes('/wait'))!.url,
    )![1];
    byRole(el, 'button', 'New code').click();
    await waitUntil(() => requests.some((r) => r.url.endsWith(`/handoff/${id}/cancel`)));
  });

  it('the fetch adapter treats 409 link-used as done, and a link the phone used is not cancelled', async () => {
    const { adapter, requests } = countingAdapter();
    const el = await mount(adapter, 'My phone');
    const url = await openLink(el);
    await phoneCreates(url);
    await untilStep(el, 'success');
    expect(requests.filter((r) => r.url.includes('/cancel'))).to.deep.equal([]);
    const id = /\/handoff\/([^/]+)\/wait/.exec(
      requests.find((r) => r.url.includes('/wait'))!.url,
    )![1];
    await adapter.cancelHandoff!(id, new AbortController().signal); // 409 link-used: resolves
  });
});

/**
 * A dead link's card offers no button, so it ends at the error box: no empty row of buttons, and
 * under the box only the card's own padding (an empty row's margin left a band there).
 */
function endsAtTheErrorBox(el: PasskeyRegister): void {
  expect(el.shadowRoot!.querySelectorAll('.actions'), 'an empty row of buttons').to.have.length(0);
  const card = $(el, '[part=base]');
  const style = getComputedStyle(card);
  const under =
    card.getBoundingClientRect().bottom -
    parseFloat(style.borderBottomWidth) -
    $(el, '[part=error]').getBoundingClientRect().bottom;
  expect(parseFloat(style.paddingBottom), 'the card padding').to.equal(
    parseFloat(style.paddingLeft),
  );
  expect(under, 'space under the error box').to.be.closeTo(parseFloat(style.paddingBottom), 0.5);
}

describe('used and dead links tell the truth on the phone', () => {
  freshUserEach(() => phone('close'));

  // A used link: test/passkey-register/handoff-wait.test.ts ("refuses the same link a second time").

  it('an unknown link says it is no longer valid, with no Try again', async () => {
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register
        .adapter=${realAdapter()}
        handoff="not-a-real-token"
      ></passkey-register>`,
    );
    await untilStep(el, 'error');
    expect(errorCode(el)).to.equal('link-invalid');
    expect($(el, 'h2').textContent.trim()).to.equal(en.errors['link-invalid'].title);
    expect(el.shadowRoot!.querySelector('.actions button')).to.equal(null);
    endsAtTheErrorBox(el);
    await expect(el).to.be.accessible();
  });

  it('a link that already added a passkey, opened again, says so, with no buttons', async () => {
    const desktop = await mount(realAdapter(), 'My phone');
    const url = await openLink(desktop);
    await phoneCreates(url);
    await untilStep(desktop, 'success');
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register
        .adapter=${realAdapter()}
        handoff=${new URL(url).hash.slice(1)}
      ></passkey-register>`,
    );
    await untilStep(el, 'error');
    expect(errorCode(el)).to.equal('link-used');
    expect($(el, 'h2').textContent.trim()).to.equal(en.errors['link-used'].title);
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    endsAtTheErrorBox(el);
    await expect(el).to.be.accessible();
  });

  it('every language words both link errors', async () => {
    for (const lang of ['de', 'es', 'fr', 'ja', 'ar']) {
      const locale = (await loadLocale(lang))!;
      for (const code of ['link-used', 'link-invalid', 'unconfirmed'] as const) {
        expect(locale.register.errors[code].title, `${lang} ${code}`).to.match(/\S/);
        expect(locale.register.errors[code].title).not.to.equal(en.errors[code].title);
      }
    }
  });
});

describe('lang values that name Object.prototype keys', () => {
  for (const lang of [
    'constructor',
    '__proto__',
    'constructor-x',
    'toString',
    'hasOwnProperty-x',
  ]) {
    it(`lang="${lang}" renders English and survives language refreshes`, async () => {
      const watch = watchPage();
      try {
        const host = await fixture<HTMLElement>(
          html`<div lang="de">
            <passkey-register .adapter=${realAdapter()}></passkey-register>
          </div>`,
        );
        const el = host.querySelector<PasskeyRegister>('passkey-register')!;
        el.setAttribute('lang', lang);
        await aTimeout(50);
        el.parentElement!.setAttribute('lang', 'fr');
        await aTimeout(50);
        await el.updateComplete;
        expect(watch.problems).to.deep.equal([]);
        expect($(el, 'h2').textContent.trim()).to.equal('Name your device');
      } finally {
        watch.stop();
      }
    });
  }
});

describe('odd adapter-timeout values', () => {
  beforeEach(newSession);

  for (const value of ['Infinity', 'NaN', '0', '-1', '2147483648', 'abc']) {
    it(`adapter-timeout="${value}" falls back to a working timeout`, async () => {
      const el = await fixture<PasskeyRegister>(
        html`<passkey-register
          .adapter=${realAdapter()}
          default-name="Laptop"
          adapter-timeout=${value}
        ></passkey-register>`,
      );
      await toChoosing(el);
      expect(el.step).to.equal('choosing');
    });
  }
});

describe('invisible and bidi names', () => {
  it('refuses names that are only invisible, and format, separator, bidi or lone-surrogate characters', () => {
    for (const bad of [
      '\u200B',
      '\u3164',
      '\u3164\u3164',
      '\uFFA0',
      '\u115F\u1160',
      '\u2800',
      '\u034F',
      'a\u200Bb',
      'a\u00ADb',
      'a\u2028b',
      'a\u2029b',
      'a\u200Eb',
      'a\u061Cb',
      'a\u202Eb',
      'a\u2067b',
      'a\uD800b',
      'a\uDC00',
      'a\uFEFFb',
    ])
      expect(checkName(bad).problem, JSON.stringify(bad)).to.be.oneOf([
        'empty',
        'forbidden-characters',
      ]);
    for (const good of ['Laptop', '👩‍💻 work', '👨🏽‍🚀', 'مفتاح', 'ノートPC', 'é', 'a\u0301'])
      expect(checkName(good).problem, good).to.equal(undefined);
  });

  it('the element refuses a Hangul-filler name at Register', async () => {
    const el = await mount(realAdapter(), '\u3164\u3164');
    byRole(el, 'button', 'Register').click();
    await el.updateComplete;
    expect(el.step).to.equal('naming');
    expect($(el, '#name-error').textContent.trim()).to.equal('Enter a name for this passkey.');
  });

  it('server-supplied names are bidi-isolated on the phone', async () => {
    await newSession();
    const evil = 'Phone\u202E (evil)';
    const options = await realAdapter().registrationOptions(
      { name: 'x' },
      new AbortController().signal,
    );
    const adapter = scriptedAdapter({
      handoffDetails: {
        resolve: {
          account: { name: 'alex@example.com', displayName: 'Alex\u202E' },
          name: evil,
          expiresAt: new Date(Date.now() + 60_000).toISOString(),
        },
      },
      declineHandoff: { resolve: undefined },
      registrationOptions: { resolve: options },
    });
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register .adapter=${adapter} handoff="t"></passkey-register>`,
    );
    await untilStep(el, 'phone-confirm');
    const text = el.shadowRoot!.textContent;
    expect(text).to.contain(`\u2068${evil}\u2069`);
    expect(text).to.contain('\u2068Alex\u202E\u2069');
  });

  it('<passkey-credentials> isolates each name in its own element', async () => {
    const adapter = scriptedAdapter({
      listCredentials: {
        resolve: [
          {
            id: 'Y3JlZC0x',
            name: 'Key\u202E evil',
            createdAt: new Date().toISOString(),
            active: true,
          },
        ],
      },
    });
    const el = await fixture<PasskeyCredentials>(
      html`<passkey-credentials .adapter=${adapter}></passkey-credentials>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.item .name'));
    const name = el.shadowRoot!.querySelector<HTMLElement>('.item .name')!;
    expect(getComputedStyle(name).unicodeBidi).to.equal('isolate');
  });
});

describe('a save that got no answer', () => {
  freshUserEach();

  /** The real adapter, whose verify reply arrives after the widget gave up (the RP stored it). */
  function slowVerify() {
    const real = realAdapter();
    return {
      ...real,
      verifyRegistration: async (req: Parameters<typeof real.verifyRegistration>[0]) => {
        const stored = await real.verifyRegistration(req, new AbortController().signal);
        await aTimeout(1500);
        return stored;
      },
    };
  }

  it('says it could not confirm, not that nothing was saved', async () => {
    await addAuthenticator({ transport: 'internal' });
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register
        .adapter=${slowVerify()}
        default-name="Laptop"
        adapter-timeout="500"
      ></passkey-register>`,
    );
    await toChoosing(el);
    choice(el, 'this-device').click();
    await untilStep(el, 'error');
    expect(errorCode(el)).to.equal('unconfirmed');
    expect($(el, 'h2').textContent.trim()).to.equal(en.errors.unconfirmed.title);
    expect($(el, '[part=error]').textContent).not.to.match(/nothing was saved/i);
  });

  it('<passkey-credentials> refreshes its list after it, showing the passkey the server stored', async () => {
    await addAuthenticator({ transport: 'internal' });
    const el = await fixture<PasskeyCredentials>(
      html`<passkey-credentials
        .adapter=${slowVerify()}
        adapter-timeout="500"
      ></passkey-credentials>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.empty, .list'));
    byRole(el, 'button', 'Add passkey').click(); // the empty list's own
    await waitUntil(() => el.shadowRoot!.querySelector('passkey-register'));
    const reg = el.shadowRoot!.querySelector<PasskeyRegister>('passkey-register')!;
    await toChoosing(reg, 'Laptop');
    choice(reg, 'this-device').click();
    await untilStep(reg, 'error');
    expect(errorCode(reg)).to.equal('unconfirmed');
    await waitUntil(
      () => el.shadowRoot!.querySelector('.item .name')?.textContent === 'Laptop',
      'the list never showed the stored passkey',
      { timeout: 3000 },
    );
  });
});
