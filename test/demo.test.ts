/**
 * The demo portal (demo/index.html) and its phone page (demo/phone.html), loaded as they are
 * served, each in a same-origin iframe, signed in to the reference RP mounted on the test server:
 * every in-page link lands somewhere, one h1 per page, and the language and theme switches
 * (labelled native selects) change the page and the elements and are remembered.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { byRole } from './support/drive.js';
import { newSession } from './support/helpers.js';

const KEYS = ['acme-demo:language', 'acme-demo:theme'];
let frame: HTMLIFrameElement | undefined;

/** Opens a demo page in an iframe and waits until it has loaded (and `until`, when given). */
async function open(path: string, until?: (doc: Document) => boolean): Promise<Document> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 800px; border: 0';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // Module scripts have run by the load event; `until` waits for what they start.
  if (until) await waitUntil(() => until(doc), `${path}: not ready`, { timeout: 8000 });
  return doc;
}

/** The form control whose <label> reads `name`. */
function byLabel<T extends HTMLElement>(doc: Document, name: string): T {
  const label = [...doc.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
  if (!label?.control) throw new Error(`No control labelled “${name}”`);
  return label.control as T;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The passkey list: the Passkeys tab of <two-factor-register>, open first. */
const passkeyList = (doc: Document) =>
  doc
    .querySelector('two-factor-register:not([hidden])')
    ?.shadowRoot?.querySelector('passkey-credentials');

/** The switches are set up, and the list has rendered for the signed-in user. */
const listReady = (doc: Document) =>
  doc.querySelectorAll('#language option').length > 0 &&
  !!passkeyList(doc)?.shadowRoot?.textContent?.trim();
const switchesReady = (doc: Document) => doc.querySelectorAll('#language option').length > 0;

describe('demo pages', () => {
  beforeEach(async () => {
    await newSession();
    for (const key of KEYS) localStorage.removeItem(key);
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    for (const key of KEYS) localStorage.removeItem(key);
  });

  for (const path of ['/demo/index.html', '/demo/phone.html']) {
    it(`${path}: every in-page link targets an element that exists`, async () => {
      const doc = await open(path);
      const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
        expect(doc.getElementById(id), `target of ${link.textContent?.trim()} (#${id})`).to.exist;
      }
    });

    it(`${path}: has exactly one h1`, async () => {
      const doc = await open(path);
      expect(doc.querySelectorAll('h1').length).to.equal(1);
      expect(doc.querySelector('h1')!.textContent.trim()).to.not.equal('');
    });
  }

  it('the sidebar’s links all lead to a part of the page', async () => {
    const doc = await open('/demo/index.html');
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#main',
      '#two-factor',
      '#try-it',
    ]);
    byRole(doc, 'link', 'Trying the demo').click();
    await waitUntil(() => frame!.contentWindow!.location.hash === '#try-it');
    expect(doc.querySelector(':target')?.textContent).to.include('WebAuthn');
  });

  it('offers passkeys, an authenticator app and recovery codes, as tabs of <two-factor-register>', async () => {
    const doc = await open('/demo/index.html', listReady);
    const shell = doc.querySelector('two-factor-register')!;
    const tabs = [...shell.shadowRoot!.querySelectorAll('[role=tab]')].map((t) =>
      t.textContent.trim(),
    );
    expect(tabs).to.deep.equal(['Passkeys', 'Authenticator app', 'Recovery codes']);
    shell.shadowRoot!.querySelector<HTMLElement>('#tab-recovery')!.click();
    await waitUntil(
      () =>
        shell
          .shadowRoot!.querySelector('two-factor-recovery-codes')
          ?.shadowRoot?.textContent.includes('Not set up'),
      'the recovery tab, from the RP',
    );
  });

  for (const lang of ['en', 'ar']) {
    it(`on a 320 px phone (${lang}), a focused link of the scrolling side nav shows whole, clear of its fade`, async () => {
      localStorage.setItem('acme-demo:language', lang);
      const doc = await open('/demo/index.html', switchesReady);
      frame!.style.width = '320px';
      const row = doc.querySelector<HTMLElement>('.sidenav ul')!;
      await waitUntil(() => row.scrollWidth > row.clientWidth, 'the nav does not scroll at 320 px');
      // The mask's width, at the row's inline end, less a pixel: scrolling goes in whole pixels.
      const fade = 39;
      for (const link of [...row.querySelectorAll<HTMLAnchorElement>('a')]) {
        link.focus();
        await new Promise((r) => requestAnimationFrame(r));
        const r = link.getBoundingClientRect();
        const box = row.getBoundingClientRect();
        const style = getComputedStyle(link);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const what = `${link.textContent}: [${r.left}, ${r.right}] in [${box.left}, ${box.right}]`;
        expect(r.left - ring, what).to.be.at.least(box.left - 0.5);
        expect(r.right + ring, what).to.be.at.most(box.right + 0.5);
        if (lang === 'ar') expect(r.left, `${what}, fade`).to.be.at.least(box.left + fade - 0.5);
        else expect(r.right, `${what}, fade`).to.be.at.most(box.right - fade + 0.5);
      }
    });
  }

  it('explains how to try it with Chrome DevTools’ virtual authenticator', async () => {
    const doc = await open('/demo/index.html');
    const help = doc.getElementById('try-it')!.textContent.replace(/\s+/g, ' ');
    expect(help).to.include('More tools → WebAuthn');
    expect(help).to.include('Enable virtual authenticator environment');
  });

  it('switches the language: page, <html lang dir> and the element; remembered after a reload', async () => {
    let doc = await open('/demo/index.html', listReady);
    const language = byLabel<HTMLSelectElement>(doc, 'Language');
    expect([...language.options].map((o) => o.value)).to.deep.equal([
      'en',
      'de',
      'es',
      'fr',
      'ja',
      'ar',
    ]);
    // Each language is named in itself, marked with its own lang.
    expect(language.querySelector<HTMLOptionElement>('[value=ja]')!.lang).to.equal('ja');

    choose(language, 'ar');
    const root = doc.documentElement;
    expect(root.lang).to.equal('ar');
    expect(root.dir).to.equal('rtl');
    expect(doc.querySelector('h1')!.textContent).to.equal('الأمان');
    const list = passkeyList(doc)!;
    await waitUntil(
      () => list.shadowRoot!.textContent.includes('إضافة مفتاح مرور'),
      'the element did not follow the page into Arabic',
    );
    expect(localStorage.getItem('acme-demo:language')).to.equal('ar');

    doc = await open('/demo/index.html', switchesReady);
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    // Found by its Arabic label now.
    expect(byLabel<HTMLSelectElement>(doc, 'اللغة').value).to.equal('ar');

    choose(byLabel<HTMLSelectElement>(doc, 'اللغة'), 'de');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(doc.querySelector('h1')!.textContent).to.equal('Sicherheit');
  });

  it('switches the theme: the page’s colours and the element’s theme; remembered after a reload', async () => {
    let doc = await open('/demo/index.html', listReady);
    const theme = byLabel<HTMLSelectElement>(doc, 'Theme');
    expect([...theme.options].map((o) => o.value)).to.deep.equal(['auto', 'light', 'dark']);
    const background = () => getComputedStyle(doc.body).backgroundColor;

    choose(theme, 'light');
    const light = background();
    expect(doc.querySelector('two-factor-register')!.getAttribute('theme')).to.equal('light');

    choose(theme, 'dark');
    expect(doc.querySelector('two-factor-register')!.getAttribute('theme')).to.equal('dark');
    expect(background()).to.not.equal(light);
    expect(localStorage.getItem('acme-demo:theme')).to.equal('dark');

    doc = await open('/demo/index.html', listReady);
    expect(byLabel<HTMLSelectElement>(doc, 'Theme').value).to.equal('dark');
    expect(doc.querySelector('two-factor-register')!.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(doc.body).backgroundColor).to.not.equal(light);
  });

  it('the phone page follows the remembered language and theme', async () => {
    localStorage.setItem('acme-demo:language', 'fr');
    localStorage.setItem('acme-demo:theme', 'dark');
    const doc = await open('/demo/phone.html', switchesReady);
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.querySelector('h1')!.textContent).to.equal('Sécurité');
    expect(byLabel<HTMLSelectElement>(doc, 'Thème').value).to.equal('dark');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
  });
});
