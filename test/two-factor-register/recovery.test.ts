/**
 * The Recovery codes tab end to end, against the reference RP through the real fetch adapter:
 * generate, codes shown once, the "saved" confirmation before Done, the counts, Download, a code
 * used at sign-in (once only), and regenerate, approved by a real passkey ceremony on a virtual
 * authenticator, replacing the old set only once confirmed. Axe and focus at every step.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFetchAdapter } from '../../src/index.js';
import type { TwoFactorRecoveryCodesGeneratedEvent } from '../../src/index.js';
import type { TwoFactorRecoveryCodes } from '../../src/two-factor-register/recovery/recovery-codes.js';
import type { TwoFactorRegister } from '../../src/two-factor-register/two-factor-register.js';
import { allByRole, byRole } from '../support/drive.js';
import {
  addAuthenticator,
  JSON_HEADERS,
  newSession,
  register,
  removeAuthenticators,
  reply,
} from '../support/rp-api.js';
import { deepActive, focused } from './support.js';
import '../../src/define.js';

const adapter = () =>
  createFetchAdapter({ baseUrl: '/api/passkeys', twoFactorUrl: '/api/two-factor' });

/** The sign-in side's check of a recovery code (the RP's stand-in for a portal's second step). */
const signIn = (code: string) =>
  reply(
    fetch('/api/two-factor/verify', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ method: 'recovery', code }),
    }),
  );

const serverStatus = async () =>
  (await reply(fetch('/api/two-factor/recovery-codes', { headers: JSON_HEADERS }))).body;

async function mountShell(): Promise<{ el: TwoFactorRegister; tab: () => TwoFactorRecoveryCodes }> {
  const el = await fixture<TwoFactorRegister>(
    html`<two-factor-register
      methods="recovery passkey"
      lang="en"
      .adapter=${adapter()}
    ></two-factor-register>`,
  );
  const tab = () => el.shadowRoot!.querySelector('two-factor-recovery-codes')!;
  await waitUntil(() => tab()?.shadowRoot?.querySelector('.status'), 'the recovery status', {
    timeout: 5000,
  });
  return { el, tab };
}

const button = (el: Element, name: string) => byRole(el, 'button', name);
const shownCodes = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('two-factor-recovery-codes')]
    .flatMap((t) => [...t.shadowRoot!.querySelectorAll('[part=codes] li')])
    .map((li) => li.textContent.trim());

/** Waits for a heading by name, and checks focus is not on <body>. */
async function untilHeading(el: Element, name: string): Promise<HTMLElement> {
  await waitUntil(() => allByRole(el, 'heading', name).length === 1, `heading “${name}”`, {
    timeout: 8000,
  });
  expect(deepActive(), 'focus is never on <body>').not.to.equal(document.body);
  return byRole(el, 'heading', name);
}

/** Records the Blob and file name of the next download, letting it proceed as usual. */
function watchDownload(): Promise<{ name: string; text: string }> {
  const createObjectURL = URL.createObjectURL.bind(URL);
  // Put back as it was, unbound, on the prototype.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  return new Promise((resolve) => {
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return createObjectURL(b);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
      click.call(this);
      void blob!.text().then((text) => resolve({ name: this.download, text }));
    };
  });
}

