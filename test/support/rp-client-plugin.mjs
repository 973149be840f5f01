// A second browser signed in as the same user: the test page's user gets a second session from
// the reference RP, and a page in its own browser context (own cookie jar) holds its cookie.
// The test then fires requests from both sessions at once.
// Also forges requests with the test page's cookie and any headers, for the CSRF tests.
// Browser side: executeServerCommand('rp-client', { action, ... }).
import { request } from 'node:http';

/** @type {{ context: import('puppeteer-core').BrowserContext, page: import('puppeteer-core').Page } | undefined} */
let second;

/**
 * @param {() => { addSession(token: string): string | undefined, sessionCookie: string }} getRp
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
