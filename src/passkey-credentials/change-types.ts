/**
 * The types the changes' modules share: what they read of `<passkey-credentials>`, and what the
 * views (`change-views.ts`) read and call of the controller (`credential-changes.ts`). Types only,
 * so the controller can import the views and the views can know the controller, without a cycle.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PasskeyAdapter, PasskeyCredential } from '../adapter.js';
import type { NameProblem } from '../device-name.js';
import type { ApprovalController } from '../internal/approval.js';
import type { FirstViewStrings } from '../strings.js';
import type { ChangeKind, PasskeyCredentialsStrings } from './strings.js';

/** A line above the list saying how a change went. */
export interface Notice {
  /** `info`: calm and neutral (a cancelled change). */
  tone: 'success' | 'info' | 'error';
  title: string;
  body?: string;
}

/** What the changes read of `<passkey-credentials>`: its public properties and `refresh()`. */
export interface CredentialsHost extends ReactiveControllerHost, EventTarget {
  readonly adapter?: PasskeyAdapter;
  readonly adapterTimeout: number;
  readonly rpId?: string;
  readonly userId?: string;
  readonly theme: 'light' | 'dark' | 'auto';
  readonly renderRoot: HTMLElement | DocumentFragment;
  refresh(): Promise<void>;
}

/** What the changes need from the element beyond its public properties. */
export interface ChangesContext {
  /** Every string in the element's language (English filled in). */
  t(): PasskeyCredentialsStrings;
  /** The strings shared with <passkey-register> (errors, naming rules). */
  shared(): FirstViewStrings;
  notify(notice: Notice | undefined): void;
  /** Makes `ac` the call in flight, which a reload or removal aborts. */
  track(ac: AbortController): void;
}

/** What the views use of `CredentialChanges`: its state and actions, documented there. */
export interface ChangesView {
  readonly el: CredentialsHost;
  readonly c: ChangesContext;
  readonly approval: ApprovalController;
  readonly asking?: { kind: ChangeKind; name: string };
  readonly editing?: { id: string; problem?: NameProblem };
  readonly confirming?: string;
  readonly busy?: string;
  readonly adding: boolean;
  menuFor?: string;
  update(): void;
  menu(id: string | undefined, last?: boolean): void;
  edit(id: string): void;
  add(open?: boolean): void;
  confirm(id: string | undefined): void;
  closeRename(): void;
  cancelApproval(): void;
  rename(c: PasskeyCredential, raw: string): void;
  deleteOne(c: PasskeyCredential, list: PasskeyCredential[]): void;
}
