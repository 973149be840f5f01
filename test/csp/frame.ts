/**
 * A cross-origin iframe's page for test/passkey-register/iframe.test.ts: one <passkey-register> with
 * the real fetch adapter (the RP sees this frame's origin). The test drives it through the
 * frame plugin, with real mouse clicks, since a cross-origin parent can't reach its DOM.
 */
const { createFetchAdapter } = await import('../../src/index.js');
await import('../../src/define.js');

const el = document.createElement('passkey-register');
el.adapter = createFetchAdapter({ baseUrl: '/api/passkeys' });
el.defaultName = 'Framed laptop';
el.noHelp = true;
document.body.append(el);

export {};
