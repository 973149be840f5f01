/**
 * The authenticator tab's states, and what the setup code (./setup.ts, loaded on demand) needs
 * from the element. Types only.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { PasskeyAdapter, TotpSetup, TotpStatus } from '../../adapter.js';
import type { ApprovalController } from '../../internal/approval.js';
import type { HeadingLevel } from '../../internal/error-block.js';
import type { PasskeyErrorCode } from '../../internal/errors.js';
import type { OtpauthKey } from './otpauth.js';
import type { TotpErrorKey, TotpNotice, TwoFactorTotpStrings } from './strings.js';

export type TotpState =
  | { step: 'loading' }
  | { step: 'off'; notice?: TotpNotice }
  | { step: 'starting' }
  | { step: 'approving'; action: 'totp-setup' | 'totp-remove' }
  | {
      step: 'scan';
      setup: TotpSetup;
      key: OtpauthKey;
      busy?: boolean;
      /** The code field's problem: not the app's digits, or not accepted by the server. */
      problem?: 'format' | 'invalid-code';
      nameProblem?: 'too-long' | 'forbidden-characters';
      /** A failure that keeps the setup (too many attempts, the network). */
      error?: TotpErrorKey;
    }
  | { step: 'added'; status: TotpStatus; name?: string }
  | { step: 'on'; status: TotpStatus; notice?: TotpNotice }
  | { step: 'confirm-remove'; status: TotpStatus }
  | { step: 'removing' }
  | { step: 'error'; key: TotpErrorKey; code: PasskeyErrorCode; again: () => void };

/** The steps of the authenticator tab. */
export type TotpStep = TotpState['step'];

/** Where focus goes after a change: the new step's heading, or a field. */
export type TotpFocus = false | 'heading' | 'code' | 'name';

/**
 * What the setup code needs from the element: the element itself, whose members below are
 * private to its public API (TypeScript `private`) but shared with its own chunk.
 */
export interface TotpContext extends HTMLElement, ReactiveControllerHost {
  readonly state: TotpState;
  readonly t: TwoFactorTotpStrings;
  readonly level: HeadingLevel;
  readonly adapter: PasskeyAdapter | undefined;
  readonly adapterTimeout: number;
  /** The approval of this element, once one was needed. */
  approver?: ApprovalController;
  /** Form fields of the scan step. */
  code: string;
  appName: string;
  copied: boolean;
  qrFailed: boolean;
  go(next: TotpState, focus?: TotpFocus): void;
  /** Ends the running step (its replies are ignored from now on) and starts a new one. */
  begin(): AbortSignal;
  /** An adapter call under the run's signal and the timeout. */
  call<T>(signal: AbortSignal, fn: (a: PasskeyAdapter, s: AbortSignal) => Promise<T>): Promise<T>;
  /** A step failed: see the element's `fail`. */
  fail(signal: AbortSignal, err: unknown, again: () => void, back?: TotpState): void;
  button(label: string, click: () => void, cls?: string): TemplateResult;
  /** The title and body of an error. */
  errorText(key: TotpErrorKey): { title: string; body: string };
  /** Checks a status reply (`totpStatus`, `verifyTotp`). */
  parseStatus(raw: unknown): TotpStatus;
  /** Throws what `fail` reads as `no-adapter`: the adapter lacks a method. */
  missing(): never;
}
