/**
 * Raw HTTP access to the reference RP from a test page, for the RP's own tests: requests with
 * this page's session, real ceremonies on Chromium's virtual authenticators, a second session of
 * the same user in another browser context, forged requests, and restarts with a test config.
 */
import { expect } from '@open-wc/testing';
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PasskeyAction } from '../../src/adapter.js';

export interface Credential {
  id: string;
  name: string;
  aaguid: string;
  createdAt: string;
  lastUsedAt?: string;
  active: boolean;
  transports: string[];
}

/** An action to approve: the adapter contract's. */
export type Action = PasskeyAction;

export interface Reply {
  status: number;
  body: { error?: { code: string; message: string; issues?: { path: string }[] } } & Record<
    string,
    unknown
  >;
}

/** Adds a Chromium virtual authenticator (user-verifying, answers by itself) to this page. */
const added: string[] = [];
export async function addAuthenticator(transport: 'internal' | 'usb'): Promise<void> {
  const { authenticatorId } = await executeServerCommand<{ authenticatorId: string }, object>(
    'webauthn',
    { action: 'add', transport },
  );
  added.push(authenticatorId);
}
export async function removeAuthenticators(): Promise<void> {
  while (added.length)
    await executeServerCommand('webauthn', { action: 'remove', authenticatorId: added.pop() });
}

/**
 * Each test of the calling suite starts as a fresh user with these virtual authenticators, and
 * ends with `cleanup` (when given) and then none left.
 */
export function freshUserWith(transports: ('internal' | 'usb')[], cleanup?: () => unknown): void {
  beforeEach(async () => {
    await newSession();
    for (const transport of transports) await addAuthenticator(transport);
  });
  afterEach(async () => {
    await cleanup?.();
    await removeAuthenticators();
  });
}

/** What the fetch adapter sends: JSON, and the custom header the RP's CSRF defence wants. */
export const JSON_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'test' };

/** Signs in as a brand-new demo user (this page's session cookie), with no passkeys. */
export async function newSession(): Promise<void> {
  const res = await fetch('/api/session', {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ displayName: 'Test User' }),
  });
  expect(res.status, 'new session').to.equal(201);
}

/** A request to /api/passkeys{path} with this page's session. */
export const api = (method: string, path: string, body?: unknown, init: RequestInit = {}) =>
  fetch(`/api/passkeys${path}`, {
    method,
    headers: JSON_HEADERS,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...init,
  });

/** The status and parsed JSON body (null when empty). */
export async function reply(res: Response | Promise<Response>): Promise<Reply> {
  const r = await res;
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Reply['body']) : {} };
}

export async function list(): Promise<Credential[]> {
  const res = await api('GET', '/credentials');
  expect(res.status).to.equal(200);
  return ((await res.json()) as { credentials: Credential[] }).credentials;
}

/** Registration options for `name` and the authenticator's response to them, not yet verified. */
export async function createCredential(
  name: string,
  attachment: AuthenticatorAttachment = 'platform',
): Promise<RegistrationResponseJSON> {
  const res = await api('POST', '/registration/options', { name });
  expect(res.status, 'registration options').to.equal(200);
  return answerOptions((await res.json()) as PublicKeyCredentialCreationOptionsJSON, attachment);
}

/** The response of the page's virtual authenticator with this `attachment` to creation `options`. */
export function answerOptions(
  options: PublicKeyCredentialCreationOptionsJSON,
  attachment: AuthenticatorAttachment,
): Promise<RegistrationResponseJSON> {
  return startRegistration({
    optionsJSON: {
      ...options,
      authenticatorSelection: {
        ...options.authenticatorSelection,
        authenticatorAttachment: attachment,
      },
    },
  });
}

/** Approval options for an action (status 200 expected). */
export async function approvalOptions(
  action: Action,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const res = await api('POST', '/approval/options', { action });
  expect(res.status, `approval options for ${action.type}`).to.equal(200);
  return (await res.json()) as PublicKeyCredentialRequestOptionsJSON;
}

/**
 * Signs `action` with a passkey: with the RP's options as they are, or with allowCredentials
 * narrowed to `signer` *and its transports*, so only the virtual authenticator holding it
 * answers.
 */
export async function approve(
  action: Action,
  signer?: Credential,
): Promise<AuthenticationResponseJSON> {
  const options = await approvalOptions(action);
  return startAuthentication({
    optionsJSON: signer
      ? {
          ...options,
          allowCredentials: [{ id: signer.id, type: 'public-key', transports: signer.transports }],
        }
      : options,
  });
}

/** Registers and stores a passkey (approved by `approver` when given); expects 201. */
export async function register(
  name: string,
  attachment: AuthenticatorAttachment = 'platform',
  approver?: Credential,
): Promise<Credential> {
  const response = await createCredential(name, attachment);
  const approval = approver ? await approve({ type: 'register', name }, approver) : undefined;
  const res = await api('POST', '/registration/verify', { name, response, approval });
  expect(res.status, `register ${name}`).to.equal(201);
  return (await res.json()) as Credential;
}

/** Restarts the test server's RP (same data, sessions kept) with config overrides, or without. */
export async function restartRp(config?: Record<string, unknown>): Promise<void> {
  await executeServerCommand('rp-restart', config ? { config } : undefined);
}

/** Opens a second browser context signed in as this page's user, with its own session. */
export const openSecondSession = () => executeServerCommand('rp-client', { action: 'open' });
export const closeSecondSession = () => executeServerCommand('rp-client', { action: 'close' });

/** Sends requests from the second session, all at once; resolves with every reply. */
export const fromSecondSession = (
  requests: { method: string; path: string; body?: unknown }[],
): Promise<Reply[]> => executeServerCommand('rp-client', { action: 'fetch', requests });

/** A request sent outside the browser with this page's session cookie and exactly `headers`. */
export const forge = (
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Reply> =>
  executeServerCommand('rp-client', {
    action: 'forge',
    method,
    path,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** This page's session cookie's attributes, as the browser keeps them. */
export const sessionCookie = (): Promise<{ httpOnly: boolean; sameSite?: string; path: string }> =>
  executeServerCommand('rp-client', { action: 'cookie' });

/**
 * A registration response for `challenge` that no authenticator made: its clientDataJSON is
 * well-formed for this page, its attestation object is CBOR for the number 0 (not a map), so the
 * verification library fails inside.
 */
export function brokenRegistration(challenge: string) {
  const clientDataJSON = btoa(
    JSON.stringify({ type: 'webauthn.create', challenge, origin: location.origin }),
  )
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return {
    id: 'AAAA',
    rawId: 'AAAA',
    type: 'public-key',
    response: { clientDataJSON, attestationObject: 'AA' },
    clientExtensionResults: {},
  };
}
