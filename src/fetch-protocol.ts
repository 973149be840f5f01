/**
 * The fetch adapter's protocol code (./fetch-adapter.ts loads it with the first call): a ready
 * adapter speaking a small JSON-over-HTTP protocol (documented in the README):
 *
 *   POST {baseUrl}/registration/options  { name }                      → creation options
 *   POST {baseUrl}/registration/verify   { name, response, approval? } → credential
 *   GET  {baseUrl}/credentials                                          → { credentials: [...] }
 *   POST {baseUrl}/handoff               { name }                      → { id, url, expiresAt }
 *   GET  {baseUrl}/handoff/{id}/wait     (long poll)                    → credential | 202 pending
 *   POST {baseUrl}/handoff/{id}/cancel                                   → 204 (409 link-used: done)
 *   POST {baseUrl}/handoff/details       { token }                     → { account, name, expiresAt }
 *   POST {baseUrl}/handoff/decline       { token }                     → 204
 *   POST {baseUrl}/approval/options      { action }                    → request options | 204
 *   PATCH {baseUrl}/credentials/{id}     { name? | active?, approval? } → credential
 *   DELETE {baseUrl}/credentials/{id}    { approval? }                 → 204
 *
 * With `twoFactorUrl` (e.g. `/api/two-factor`), the other second factors:
 *
 *   GET    {twoFactorUrl}/totp                          → { configured, name?, createdAt? }
 *   POST   {twoFactorUrl}/totp/setup    { approval? }   → 201 { id, uri, expiresAt }
 *   POST   {twoFactorUrl}/totp/verify   { id, code, name? } → TOTP status
 *   DELETE {twoFactorUrl}/totp          { approval? }   → 204
 *   GET    {twoFactorUrl}/recovery-codes                → { configured, remaining, total, createdAt? }
 *   POST   {twoFactorUrl}/recovery-codes { approval? }  → 201 { id, codes, expiresAt }
 *   POST   {twoFactorUrl}/recovery-codes/{id}/confirm   → recovery-codes status
 *
 * Errors are non-2xx replies with `{ "error": { "code", "message" } }`.
 * The replies are validated by the widget, not here: this layer only speaks HTTP.
 */
import { ADAPTER_ERROR_CODES, PasskeyAdapterError } from './internal/errors.js';
import type {
  PasskeyMethods,
  PasskeyAdapter,
  PasskeyAdapterErrorCode,
  TwoFactorMethods,
} from './adapter.js';

/**
 * How a ceremony's response goes on the wire. @simplewebauthn/browser hands
 * `clientExtensionResults` on as the browser returns them, with bytes as ArrayBuffers, which
 * JSON.stringify would turn into `{}`.
 * - `prf.results` is dropped: a PRF output is key material, derived on the user's device for
 *   the site's own client-side encryption. A bank wants it never to leave the device through a
 *   widget that only registers passkeys, and no verifier needs it (@simplewebauthn/server reads
 *   no client extension results). `prf.enabled` still tells the server the passkey can do PRF.
 * - Other bytes (e.g. `largeBlob.blob`) go as base64url, as the WebAuthn L3 JSON forms have them.
 */
function wire(key: string, value: unknown): unknown {
  if (key === 'prf' && value && typeof value === 'object') {
    const { results: _secret, ...rest } = value as { results?: unknown };
    return rest;
  }
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes =
      value instanceof ArrayBuffer
        ? new Uint8Array(value)
        : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  }
  return value;
}

