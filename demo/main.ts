// The demo portal: signs in a demo user against the reference relying party (demo/rp) and hands
// <two-factor-register> (tabs for passkeys, an authenticator app and recovery codes) a fetch
// adapter for the RP's /api/passkeys and /api/two-factor.
// Every user-supplied string (names, display name) is written with textContent, never as HTML.
import '../src/define.js';
import { createFetchAdapter } from '../src/index.js';
import { onLanguage, setUpPreferences, t } from './prefs.js';

interface SessionUser {
  name: string;
  displayName: string;
  webauthnUserId?: string;
  rpId?: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const widget = document.querySelector('two-factor-register');
const userName = byId('user-name');
const userInitials = byId('user-initials');
const userLabel = byId('user-label');
const sessionError = byId('session-error');
const sessionLoading = byId('session-loading');

const adapter = createFetchAdapter({ baseUrl: '/api/passkeys', twoFactorUrl: '/api/two-factor' });

setUpPreferences();

// On narrow screens the side nav is a sideways-scrolling row: a link that takes focus scrolls
// into view, clear of the row's fade (scroll-padding in portal.css). Chromium's own focus
// scroll leaves a partly hidden link where it is in right-to-left (Arabic).
document
  .querySelector('.sidenav ul')
  ?.addEventListener('focusin', (e) => (e.target as Element).scrollIntoView({ block: 'nearest' }));

/** A readable reason from a failed reply: the server's own message when it sent one. */
async function reasonFrom(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: unknown } } | null;
    const message = body?.error?.message;
    if (typeof message === 'string' && message) return `${message} (HTTP ${res.status})`;
  } catch {
    // Not JSON: the status says enough.
  }
  return `HTTP ${res.status}`;
}

/** Returns the signed-in user, signing in a fresh demo user when there is no session yet. */
async function signIn(): Promise<SessionUser> {
  const headers = { Accept: 'application/json' };
  let res = await fetch('/api/session', { headers, credentials: 'same-origin' });
  if (res.status === 401) {
    // Demo only: the relying party creates a new demo user and sets a session cookie.
    res = await fetch('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      // The RP refuses writes without X-Requested-With (CSRF defence), as the fetch adapter sends it.
      headers: { ...headers, 'Content-Type': 'application/json', 'X-Requested-With': 'demo' },
      body: JSON.stringify({ displayName: 'Alex Morgan' }),
    });
  }
  if (!res.ok) throw new Error(await reasonFrom(res));
  const body = (await res.json()) as { user?: Partial<SessionUser> } | null;
  const user = body?.user;
  if (typeof user?.displayName !== 'string' || typeof user.name !== 'string') {
    throw new Error('The server’s reply did not describe a user.');
  }
  return {
    name: user.name,
    displayName: user.displayName,
    ...(typeof user.webauthnUserId === 'string' ? { webauthnUserId: user.webauthnUserId } : {}),
    ...(typeof user.rpId === 'string' ? { rpId: user.rpId } : {}),
  };
}

function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]?.toUpperCase() ?? '').join('');
}

async function start(): Promise<void> {
  // The name reads "Signing in…" (in the chosen language) until the session is known.
  let signedIn = false;
  onLanguage(() => {
    if (!signedIn) userName.textContent = t('signingIn');
  });
  let user: SessionUser;
  try {
    user = await signIn();
  } catch (err) {
    console.error('[demo] sign-in failed', err);
    const unreachable = err instanceof TypeError;
    const serverReason = String((err as Error).message);
    signedIn = true;
    sessionLoading.hidden = true;
    userLabel.hidden = true;
    const title = document.createElement('strong');
    const detail = document.createElement('span');
    sessionError.replaceChildren(title, ' ', detail);
    onLanguage(() => {
      userName.textContent = t('notSignedIn');
      title.textContent = t('signInFailed');
      // The server's own reason stays as it sent it.
      detail.textContent = `${unreachable ? t('unreachable') : serverReason} ${t('reload')}`;
    });
    sessionError.hidden = false;
    return;
  }

  signedIn = true;

  userName.textContent = user.displayName;
  userName.title = user.name;
  userInitials.textContent = initials(user.displayName);

  if (widget) {
    // For WebAuthn signals after a passkey is turned off or deleted.
    if (user.webauthnUserId) widget.setAttribute('user-id', user.webauthnUserId);
    if (user.rpId) widget.setAttribute('rp-id', user.rpId);
    widget.adapter = adapter;
    widget.hidden = false;
  }
  sessionLoading.hidden = true;
}

void start();
