// A second browser signed in as the same user: the test page's user gets a second session from
// the reference RP, and a page in its own browser context (own cookie jar) holds its cookie.
// The test then fires requests from both sessions at once.
// Also forges requests with the test page's cookie and any headers, for the CSRF tests.
// Also: responses no real authenticator makes (odd credential IDs, soft-authenticator.mjs), a
// second RP process that crashes mid-verification, the RP's database settings, and a preflight
// against the demo's own Vite server.
// Browser side: executeServerCommand('rp-client', { action, ... }).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, softRegistration } from './soft-authenticator.mjs';

/** @type {{ context: import('puppeteer-core').BrowserContext, page: import('puppeteer-core').Page } | undefined} */
let second;

/**
 * @param {() => { addSession(token: string): string | undefined, sessionCookie: string,
 *   dataDir: string, databaseSettings(): Record<string, unknown> }} getRp
 *   the RP currently mounted on the test server
 */
export function rpClientPlugin(getRp) {
  return {
    name: 'rp-client',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'rp-client') return undefined;
      /** @type {import('puppeteer-core').Page} */
      const main = session.browser.getPage(session.id);
      const origin = new URL(main.url()).origin;
      switch (payload.action) {
        case 'open': {
          await close(main);
          const rp = getRp();
          const cookies = await main.cookies(origin);
          const token = cookies.find((c) => c.name === rp.sessionCookie)?.value;
          const secondToken = token ? rp.addSession(token) : undefined;
          if (!secondToken) throw new Error('The test page has no session to add to.');
          const context = await main.browser().createBrowserContext();
          const page = await context.newPage();
          second = { context, page };
          await page.setCookie({
            name: rp.sessionCookie,
            value: secondToken,
            url: origin,
            httpOnly: true,
            sameSite: 'Strict',
          });
          // Any same-origin page will do for fetch(); the test server answers 404 here.
          await page.goto(`${origin}/__second-session__`);
          // WebAuthn in the test page needs it focused.
          await main.bringToFront();
          return true;
        }
        case 'fetch': {
          if (!second) throw new Error('No second session open');
          // All at once, as a second tab would; each answer is { status, body }.
          return second.page.evaluate(
            (/** @type {{ method: string, path: string, body?: unknown }[]} */ requests) =>
              Promise.all(
                requests.map(async ({ method, path, body }) => {
                  const res = await fetch(path, {
                    method,
                    headers: {
                      'Content-Type': 'application/json',
                      'X-Requested-With': 'second-session',
                    },
                    body: body === undefined ? undefined : JSON.stringify(body),
                  });
                  const text = await res.text();
                  return { status: res.status, body: text ? JSON.parse(text) : null };
                }),
              ),
            payload.requests,
          );
        }
        case 'cookie': {
          // The test page's session cookie as the browser keeps it (attributes, not the value).
          const cookie = (await main.cookies(origin)).find((c) => c.name === getRp().sessionCookie);
          return (
            cookie && { httpOnly: cookie.httpOnly, sameSite: cookie.sameSite, path: cookie.path }
          );
        }
        case 'forge': {
          // A request as a hostile site could make it if the browser sent the cookie anyway
          // (no SameSite support, or a same-site attacker): the test page's session cookie
          // with exactly the headers given, sent from here so that Origin can be anything.
          const cookie = (await main.cookies(origin)).find((c) => c.name === getRp().sessionCookie);
          return forge(`${origin}${payload.path}`, {
            method: payload.method,
            headers: {
              ...(cookie ? { Cookie: `${cookie.name}=${cookie.value}` } : {}),
              ...payload.headers,
            },
            body: payload.body,
          });
        }
        case 'close':
          await close(main);
          return true;
        case 'soft-registration':
          // { options, idBytes, claimedIdBytes? }: a "none" attestation whose authenticator data
          // holds a credential ID of idBytes bytes; response.id names claimedIdBytes bytes of it.
          return softRegistration(payload, origin);
        case 'crash-verify':
          // Sends a verification to a second RP process on the same database, which dies (SIGKILL)
          // the moment it writes the credential: what a power cut or an OOM kill does.
          return crashVerify(getRp().dataDir, origin, payload.body);
        case 'database-settings':
          return getRp().databaseSettings();
        case 'vite-preflight':
          return vitePreflight(payload.origin);
        default:
          throw new Error(`Unknown rp-client action: ${payload.action}`);
      }
    },
  };
}

