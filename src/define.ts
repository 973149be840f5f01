/** Registers every element of the library. Import this once, for its side effect. */
export * from './passkey-register/define.js';
export * from './passkey-qr/define.js';
export * from './passkey-credentials/define.js';
export * from './two-factor-register/define.js';
export * from './two-factor-register/recovery/define.js';
export * from './two-factor-register/totp/define.js';
