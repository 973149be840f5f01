/**
 * How the reference RP is deployed: its origin and RP ID come from configuration, never from
 * the Host header (other Hosts are refused); its database is opened for durability; and under
 * the demo's Vite server no CORS preflight is granted.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { forge, JSON_HEADERS, newSession, restartRp } from '../support/rp-api.js';

const json = { 'Content-Type': 'application/json', 'X-Requested-With': 'test' };

describe('reference RP: deployment', function () {
  this.timeout(30_000);
  beforeEach(newSession);

  it('refuses a request whose Host is not its own (DNS rebinding), changing nothing', async () => {
    const rebound = `rebound.example:${location.port}`;
    const attempts: [string, string, Record<string, string>][] = [
      ['POST', '/api/session', { ...json, Host: rebound, Origin: `http://${rebound}` }],
      ['GET', '/api/session', { Host: rebound }],
      ['GET', '/api/passkeys/credentials', { Host: rebound }],
      [
        'POST',
        '/api/passkeys/registration/options',
        { ...json, Host: rebound, Origin: `http://${rebound}` },
      ],
      ['GET', '/api/session', { Host: `127.0.0.1:${location.port}` }],
    ];
    for (const [method, path, headers] of attempts) {
      const res = await forge(method, path, headers, method === 'POST' ? { name: 'k' } : undefined);
      expect(res.status, `${method} ${path} Host ${headers.Host}`).to.equal(421);
    }
  });

  it('opens its database with synchronous = FULL, in WAL mode', async () => {
    const settings = await executeServerCommand<Record<string, unknown>, object>('rp-client', {
      action: 'database-settings',
    });
    // 2 is FULL (0 OFF, 1 NORMAL, 3 EXTRA).
    expect(settings).to.include({ synchronous: 2, journal_mode: 'wal' });
  });

  it('under the demo’s Vite server, grants no CORS preflight, not even to a localhost origin', async () => {
    const answer = await executeServerCommand<
      { status: number; allowOrigin: string | null; allowHeaders: string | null },
      object
    >('rp-client', { action: 'vite-preflight', origin: 'http://localhost:1' });
    expect(answer.allowOrigin, JSON.stringify(answer)).to.equal(null);
    expect(answer.allowHeaders).to.equal(null);
  });
});

describe('reference RP: deployment with a configured origin', function () {
  this.timeout(20_000);
  const origin = 'https://portal.example';
  before(() => restartRp({ origin }));
  after(() => restartRp());

  it('answers only for the configured origin, whatever the Host says', async () => {
    const headers = { ...json, Host: 'portal.example', Origin: origin };
    const session = await forge('POST', '/api/session', headers, {});
    expect(session.status).to.equal(201);
    // The RP ID is the configured origin's host name (this page's session, from the tests above).
    const me = await forge('GET', '/api/session', { Host: 'portal.example' });
    expect(me.status).to.equal(200);
    expect((me.body as { user: { rpId: string } }).user.rpId).to.equal('portal.example');
    // The page's own Host (localhost) is now someone else's.
    const own = await fetch('/api/session', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(own.status).to.equal(421);
  });
});
