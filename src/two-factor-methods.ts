/**
 * The names of the adapter's second-factor methods, in a module of their own so that only
 * `createFetchAdapter` (and the tests) load them.
 */
import type { TwoFactorMethods } from './adapter.js';

/** What `createFetchAdapter` adds with `twoFactorUrl`. */
export const TWO_FACTOR_METHODS = [
  'totpStatus',
  'startTotp',
  'verifyTotp',
  'removeTotp',
  'recoveryCodesStatus',
  'generateRecoveryCodes',
  'confirmRecoveryCodes',
] as const satisfies readonly (keyof TwoFactorMethods)[];

/**
 * A name from the list; `never` while the list misses a method of `TwoFactorMethods`, so that
 * a list in which it is used (test/support/scripted-adapter.ts) fails to compile.
 */
export type TwoFactorMethodName = [
  Exclude<keyof TwoFactorMethods, (typeof TWO_FACTOR_METHODS)[number]>,
] extends [never]
  ? (typeof TWO_FACTOR_METHODS)[number]
  : never;
