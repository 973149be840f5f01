/**
 * What the reference RP's second-factor tests share: requests to /api/two-factor with this
 * page's session, a TOTP setup verified with a code this test computes (test/support/totp-code.ts,
 * not the RP's library), waiting clear of a time-step boundary, and looks into the database.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { JSON_HEADERS, reply } from '../support/rp-api.js';
import type { Reply } from '../support/rp-api.js';
import { base32Decode, readKeyUri, timeStep, totp } from '../support/totp-code.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request to /api/two-factor{path} with this page's session; the status and JSON body. */
export const tf = (method: string, path: string, body?: unknown): Promise<Reply> =>
  reply(
    fetch(`/api/two-factor${path}`, {
      method,
      headers: JSON_HEADERS,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );

export interface Setup {
  id: string;
  uri: string;
  expiresAt: string;
  /** The secret from the URI, decoded. */
  key: Uint8Array;
}

/** Starts a TOTP setup (201 expected) and reads its secret from the key URI. */
export async function startSetup(approval?: unknown): Promise<Setup> {
  const res = await tf('POST', '/totp/setup', approval === undefined ? {} : { approval });
  expect(res.status, `setup: ${JSON.stringify(res.body)}`).to.equal(201);
  const body = res.body as unknown as Omit<Setup, 'key'>;
  return { ...body, key: base32Decode(readKeyUri(body.uri).params.secret) };
}

/**
 * Waits, if needed, until the current 30 s step has at least 4 s left, so a code computed now
 * is still for the same step when the RP checks it.
 */
export async function clearOfStepBoundary(): Promise<void> {
  const into = Date.now() % 30_000;
  if (into > 26_000) await sleep(30_000 - into + 100);
}

/** The code for the step `offset` steps from now. */
export const codeAt = (key: Uint8Array, offset = 0) => totp(key, Date.now() + offset * 30_000);

/** The current time step. */
export const stepNow = () => timeStep(Date.now());

/** Sets up an authenticator app with the current code (200 expected); returns its key. */
export async function enrolTotp(name?: string, approval?: unknown): Promise<Uint8Array> {
  const setup = await startSetup(approval);
  await clearOfStepBoundary();
  const res = await tf('POST', '/totp/verify', {
    id: setup.id,
    code: await codeAt(setup.key),
    ...(name === undefined ? {} : { name }),
  });
  expect(res.status, `verify: ${JSON.stringify(res.body)}`).to.equal(200);
  return setup.key;
}

/** A sign-in check of a code: the status (204 right, 422 wrong, 429 limited). */
export const signIn = async (method: 'totp' | 'recovery', code: string) =>
  (await tf('POST', '/verify', { method, code })).status;

/** Rows of a read-only query on the RP's database file. */
export const sql = <T>(query: string, ...params: unknown[]): Promise<T[]> =>
  executeServerCommand('rp-inspect', { action: 'sql', query, params });

/** Which of `needles` occur anywhere in the database's files. */
export const filesContain = (needles: string[]): Promise<string[]> =>
  executeServerCommand('rp-inspect', { action: 'files-contain', needles });

/** The user ID of this page's session (from the database). */
export async function currentUserId(): Promise<string> {
  const res = await reply(fetch('/api/session'));
  const { name } = (res.body as { user: { name: string } }).user;
  const [row] = await sql<{ id: string }>('SELECT id FROM users WHERE name = ?', name);
  return row.id;
}
