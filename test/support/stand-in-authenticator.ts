/**
 * For Storybook's Docs pages only: a stand-in for the browser's passkey prompt, so a Docs page
 * shows "Success", "Verifying" or "Error: cancelled" without anyone touching an authenticator.
 * It behaves as the CDP virtual authenticator the test suite attaches for the same story
 * (`parameters.virtualAuthenticator`): the test suite itself never uses it, and its ceremonies
 * stay real. The credentials it returns are shaped like real ones but signed by nothing; the
 * stories' scripted adapters accept them without verifying, as they do in the canvas.
 *
 * Installed on first use; while no story holds it, every call goes to the browser's own API.
 */

import { reportCapabilities } from './drive.js';

/** The subset of the CDP virtual authenticator options that decides a ceremony's outcome. */
export interface StandInOptions {
  transport?: string;
  /** false: the user refuses verification (NotAllowedError at once). */
  isUserVerified?: boolean;
  /** false: nobody touches it (NotAllowedError when the ceremony's timeout runs out). */
  automaticPresenceSimulation?: boolean;
}

type Behaviour = StandInOptions | 'no-authenticator';

let current: Behaviour | undefined;
let installed = false;
/** Credential ids this stand-in has created, for excludeCredentials (InvalidStateError). */
const created = new Set<string>();

const bytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const b64url = (buf: ArrayBuffer | ArrayBufferView) => {
  const view =
    buf instanceof ArrayBuffer
      ? new Uint8Array(buf)
      : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return btoa(String.fromCharCode(...view))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};
const utf8 = (text: string) => new TextEncoder().encode(text).buffer;

function clientData(type: string, challenge: BufferSource): ArrayBuffer {
  return utf8(JSON.stringify({ type, challenge: b64url(challenge), origin: location.origin }));
}

/** Waits `ms`, or rejects with the signal's reason when the page itself cancels the ceremony. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    // Each story's ceremony on a Docs page would cancel the one before ("Cancelling existing
    // WebAuthn API call for new one"), which a user's single page never does: only an explicit
    // cancel counts here.
    signal?.addEventListener('abort', () => {
      const reason = signal.reason as Error | undefined;
      if (reason?.message?.startsWith('Cancelling existing')) return;
      clearTimeout(timer);
      reject(reason ?? new DOMException('Aborted', 'AbortError'));
    });
  });
}

async function outcome(
  behaviour: Behaviour | undefined,
  timeout: number | undefined,
  signal: AbortSignal | null | undefined,
): Promise<void> {
  // No authenticator: the browser's prompt stays up until the ceremony's timeout.
  if (
    !behaviour ||
    behaviour === 'no-authenticator' ||
    behaviour.automaticPresenceSimulation === false
  ) {
    await wait(timeout ?? 300_000, signal);
    throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
  }
  await wait(5, signal);
  if (behaviour.isUserVerified === false)
    throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
}

function install(): void {
  if (installed) return;
  installed = true;
  const container = navigator.credentials;
  const realCreate = container.create.bind(container);
  const realGet = container.get.bind(container);

  container.create = async (options?: CredentialCreationOptions) => {
    if (current === undefined || !options?.publicKey) return realCreate(options);
    const behaviour = current;
    const { publicKey, signal } = options;
    const excluded = (publicKey.excludeCredentials ?? []).some((c) => created.has(b64url(c.id)));
    if (excluded && behaviour !== 'no-authenticator') {
      await wait(5, signal);
      throw new DOMException(
        'The user attempted to register an authenticator that contains one of the credentials already registered with the relying party.',
        'InvalidStateError',
      );
    }
    await outcome(behaviour, publicKey.timeout, signal);
    const rawId = bytes(16).buffer;
    created.add(b64url(rawId));
    const transport = (behaviour !== 'no-authenticator' && behaviour.transport) || 'internal';
    return {
      id: b64url(rawId),
      rawId,
      type: 'public-key',
      authenticatorAttachment: transport === 'internal' ? 'platform' : 'cross-platform',
      response: {
        clientDataJSON: clientData('webauthn.create', publicKey.challenge),
        // CBOR {fmt: "none", attStmt: {}, authData: h''}: shaped like a response, signs nothing.
        attestationObject: new Uint8Array([
          0xa3, 0x63, 0x66, 0x6d, 0x74, 0x64, 0x6e, 0x6f, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x74, 0x53,
          0x74, 0x6d, 0x74, 0xa0, 0x68, 0x61, 0x75, 0x74, 0x68, 0x44, 0x61, 0x74, 0x61, 0x40,
        ]).buffer,
        getTransports: () => (transport === 'cable' ? ['ble', 'hybrid'] : [transport]),
      },
      getClientExtensionResults: () => ({}),
    } as unknown as Credential;
  };

  container.get = async (options?: CredentialRequestOptions) => {
    if (current === undefined || !options?.publicKey) return realGet(options);
    const behaviour = current;
    const { publicKey, signal } = options;
    await outcome(behaviour, publicKey.timeout, signal);
    const rawId = bytes(16).buffer;
    return {
      id: b64url(rawId),
      rawId,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: clientData('webauthn.get', publicKey.challenge),
        authenticatorData: bytes(37).buffer,
        signature: bytes(64).buffer,
        userHandle: null,
      },
      getClientExtensionResults: () => ({}),
    } as unknown as Credential;
  };
}

/**
 * Makes ceremonies behave as `options` says (or as with no authenticator at all, when there are
 * none) until `release()`. Ceremonies started meanwhile keep that behaviour to the end.
 */
export function useStandIn(options: StandInOptions | undefined): { release(): void } {
  install();
  current = options ?? 'no-authenticator';
  // As on a laptop with a platform authenticator and Bluetooth (the test suite's virtual
  // authenticator environment); a story that wants less reports less itself.
  const restore = reportCapabilities({ platform: true, hybrid: true });
  return {
    release: () => {
      current = undefined;
      restore();
    },
  };
}