describe('<two-factor-register> recovery codes, against the reference RP', () => {
  beforeEach(newSession);
  afterEach(removeAuthenticators);

  it('generates a set shown once, asks for “saved” before Done, then counts and spends codes once', async () => {
    const { el, tab } = await mountShell();
    const events: TwoFactorRecoveryCodesGeneratedEvent[] = [];
    el.addEventListener('two-factor-recovery-codes-generated', (e) => events.push(e));
    expect(tab().shadowRoot!.textContent).to.contain('Not set up');
    await expect(el).to.be.accessible();

    // No passkey yet: no approval is asked for.
    button(el, 'Generate codes').click();
    const heading = await untilHeading(el, 'Save your recovery codes');
    await focused(() => heading, 'the codes’ heading');
    const codes = shownCodes(el);
    expect(codes).to.have.length(10);
    for (const c of codes) expect(c).to.match(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    expect(byRole(el, 'list', 'Your recovery codes')).to.exist;
    expect(
      getComputedStyle(tab().shadowRoot!.querySelector('[part=codes] code')!).fontFamily,
    ).to.match(/mono|Menlo|Consolas/i);
    expect(tab().shadowRoot!.textContent).to.contain(
      'Until you press Done, these codes aren’t turned on.',
    );
    await expect(el).to.be.accessible();

    // Download: a .txt with every code.
    const downloaded = watchDownload();
    button(el, 'Download').click();
    const file = await downloaded;
    expect(file.name).to.equal('recovery-codes.txt');
    for (const c of codes) expect(file.text).to.contain(`\n${c}\n`);
    expect(file.text).to.contain(`Recovery codes for ${location.host}`);

    // Done without ticking “saved”: refused, focus on the box, nothing in force.
    button(el, 'Done').click();
    const box = byRole(el, 'checkbox', 'I’ve saved these codes somewhere safe');
    await focused(() => box, 'the “saved” box');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(tab().shadowRoot!.textContent).to.contain('Tick the box once you’ve saved the codes.');
    expect((await serverStatus()).configured, 'not in force before Done').to.equal(false);
    await expect(el).to.be.accessible();

    box.click();
    button(el, 'Done').click();
    await waitUntil(
      () => tab().shadowRoot!.textContent.includes('10 of 10 codes left'),
      'the count',
      {
        timeout: 5000,
      },
    );
    const notice = tab().shadowRoot!.querySelector('.notice')!;
    expect(notice.textContent).to.contain('Your 10 new recovery codes are ready to use.');
    await focused(() => notice, 'the “ready” notice');
    expect(byRole(tab(), 'status').textContent).to.contain(
      'Your 10 new recovery codes are ready to use.',
    );
    expect(shownCodes(el), 'never shown again').to.have.length(0);
    expect(events.map((e) => e.detail)).to.deep.equal([{ total: 10 }]);
    expect(JSON.stringify(events[0].detail)).not.to.contain(codes[0]);
    await expect(el).to.be.accessible();

    // A code works once at sign-in; the count follows.
    expect((await signIn(codes[3])).status, 'first use').to.equal(204);
    const again = await signIn(codes[3]);
    expect(again.status, 'second use').to.equal(422);
    expect(again.body.error?.code).to.equal('invalid-code');
    await tab().refresh();
    await waitUntil(
      () => tab().shadowRoot!.textContent.includes('9 of 10 codes left'),
      'the new count',
    );
  });

  it('regenerates with a real passkey approval; the old set works until the new one is confirmed', async () => {
    await addAuthenticator('internal');
    await register('Laptop');
    const { el, tab } = await mountShell();

    // The first set, approved by the passkey.
    button(el, 'Generate codes').click();
    await untilHeading(el, 'Confirm it’s you');
    const approve = button(el, 'Approve');
    await focused(() => approve, 'Approve');
    await expect(el).to.be.accessible();
    approve.click();
    await untilHeading(el, 'Save your recovery codes');
    const old = shownCodes(el);
    byRole(el, 'checkbox', 'I’ve saved these codes somewhere safe').click();
    button(el, 'Done').click();
    await waitUntil(() => tab().shadowRoot!.textContent.includes('10 of 10 codes left'));

    // Regenerate warns first; leaving without Done keeps the old set.
    button(el, 'Generate new codes').click();
    const warn = await untilHeading(el, 'Replace your recovery codes?');
    await focused(() => warn, 'the warning');
    expect(tab().shadowRoot!.textContent).to.contain('all of your current codes stop working');
    await expect(el).to.be.accessible();
    button(el, 'Continue').click();
    await untilHeading(el, 'Confirm it’s you');
    button(el, 'Approve').click();
    await untilHeading(el, 'Save your recovery codes');
    const unsaved = shownCodes(el);
    expect(unsaved).to.have.length(10);
    expect(unsaved).not.to.include.members([old[0]]);
    expect(tab().shadowRoot!.textContent).to.contain(
      'Until you press Done, your current codes keep working.',
    );
    button(el, 'Cancel').click();
    await waitUntil(() => tab().shadowRoot!.textContent.includes('Nothing was changed.'));
    await focused(() => allByRole(el, 'button', 'Generate new codes')[0], 'Generate new codes');
    expect((await signIn(unsaved[0])).status, 'an unconfirmed code').to.equal(422);
    expect((await signIn(old[0])).status, 'the old set still works').to.equal(204);

    // Regenerate and confirm: the old set stops working.
    button(el, 'Generate new codes').click();
    await untilHeading(el, 'Replace your recovery codes?');
    button(el, 'Continue').click();
    await untilHeading(el, 'Confirm it’s you');
    button(el, 'Approve').click();
    await untilHeading(el, 'Save your recovery codes');
    const fresh = shownCodes(el);
    byRole(el, 'checkbox', 'I’ve saved these codes somewhere safe').click();
    button(el, 'Done').click();
    await waitUntil(() => tab().shadowRoot!.textContent.includes('10 of 10 codes left'));
    expect((await signIn(old[1])).status, 'the old set is gone').to.equal(422);
    expect((await signIn(fresh[0])).status, 'the new set works').to.equal(204);
  });

  it('a cancelled approval changes nothing, and says so', async () => {
    await addAuthenticator('internal');
    await register('Laptop');
    const { el, tab } = await mountShell();
    button(el, 'Generate codes').click();
    await untilHeading(el, 'Confirm it’s you');
    button(el, 'Cancel').click();
    await waitUntil(() => tab().shadowRoot!.textContent.includes('Nothing was changed.'));
    await focused(() => button(el, 'Generate codes'), 'Generate codes');
    expect((await serverStatus()).configured).to.equal(false);
  });

  it('speaks Arabic, right to left', async () => {
    const el = await fixture<TwoFactorRegister>(
      html`<div lang="ar">
        <two-factor-register methods="recovery" .adapter=${adapter()}></two-factor-register>
      </div>`,
    );
    const shellEl = el.querySelector('two-factor-register')!;
    const tab = () => shellEl.shadowRoot!.querySelector('two-factor-recovery-codes');
    await waitUntil(
      () => tab()?.shadowRoot?.textContent.includes('غير مُعدّة'),
      'the Arabic status',
      {
        timeout: 5000,
      },
    );
    expect(tab()!.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    button(shellEl, 'إنشاء الرموز').click();
    await untilHeading(shellEl, 'احفظ رموز الاسترداد');
    // The codes stay left to right inside the right-to-left card.
    expect(getComputedStyle(tab()!.shadowRoot!.querySelector('[part=codes]')!).direction).to.equal(
      'ltr',
    );
    await expect(el).to.be.accessible();
  });
});
