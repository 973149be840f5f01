/**
 * Print prints the codes only: a hidden frame holding the sheet (title, date, the codes) is
 * printed, not the host's page. The frame's own print() is observed as it is called.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TwoFactorRecoveryCodes } from '../../src/two-factor-register/recovery/recovery-codes.js';
import { byRole } from '../support/drive.js';
import { status } from './support.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';
import '../../src/two-factor-register/recovery/define.js';

const CODES = ['7k2mq-4xw9d', 'h3v8r-p6tz1', 'c9nf5-b2kyw'];

/** The element, showing a new set of CODES that is not confirmed yet (Done hangs). */
async function showingCodes(): Promise<TwoFactorRecoveryCodes> {
  const el = await fixture<TwoFactorRecoveryCodes>(
    html`<div>
      <p>Account number 1234 (must not be printed)</p>
      <two-factor-recovery-codes
        lang="en"
        .adapter=${scriptedAdapter({
          listCredentials: { resolve: [] },
          approvalOptions: { resolve: null },
          recoveryCodesStatus: { resolve: status({ configured: false, remaining: 0, total: 0 }) },
          generateRecoveryCodes: {
            resolve: {
              id: 'c2V0',
              codes: CODES,
              expiresAt: new Date(Date.now() + 6e5).toISOString(),
            },
          },
          confirmRecoveryCodes: { hang: true },
        })}
      ></two-factor-recovery-codes>
    </div>`,
  ).then((d) => d.querySelector('two-factor-recovery-codes')!);
  await waitUntil(() => el.shadowRoot!.querySelector('.start'), 'Generate');
  byRole(el, 'button', 'Generate codes').click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part=codes]'), 'the codes');
  return el;
}

/** Presses Print with the frame's print() replaced, and returns what it would have printed. */
function pressPrint(el: TwoFactorRecoveryCodes): string | undefined {
  // The frame is added, filled and printed in one go: watch appends to catch its print().
  let printed: string | undefined;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
  const append = ShadowRoot.prototype.append;
  ShadowRoot.prototype.append = function (this: ShadowRoot, ...nodes: (Node | string)[]) {
    append.apply(this, nodes);
    for (const n of nodes)
      if (n instanceof HTMLIFrameElement)
        n.contentWindow!.print = () => {
          printed = n.contentDocument!.body.innerText;
        };
  };
  try {
    byRole(el, 'button', 'Print').click();
  } finally {
    ShadowRoot.prototype.append = append;
  }
  return printed;
}

const leaving = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

describe('<two-factor-recovery-codes> Print', () => {
  it('prints a sheet of the codes alone, from a frame, not the page', async () => {
    const el = await showingCodes();
    const printed = pressPrint(el);
    expect(printed, 'the frame was printed').to.be.a('string');
    const lines = printed!
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).to.equal(`Recovery codes for ${location.host}`);
    expect(lines[1]).to.match(/^Made on .+\. Each code can be used once\.$/);
    expect(lines.slice(2)).to.deep.equal(CODES);
    expect(printed).not.to.contain('Account number');
  });

  it('asks before the page is left while the codes are unconfirmed, and Cancel takes the printed frame away', async () => {
    const el = await showingCodes();
    expect(leaving(), 'leaving asks first').to.equal(true);
    pressPrint(el);
    expect(el.shadowRoot!.querySelector('iframe'), 'the print frame').to.exist;
    byRole(el, 'button', 'Cancel').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.start'), 'back to the counts');
    expect(el.shadowRoot!.querySelector('iframe'), 'no frame holds the codes').to.equal(null);
    expect(leaving(), 'nothing left to lose').to.equal(false);
  });
});
