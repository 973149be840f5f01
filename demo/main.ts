// The demo portal: signs in a demo user against the reference relying party (demo/rp), hands
// <passkey-register> a fetch adapter, and lists the user's passkeys below it.
// Every user-supplied string (names, display name) is written with textContent, never as HTML.
import '../src/define.js';
import { createFetchAdapter } from '../src/index.js';
import type { PasskeyCredential } from '../src/index.js';

interface SessionUser {
  name: string;
  displayName: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const widget = document.querySelector('passkey-register');
const userName = byId('user-name');
const userInitials = byId('user-initials');
const userLabel = byId('user-label');
const sessionError = byId('session-error');
const sessionLoading = byId('session-loading');
const passkeys = byId('passkeys');
const list = byId<HTMLUListElement>('passkey-list');
const listStatus = byId('passkeys-status');
const itemTemplate = byId<HTMLTemplateElement>('passkey-item');

const adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

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
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ displayName: 'Alex Morgan' }),
    });
  }
  if (!res.ok) throw new Error(await reasonFrom(res));
  const body = (await res.json()) as { user?: Partial<SessionUser> } | null;
  const user = body?.user;
  if (typeof user?.displayName !== 'string' || typeof user.name !== 'string') {
    throw new Error('The server’s reply did not describe a user.');
  }
  return { name: user.name, displayName: user.displayName };
}

function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]?.toUpperCase() ?? '').join('');
}

function isCredential(value: unknown): value is PasskeyCredential {
  const c = value as Partial<PasskeyCredential> | null;
  return typeof c?.id === 'string' && typeof c.name === 'string' && typeof c.createdAt === 'string';
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

function renderItem(credential: PasskeyCredential): Node {
  const item = itemTemplate.content.cloneNode(true) as DocumentFragment;
  const name = item.querySelector<HTMLElement>('.passkey-name');
  const meta = item.querySelector<HTMLElement>('.passkey-meta');
  if (name) name.textContent = credential.name;
  if (meta) {
    const added = document.createElement('time');
    added.dateTime = credential.createdAt;
    added.textContent = formatDate(credential.createdAt);
    meta.append('Added ', added);
    const provider = credential.provider?.name;
    if (typeof provider === 'string' && provider) {
      const span = document.createElement('span');
      span.className = 'passkey-provider';
      span.textContent = provider;
      meta.append(' · ', span);
    }
  }
  if (credential.active === false) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = 'Turned off';
    item.querySelector('.passkey')?.append(badge);
  }
  return item;
}

function summary(credentials: PasskeyCredential[]): string {
  if (credentials.length === 0) return 'You haven’t added a passkey yet.';
  const on = credentials.filter((c) => c.active !== false).length;
  const off = credentials.length - on;
  const usable =
    on === 0
      ? 'None of your passkeys can confirm it’s you.'
      : `${on} ${on === 1 ? 'passkey' : 'passkeys'} can confirm it’s you.`;
  return off === 0 ? usable : `${usable} ${off} ${off === 1 ? 'is' : 'are'} turned off.`;
}

let listRequest: AbortController | undefined;

/** Loads the user's passkeys and redraws the list; a newer call cancels an older one. */
async function refreshList(): Promise<void> {
  if (!adapter.listCredentials) return;
  listRequest?.abort();
  const request = new AbortController();
  listRequest = request;
  passkeys.setAttribute('aria-busy', 'true');
  if (!list.childElementCount) listStatus.textContent = 'Loading your passkeys…';
  try {
    const reply: unknown = await adapter.listCredentials(request.signal);
    if (request.signal.aborted) return;
    const credentials = (Array.isArray(reply) ? reply : []).filter(isCredential);
    credentials.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    list.replaceChildren(...credentials.map(renderItem));
    list.hidden = credentials.length === 0;
    listStatus.textContent = summary(credentials);
  } catch (err) {
    if (request.signal.aborted) return;
    console.error('[demo] listing passkeys failed', err);
    listStatus.textContent = 'Your passkeys couldn’t be loaded. Reload the page to try again.';
  } finally {
    if (listRequest === request) {
      listRequest = undefined;
      passkeys.removeAttribute('aria-busy');
    }
  }
}

async function start(): Promise<void> {
  let user: SessionUser;
  try {
    user = await signIn();
  } catch (err) {
    console.error('[demo] sign-in failed', err);
    const reason =
      err instanceof TypeError
        ? 'The demo server could not be reached.'
        : String((err as Error).message);
    sessionLoading.hidden = true;
    userLabel.hidden = true;
    userName.textContent = 'Not signed in';
    sessionError.replaceChildren();
    const title = document.createElement('strong');
    title.textContent =
      'We couldn’t sign you in to the demo, so passkeys can’t be added right now.';
    const detail = document.createElement('span');
    detail.textContent = `${reason} Reload the page to try again.`;
    sessionError.append(title, ' ', detail);
    sessionError.hidden = false;
    return;
  }

  userName.textContent = user.displayName;
  userName.title = user.name;
  userInitials.textContent = initials(user.displayName);

  if (widget) {
    widget.adapter = adapter;
    widget.addEventListener('passkey-registered', () => void refreshList());
    widget.hidden = false;
  }
  sessionLoading.hidden = true;
  passkeys.hidden = false;
  await refreshList();
}

void start();
