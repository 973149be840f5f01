/**
 * The list of passkeys once it has arrived: the summary, each passkey's row (name, provider,
 * dates, badges, the active switch, and a "⋯" menu button whose menu of Rename and Delete comes
 * with the changes' chunk) or the empty state, with their strings and
 * styles, and the validator of the list. `<passkey-credentials>` loads this module while the
 * adapter fetches the list, so the rows take no extra round trip and the page's first load holds
 * only the card and its loading and error states.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PasskeyCredential } from '../adapter.js';
import { kindIcons, passkeyIcon } from '../internal/icons.js';
import { looksLikeSecurityKey, providerName } from '../providers.js';
import type { CredentialChanges } from './credential-changes.js';
import type { PasskeyCredentialsStrings } from './strings.js';

export { providerIcons, providerNames } from '../providers.js';
export { parseCredentialList } from '../validate.js';
export { listStyles } from './list.styles.js';
export { enList } from './strings-list.js';

/** Provider icons by AAGUID, from the community list. */
export type ProviderIcons = Record<string, { light?: string; dark?: string }>;

/** What the rows need from the element. */
export interface ListContext {
  t: PasskeyCredentialsStrings;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  /** Provider names and icons by AAGUID, once loaded. */
  names: Record<string, string>;
  icons: ProviderIcons;
  /** The changes, once loaded: a change in flight, and the forms under a row. */
  changes?: CredentialChanges;
  /** Runs `run` with the changes, loading them first if needed. */
  act(run: (changes: CredentialChanges) => void): void;
  /** Opens "Add passkey", when adding is enabled (the empty state offers it). */
  add?: () => void;
}

/** The summary and the rows, or the empty state (what a passkey is, and Add passkey). */
export function renderList(c: ListContext, list: PasskeyCredential[]): TemplateResult {
  const { t } = c;
  if (list.length === 0)
    return html`<div class="empty">
      <p><strong>${t.empty}</strong></p>
      <p class="muted">${t.emptyHelp}</p>
      ${
        c.add
          ? html`<button part="button" class="primary add" @click=${c.add}>${t.add}</button>`
          : nothing
      }
    </div>`;
  const activeCount = list.filter((x) => x.active).length;
  return html`<p class="muted summary">${t.summary(list.length, activeCount)}</p>
    <ul part="list" class="list" aria-label=${t.heading}>
      ${list.map((x) => renderItem(c, x, list, activeCount))}
    </ul>`;
}

function renderItem(
  ctx: ListContext,
  c: PasskeyCredential,
  list: PasskeyCredential[],
  activeCount: number,
): TemplateResult {
  const { t } = ctx;
  const onlyActive = c.active && activeCount === 1;
  const busy = !!ctx.changes?.busy;
  const provider = providerName(c, ctx.names);
  const key = looksLikeSecurityKey(c);
  const kind = provider ?? (key ? t.securityKey : t.passkey);
  const icon = c.provider?.icon ?? (c.aaguid ? iconFor(ctx, c.aaguid) : undefined);
  const id = `c-${list.indexOf(c)}`;
  const open = ctx.changes?.menuFor === c.id;
  // Busy or the last active passkey: still focusable (focus never drops to <body>), but inert.
  const inert = busy || onlyActive;
  return html`<li part="item" class="item ${c.active ? '' : 'off'}" data-id=${c.id}>
    <span class="provider-icon">
      ${icon ? html`<img src=${icon} alt="" width="24" height="24" />` : key ? kindIcons['security-key'] : passkeyIcon}
    </span>
    <div class="body">
      <div class="text">
        <span class="name" id="${id}-name" dir="auto">${c.name}</span>
        ${c.backedUp ? html`<span class="badge">${t.synced}</span>` : nothing}
        ${c.active ? nothing : html`<span class="badge off">${t.inactive}</span>`}
        <span class="meta">${kind} · ${dates(ctx, c)}</span>
      </div>
      <div class="controls">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked=${c.active ? 'true' : 'false'}
            .checked=${c.active}
            aria-disabled=${inert ? 'true' : nothing}
            aria-describedby=${onlyActive ? `${id}-only` : nothing}
            @change=${(e: Event) => {
              (e.target as HTMLInputElement).checked = c.active; // the server decides
              if (!inert) ctx.act((ch) => ch.toggle(c, list));
            }}
          />
          <span class="track" aria-hidden="true"></span>
          <span>${t.activeLabel}</span>
          <span class="sr-only" dir="auto">${c.name}</span>
        </label>
        <button
          part="button"
          class="secondary more"
          aria-haspopup="menu"
          aria-expanded=${open ? 'true' : 'false'}
          aria-label=${t.more(c.name)}
          aria-disabled=${busy ? 'true' : nothing}
          @click=${() => busy || ctx.act((ch) => ch.menu(open ? undefined : c.id))}
          @keydown=${(e: KeyboardEvent) => {
            if (busy || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
            e.preventDefault();
            ctx.act((ch) => ch.menu(c.id, e.key === 'ArrowUp'));
          }}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        ${open ? ctx.changes!.renderMenu(c, onlyActive, id) : nothing}
      </div>
      ${onlyActive ? html`<p class="muted note" id="${id}-only">${t.lastActive}</p>` : nothing}
      ${ctx.changes?.renderBelow(c, list, id)}
    </div>
  </li>`;
}

function iconFor({ icons, theme }: ListContext, aaguid: string): string | undefined {
  const entry = icons[aaguid];
  const dark =
    theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return (dark ? entry?.dark : entry?.light) ?? entry?.light ?? entry?.dark;
}

function dates({ t, lang }: ListContext, c: PasskeyCredential): TemplateResult {
  const rel = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const ago = (iso: string) => {
    const seconds = (Date.parse(iso) - Date.now()) / 1000;
    // Under a minute reads "just now", not "12 seconds ago" (nor a clock skew's "in 3 seconds").
    if (Math.abs(seconds) < 60) return t.justNow;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31_536_000],
      ['month', 2_592_000],
      ['day', 86_400],
      ['hour', 3600],
      ['minute', 60],
    ];
    const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s)!;
    return rel.format(Math.round(seconds / size), unit);
  };
  // Relative dates to read, absolute ones on hover and in `datetime`.
  const time = (iso: string, text: string) =>
    html`<time datetime=${iso} title=${abs.format(new Date(iso))}>${text}</time>`;
  return html`${time(c.createdAt, t.added(ago(c.createdAt)))}${t.separator}${
    c.lastUsedAt ? time(c.lastUsedAt, t.lastUsed(ago(c.lastUsedAt))) : t.neverUsed
  }`;
}
