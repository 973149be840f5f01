/**
 * <two-factor-register> loads each tab's code when the tab is first opened, and the recovery
 * tab loads its flow on intent. Parts of the site are taken offline through CDP to show what the
 * user sees when one can't load. The order matters: this file's page starts with nothing loaded,
 * and only a successful load keeps a part.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { allByRole, byRole } from '../support/drive.js';
import { deepActive, everyMethod, shell } from './support.js';

const block = (patterns: string[]) =>
  executeServerCommand('network', { action: 'block', patterns });
const requested = async (path: string) =>
  (await executeServerCommand<string[], object>('network', { action: 'requests' })).filter((u) =>
    new URL(u).pathname.endsWith(path),
  ).length;

describe('<two-factor-register> loading each tab on demand', () => {
  before(() => executeServerCommand('network', { action: 'reset' }));
  afterEach(() => block([]));

  it('loads a tab’s code when it is first opened; one that can’t load says so and tries again', async () => {
    await block(['*/src/two-factor-register/recovery/define.ts*']);
    const el = await shell(everyMethod(), { methods: 'passkey recovery' });
    await waitUntil(() => el.shadowRoot!.querySelector('passkey-credentials'), 'the passkey tab');
    expect(await requested('/recovery/recovery-codes.ts'), 'recovery not opened yet').to.equal(0);

    byRole(el, 'tab', 'Recovery codes').click();
    await waitUntil(() => allByRole(el, 'alert').length, 'the load failure');
    const panel = byRole(el, 'tabpanel');
    expect(panel.textContent).to.contain('Can’t reach the server');
    await expect(el).to.be.accessible();

    await block([]);
    byRole(panel, 'button', 'Try again').click();
    await waitUntil(
      () => allByRole(el, 'button', 'Generate new codes').length,
      'the recovery tab after Try again',
    );
    expect(allByRole(el, 'alert')).to.have.length(0);
  });

  it('fetches the recovery flow on intent; a Generate that can’t load it changes nothing', async () => {
    await block(['*/src/two-factor-register/recovery/flow.ts*']);
    const a = everyMethod();
    const el = await shell(a, { methods: 'recovery' });
    await waitUntil(() => allByRole(el, 'button', 'Generate new codes').length, 'the counts');
    expect(await requested('/recovery/flow.ts'), 'no flow before intent').to.equal(0);

    const start = byRole(el, 'button', 'Generate new codes');
    start.focus();
    start.click();
    await waitUntil(() => allByRole(el, 'alert').length, 'the load failure');
    expect(byRole(el, 'alert').textContent).to.contain('Can’t reach the server');
    expect(a.calls.map((c) => c.method)).not.to.include('generateRecoveryCodes');
    expect(deepActive()).not.to.equal(document.body);

    await block([]);
    byRole(el, 'button', 'Try again').click();
    await waitUntil(
      () => allByRole(el, 'heading', 'Replace your recovery codes?').length,
      'the warning after Try again',
    );
  });
});