export interface FetchAdapterOptions {
  /** Where the endpoints live, e.g. `/api/passkeys`. */
  baseUrl: string;
  /**
   * Where the authenticator-app and recovery-code endpoints live, e.g. `/api/two-factor`.
   * Without it the adapter has no such methods, and `<two-factor-register>` hides those tabs.
   */
  twoFactorUrl?: string;
  /** Extra request headers (e.g. a CSRF token), or a function returning them per request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

function codeForStatus(status: number): PasskeyAdapterErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 409:
      return 'conflict';
    case 410:
      return 'expired';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 ? 'server' : 'rejected';
  }
}

async function errorFrom(res: Response): Promise<PasskeyAdapterError> {
  let code = codeForStatus(res.status);
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    const c = body?.error?.code;
    // A 4xx may name a more precise code (e.g. 400 "expired"); a 5xx is always "server".
    if (res.status < 500 && ADAPTER_ERROR_CODES.includes(c as PasskeyAdapterErrorCode)) {
      code = c as PasskeyAdapterErrorCode;
    }
    if (typeof body?.error?.message === 'string') message = body.error.message.slice(0, 500);
  } catch {
    // Not JSON: the status alone decides.
  }
  return new PasskeyAdapterError(code, message, res.status);
}

/** The adapter for servers that speak the passkey-register fetch protocol. */
export function fetchProtocol(
  options: FetchAdapterOptions,
): Required<PasskeyMethods> & TwoFactorMethods {
  const base = options.baseUrl.replace(/\/+$/, '');

  async function call(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    signal: AbortSignal,
    body?: unknown,
    root = base,
  ): Promise<{ status: number; body: unknown }> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const extra = typeof options.headers === 'function' ? options.headers() : options.headers;
    let res: Response;
    try {
      res = await doFetch(`${root}${path}`, {
        method,
        signal,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          // A custom header cannot be sent cross-site without CORS: part of the CSRF defence.
          'X-Requested-With': 'passkey-register',
          ...extra,
        },
        body: body === undefined ? undefined : JSON.stringify(body, wire),
      });
    } catch (err) {
      if (signal.aborted) throw err;
      throw new PasskeyAdapterError('network', 'The server could not be reached.');
    }
    if (!res.ok) throw await errorFrom(res);
    if (res.status === 204) return { status: 204, body: undefined };
    try {
      return { status: res.status, body: (await res.json()) as unknown };
    } catch (err) {
      if (signal.aborted) throw err;
      throw new PasskeyAdapterError(
        'invalid-response',
        'The server reply was not JSON.',
        res.status,
      );
    }
  }

  const json = async <T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    signal: AbortSignal,
    body?: unknown,
    root = base,
  ) => (await call(method, path, signal, body, root)).body as T;
  type Result<M extends keyof PasskeyAdapter> = Awaited<ReturnType<NonNullable<PasskeyAdapter[M]>>>;

  const twoFactorUrl = options.twoFactorUrl?.replace(/\/+$/, '');
  // Only the fields the protocol names are sent: the server refuses unknown ones.
  const twoFactor = (tf: string): Required<TwoFactorMethods> => ({
    totpStatus: (signal) => json<Result<'totpStatus'>>('GET', '/totp', signal, undefined, tf),
    startTotp: ({ approval }, signal) =>
      json<Result<'startTotp'>>('POST', '/totp/setup', signal, { approval }, tf),
    verifyTotp: ({ id, code, name }, signal) =>
      json<Result<'verifyTotp'>>('POST', '/totp/verify', signal, { id, code, name }, tf),
    removeTotp: async (approval, signal) => {
      await call('DELETE', '/totp', signal, { approval }, tf);
    },
    recoveryCodesStatus: (signal) =>
      json<Result<'recoveryCodesStatus'>>('GET', '/recovery-codes', signal, undefined, tf),
    generateRecoveryCodes: (approval, signal) =>
      json<Result<'generateRecoveryCodes'>>('POST', '/recovery-codes', signal, { approval }, tf),
    confirmRecoveryCodes: (id, signal) =>
      json<Result<'confirmRecoveryCodes'>>(
        'POST',
        `/recovery-codes/${encodeURIComponent(id)}/confirm`,
        signal,
        undefined,
        tf,
      ),
  });

  return {
    ...(twoFactorUrl === undefined ? {} : twoFactor(twoFactorUrl)),
    registrationOptions: (req, signal) =>
      json<Result<'registrationOptions'>>('POST', '/registration/options', signal, req),
    verifyRegistration: (req, signal) =>
      json<Result<'verifyRegistration'>>('POST', '/registration/verify', signal, req),
    listCredentials: async (signal) => {
      const body = await json<{ credentials?: unknown } | null>('GET', '/credentials', signal);
      return (body?.credentials ?? body) as Result<'listCredentials'>;
    },
    startHandoff: (req, signal) => json<Result<'startHandoff'>>('POST', '/handoff', signal, req),
    // Long polling: the server holds each request until something happens or its window ends
    // (202); the loop stops as soon as the signal aborts, so no request follows a cancel.
    awaitHandoff: async (id, signal) => {
      for (;;) {
        const { status, body } = await call(
          'GET',
          `/handoff/${encodeURIComponent(id)}/wait`,
          signal,
        );
        if (status !== 202) return body as Result<'awaitHandoff'>;
        signal.throwIfAborted();
      }
    },
    cancelHandoff: async (id, signal) => {
      try {
        await call('POST', `/handoff/${encodeURIComponent(id)}/cancel`, signal);
      } catch (err) {
        // The phone already used the link: nothing left to cancel.
        if (!(err instanceof PasskeyAdapterError && err.code === 'link-used')) throw err;
      }
    },
    handoffDetails: (token, signal) =>
      json<Result<'handoffDetails'>>('POST', '/handoff/details', signal, { token }),
    declineHandoff: async (token, signal) => {
      await call('POST', '/handoff/decline', signal, { token });
    },
    approvalOptions: async (action, signal) => {
      const { status, body } = await call('POST', '/approval/options', signal, { action });
      // 204: the server needs no approval for this action.
      return status === 204 ? null : (body as Result<'approvalOptions'>);
    },
    updateCredential: (id, patch, approval, signal) =>
      json<Result<'updateCredential'>>('PATCH', `/credentials/${encodeURIComponent(id)}`, signal, {
        ...patch,
        approval,
      }),
    deleteCredential: async (id, approval, signal) => {
      await call('DELETE', `/credentials/${encodeURIComponent(id)}`, signal, { approval });
    },
  };
}
