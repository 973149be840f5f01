// Firefox's virtual authenticators for the browser tests, so ceremonies in Firefox are real too:
// the 'webauthn' command of webauthn-plugin.mjs (Chromium, CDP), answered through Marionette's
// WebAuthn:* commands (WebDriver's "Virtual Authenticators" extension). Puppeteer drives Firefox
// over WebDriver BiDi, which has no such commands; Firefox started with --marionette also listens
// for Marionette on a port it writes to <profile>/MarionetteActivePort, and this plugin talks to
// it directly: a length-prefixed JSON protocol over TCP (no geckodriver, which isn't reachable here).
// Needs the prefs in FIREFOX_PREFS (scripts/firefox-path.mjs): without the soft token, Firefox
// ignores virtual authenticators and create() fails with NotAllowedError.
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** A Marionette connection: `send(name, params)` resolves with the result's value, or throws. */
class Marionette {
  /** @param {number} port */
  static open(port) {
    return new Promise((resolve, reject) => {
      const m = new Marionette(connect(port, '127.0.0.1'));
      m.socket.unref(); // never what keeps the test runner alive
      m.socket.once('error', reject);
      m.hello = resolve.bind(undefined, m);
    });
  }

  /** @param {import('node:net').Socket} socket */
  constructor(socket) {
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.lastId = 0;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
    this.pending = new Map();
    /** @type {(() => void) | undefined} */
    this.hello = undefined;
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  /** @param {Buffer} chunk */
  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      // The first message is the server's greeting; then [1, id, error, result] replies.
      if (!Array.isArray(message)) {
        this.hello?.();
        continue;
      }
      const [, id, error, result] = message;
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (error) p?.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
      else p?.resolve(result?.value);
    }
  }

  /** @param {string} name @param {object} [params] */
  send(name, params = {}) {
    const id = ++this.lastId;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
}

/** @type {WeakMap<object, Promise<Marionette>>} */
const connections = new WeakMap();

/**
 * One Marionette connection per browser. Its port is in the profile puppeteer made
 * (`--profile <dir>` on Firefox's command line).
 * @param {import('puppeteer-core').Browser} browser
 */
function marionetteFor(browser) {
  let c = connections.get(browser);
  if (!c) {
    c = (async () => {
      const args = browser.process()?.spawnargs ?? [];
      const profile = args[args.indexOf('--profile') + 1];
      if (!args.includes('--profile') || !profile)
        throw new Error('No Firefox profile on the command line: cannot find Marionette');
      const portFile = join(profile, 'MarionetteActivePort');
      for (let i = 0; i < 100 && !existsSync(portFile); i++)
        await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(portFile))
        throw new Error('Firefox has no Marionette port: is it started with --marionette?');
      // No WebDriver:NewSession: Firefox allows one WebDriver session and puppeteer's BiDi
      // session holds it. The WebAuthn commands don't need one.
      return Marionette.open(Number(readFileSync(portFile, 'utf8')));
    })();
    connections.set(browser, c);
  }
  return c;
}

/**
 * Chromium's options (CDP) as WebDriver's: what Firefox can't simulate is refused, never
 * silently dropped, so a test that needs it fails instead of testing something else.
 * @param {Record<string, unknown>} o
 */
function webdriverOptions(o) {
  if (o.automaticPresenceSimulation === false)
    throw new Error(
      "Firefox's virtual authenticators can't wait for a touch (no automaticPresenceSimulation).",
    );
  if (o.transport === 'cable')
    throw new Error("Firefox's virtual authenticators have no hybrid (caBLE) transport here.");
  if (o.defaultBackupEligibility || o.defaultBackupState)
    throw new Error("Firefox's virtual authenticators can't make backed-up (synced) passkeys.");
  return {
    protocol: 'ctap2_1',
    transport: o.transport ?? 'internal',
    hasResidentKey: o.hasResidentKey ?? true,
    hasUserVerification: o.hasUserVerification ?? true,
    isUserConsenting: true,
    isUserVerified: o.isUserVerified ?? true,
  };
}

export function marionettePlugin() {
  return {
    name: 'webauthn-marionette',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'webauthn') return undefined;
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      const marionette = await marionetteFor(page.browser());
      const { action, ...args } = payload ?? {};
      switch (action) {
        case 'enable':
          return true;
        case 'add':
          // Firefox keeps virtual authenticators browser-wide, not per page: tests remove
          // theirs after each test (removeAuthenticators).
          return {
            authenticatorId: await marionette.send(
              'WebAuthn:AddVirtualAuthenticator',
              webdriverOptions(args),
            ),
          };
        case 'remove':
          await marionette.send('WebAuthn:RemoveVirtualAuthenticator', {
            authenticatorId: args.authenticatorId,
          });
          return true;
        case 'set-user-verified':
          await marionette.send('WebAuthn:SetUserVerified', {
            authenticatorId: args.authenticatorId,
            isUserVerified: args.isUserVerified,
          });
          return true;
        case 'set-presence':
          throw new Error("Firefox's virtual authenticators can't wait for a touch.");
        case 'credentials': {
          /** @type {{ credentialId: string, isResidentCredential: boolean }[]} */
          const credentials = await marionette.send('WebAuthn:GetCredentials', {
            authenticatorId: args.authenticatorId,
          });
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
