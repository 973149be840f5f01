// A second browser signed in as the same user: the test page's user gets a second session from
// the reference RP, and a page in its own browser context (own cookie jar) holds its cookie.
// The test then fires requests from both sessions at once.
// Browser side: executeServerCommand('second-session', { action, ... }).

/** @type {{ context: import('puppeteer-core').BrowserContext, page: import('puppeteer-core').Page } | undefined} */
let second;

/**
 * @param {() => { addSession(token: string): string | undefined, sessionCookie: string }} getRp
 *   the RP currently mounted on the test server
 */
export function secondSessionPlugin(getRp) {
  return {
    name: 'second-session',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'second-session') return undefined;
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
            (requests) =>
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
        case 'close':
          await close(main);
          return true;
        default:
          throw new Error(`Unknown second-session action: ${payload.action}`);
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
