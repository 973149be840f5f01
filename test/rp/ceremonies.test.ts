/**
 * The reference RP's "recently confirmed" window (`recentlyConfirmedMs`, 5 minutes by default;
 * the test server runs with 0): after an approval, the same session's changes need none until
 * the window ends, and approval options answer 204 meanwhile.
 */
import { expect } from '@open-wc/testing';
import {
  api,
  approve,
  closeSecondSession,
  freshUserWith,
  fromSecondSession,
  list,
  newSession,
  openSecondSession,
  register,
  restartRp,
} from '../support/rp-api.js';
import { until } from '../support/poll.js';

const WINDOW_MS = 2000;
const rename = (id: string, name: string) =>
  api('PATCH', `/credentials/${encodeURIComponent(id)}`, { name });
const renameOptions = (id: string) =>
  api('POST', '/approval/options', { action: { type: 'rename', credentialId: id, name: 'x' } });

describe('reference RP: recently confirmed window', function () {
  this.timeout(20_000);
  freshUserWith(['internal', 'usb'], closeSecondSession);
  after(() => restartRp());

  describe(`of ${WINDOW_MS} ms`, () => {
    before(() => restartRp({ recentlyConfirmedMs: WINDOW_MS }));

    it('lets changes through without approval after one, until the window ends', async () => {
      const a = await register('A');
      // Nothing approved yet: a change needs an approval.
      expect((await renameOptions(a.id)).status).to.equal(200);
      const b = await register('B', 'cross-platform', a);
      const approvedAt = performance.now();
      expect((await renameOptions(b.id)).status).to.equal(204);
      expect((await rename(b.id, 'B2')).status).to.equal(200);
      const off = await api('PATCH', `/credentials/${encodeURIComponent(b.id)}`, { active: false });
      expect(off.status).to.equal(200);
      expect((await list()).map((c) => [c.name, c.active])).to.deep.equal([
        ['A', true],
        ['B2', false],
      ]);
      await until(
        () => performance.now() - approvedAt > WINDOW_MS + 100,
        'the window to end',
        WINDOW_MS + 2000,
      );
      expect((await renameOptions(b.id)).status).to.equal(200);
      const late = await rename(b.id, 'B3');
      expect(late.status).to.equal(403);
    });

    it("covers only the session that approved: not the user's other sessions, not other users", async () => {
      const a = await register('A');
      await register('B', 'cross-platform', a);
      expect((await renameOptions(a.id)).status).to.equal(204);
      await openSecondSession();
      const [options] = await fromSecondSession([
        {
          method: 'POST',
          path: '/api/passkeys/approval/options',
          body: { action: { type: 'rename', credentialId: a.id, name: 'x' } },
        },
      ]);
      expect(options.status).to.equal(200);
      await closeSecondSession();
      await newSession();
      const c = await register('C');
      expect((await renameOptions(c.id)).status).to.equal(200);
    });
  });

  describe('of 0', () => {
    before(() => restartRp({ recentlyConfirmedMs: 0 }));

    it('asks for an approval of every change', async () => {
      const a = await register('A');
      const b = await register('B', 'cross-platform', a);
      expect((await renameOptions(b.id)).status).to.equal(200);
      expect((await rename(b.id, 'B2')).status).to.equal(403);
      const approval = await approve({ type: 'rename', credentialId: b.id, name: 'B2' }, a);
      const ok = await api('PATCH', `/credentials/${encodeURIComponent(b.id)}`, {
        name: 'B2',
        approval,
      });
      expect(ok.status).to.equal(200);
      expect((await renameOptions(b.id)).status).to.equal(200);
    });
  });
});
