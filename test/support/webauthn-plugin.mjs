// A test-runner plugin that gives browser tests Chromium's virtual authenticators (CDP WebAuthn
// domain), so ceremonies in tests are real: the browser signs, the reference RP verifies.
// Browser side: executeServerCommand('webauthn', { action, ... }) from @web/test-runner-commands.

/** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();

/**
 * ChromeLauncher reuses pages across test files, so the CDP session is kept per page.
 * @param {import('puppeteer-core').Page} page
 */
function cdpFor(page) {
  let s = sessions.get(page);
  if (!s) {
    s = (async () => {
      const cdp = await page.createCDPSession();
      // Without enable({ enableUI: false }) create() never settles.
      await cdp.send('WebAuthn.enable', { enableUI: false });
      return cdp;
    })();
    sessions.set(page, s);
  }
  return s;
}

/**
 * A user-verifying CTAP 2.1 authenticator that answers by itself; tests override what they need.
 * @type {import('puppeteer-core').Protocol.WebAuthn.VirtualAuthenticatorOptions}
 */
export const AUTHENTICATOR_DEFAULTS = {
  protocol: 'ctap2',
  ctap2Version: 'ctap2_1',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

export function webauthnPlugin() {
  return {
    name: 'webauthn',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'webauthn') return undefined;
      if (typeof session.browser.getPage !== 'function') {
        throw new Error('The webauthn command needs the Chrome launcher.');
      }
      const cdp = await cdpFor(session.browser.getPage(session.id));
      const { action, ...args } = payload ?? {};
      switch (action) {
        case 'enable':
          return true; // cdpFor() has enabled the virtual environment
        case 'add': {
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: { ...AUTHENTICATOR_DEFAULTS, ...args },
          });
          return { authenticatorId };
        }
        case 'remove':
          await cdp.send('WebAuthn.removeVirtualAuthenticator', {
            authenticatorId: args.authenticatorId,
          });
          return true;
        case 'set-user-verified':
          await cdp.send('WebAuthn.setUserVerified', args);
          return true;
        case 'set-presence':
          // false: the authenticator waits for a touch, so a prompt stays open.
          await cdp.send('WebAuthn.setAutomaticPresenceSimulation', args);
          return true;
        case 'credentials': {
          const { credentials } = await cdp.send('WebAuthn.getCredentials', args);
          return credentials.map((c) => ({
            credentialId: c.credentialId,
            isResidentCredential: c.isResidentCredential,
          }));
        }
        default:
          throw new Error(`Unknown webauthn action: ${action}`);
      }
    },
  };
}
