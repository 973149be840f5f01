/** Registers every element of the library. Import this once, for its side effect. */
export * from './passkey-register/define.js';
