// A test-runner plugin that lets a test take parts of the site offline and see what the page
// requested, through the CDP Network domain: for code loaded on demand, whether and when it is
// fetched, and what the page shows when it can't be.
// Browser side: executeServerCommand('network', { action: 'block', patterns: ['*/changes.ts'] }),
// { action: 'block', patterns: [] } to unblock, { action: 'requests' } for the URLs requested since
// the last { action: 'reset' } (blocked ones included).

/** @type {WeakMap<object, Promise<{ cdp: import('puppeteer-core').CDPSession, urls: string[] }>>} */
const pages = new WeakMap();

/**
 * ChromeLauncher reuses pages across test files, so the CDP session is kept per page.
 * @param {import('puppeteer-core').Page} page
 */
function stateFor(page) {
  let s = pages.get(page);
  if (!s) {
    s = (async () => {
      const cdp = await page.createCDPSession();
      /** @type {string[]} */
      const urls = [];
      cdp.on('Network.requestWillBeSent', (e) => urls.push(e.request.url));
      await cdp.send('Network.enable');
      return { cdp, urls };
    })();
    pages.set(page, s);
  }
  return s;
}

export function networkPlugin() {
  return {
    name: 'network',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'network') return undefined;
      const { cdp, urls } = await stateFor(session.browser.getPage(session.id));
      switch (payload.action) {
        case 'block':
          await cdp.send('Network.setBlockedURLs', { urls: payload.patterns });
          return true;
        case 'requests':
          return urls;
        case 'reset':
          urls.length = 0;
          return true;
        default:
          throw new Error(`Unknown network action: ${payload.action}`);
      }
    },
  };
}
