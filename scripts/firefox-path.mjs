// Finds a Firefox binary for the Firefox browser tests (Debian's firefox-esr here; puppeteer's
// Firefox download can't be reached).
import { existsSync } from 'node:fs';

/**
 * Order: FIREFOX_PATH, Debian's /usr/bin/firefox-esr, then /usr/bin/firefox.
 * @returns {string | undefined} absolute path to the executable, or undefined
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}

/**
 * Prefs for the browser tests (on top of puppeteer's own Firefox defaults). Marionette on a free
 * port (the port lands in <profile>/MarionetteActivePort), and WebAuthn routed to the soft token,
 * which is where Marionette's virtual authenticators live: with the USB token on, Firefox would
 * look for real security keys instead. Direct attestation (the default of fido2-lib and
 * @passwordless-id/webauthn, test/interop.test.ts) is allowed without the consent prompt a user
 * would answer.
 */
export const FIREFOX_PREFS = {
  'marionette.port': 0,
  'security.webauth.webauthn_enable_softtoken': true,
  'security.webauth.webauthn_enable_usbtoken': false,
  'security.webauthn.always_allow_direct_attestation': true,
};

/** --marionette: the virtual authenticators are reachable through Marionette only. */
export const FIREFOX_ARGS = ['--marionette'];