/** @param {import('puppeteer-core').Page} main */
async function close(main) {
  if (!second) return;
  const { context } = second;
  second = undefined;
  await context.close();
  await main.bringToFront();
}

/**
 * @param {string} url
 * @param {{ method: string, headers: Record<string, string>, body?: string }} init
 * @returns {Promise<{ status: number, body: unknown }>}
 */
function forge(url, { method, headers, body }) {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) };
    const req = request(url, { method, headers: { ...headers, ...length } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Runs test/support/rp-crash-child.mjs (an RP on `dataDir` for `origin`), posts `body` to its
 * registration/verify, and reports how the child ended.
 * @param {string} dataDir @param {string} origin @param {unknown} body
 * @returns {Promise<{ signal: string | null, reply?: { status: number, body: unknown } }>}
 */
function crashVerify(dataDir, origin, body) {
  const script = fileURLToPath(new URL('./rp-crash-child.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, JSON.stringify({ dataDir, origin })], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ended = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', async (/** @type {Buffer} */ chunk) => {
      const port = Number(chunk.toString().trim());
      const json = JSON.stringify(body);
      /** @type {{ status: number, body: unknown } | undefined} */
      let reply;
      try {
        reply = await forge(`http://localhost:${port}/api/passkeys/registration/verify`, {
          method: 'POST',
          headers: {
            Host: new URL(origin).host,
            Origin: origin,
            'Content-Type': 'application/json',
            'X-Requested-With': 'test',
          },
          body: json,
        });
      } catch {
        // The child died mid-request: the connection dropped.
      }
      if (reply) child.kill('SIGKILL');
      resolve({ signal: /** @type {string | null} */ (await ended), reply });
    });
    child.on('error', reject);
    // Died before it listened: nothing was sent.
    ended.then((signal) => resolve({ signal: /** @type {string | null} */ (signal) }));
  });
}

/**
 * Starts the demo's Vite dev server from vite.config.ts (its RP on a temporary data directory,
 * no dependency optimizing) and sends it a CORS preflight for an RP write from `origin`.
 * @param {string} origin
 * @returns {Promise<{ status: number, allowOrigin: string | null, allowHeaders: string | null }>}
 */
async function vitePreflight(origin) {
  const { createServer, loadConfigFromFile } = await import('vite');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'passkey-rp-vite-'));
  const saved = { PORT: process.env.PORT, PASSKEY_DATA_DIR: process.env.PASSKEY_DATA_DIR };
  process.env.PORT = String(port);
  process.env.PASSKEY_DATA_DIR = dataDir;
  /** @type {import('vite').ViteDevServer | undefined} */
  let vite;
  try {
    const loaded = await loadConfigFromFile(
      { command: 'serve', mode: 'development' },
      'vite.config.ts',
      undefined,
      'silent',
    );
    if (!loaded) throw new Error('vite.config.ts did not load');
    const { config } = loaded;
    vite = await createServer({
      ...config,
      configFile: false,
      logLevel: 'silent',
      optimizeDeps: { ...config.optimizeDeps, noDiscovery: true, include: [] },
      server: { ...config.server, watch: null, hmr: false },
    });
    await vite.listen();
    const answer = await new Promise((resolve, reject) => {
      const req = request(
        `http://localhost:${port}/api/passkeys/registration/options`,
        {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,x-requested-with',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              allowOrigin: res.headers['access-control-allow-origin'] ?? null,
              allowHeaders: res.headers['access-control-allow-headers'] ?? null,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    return /** @type {any} */ (answer);
  } finally {
    await vite?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
