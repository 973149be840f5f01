// A second origin for the cross-origin iframe test: another port on localhost that proxies
// every request to the test server, keeping the Host header so the reference RP sees (and
// checks) the frame's own origin. Cookies are per host, not port, so the session is shared.
// Browser side: executeServerCommand('frame', { action, ... }).
import { createServer, request } from 'node:http';
import { buttonNamed } from './in-page.mjs';

/* global document -- the functions passed to frame.evaluate run in the framed page */

/** @type {import('node:http').Server | undefined} */
let proxy;
let proxyPort = 0;

export function framePlugin() {
  return {
    name: 'frame',
    /** @param {{ config: { port?: number, hostname?: string } }} args */
    async serverStart({ config }) {
      const target = config.port;
      proxy = createServer((req, res) => {
        const upstream = request(
          {
            host: config.hostname ?? 'localhost',
            port: target,
            path: req.url,
            method: req.method,
            headers: req.headers,
          },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
      });
      await new Promise((resolve) => proxy?.listen(0, () => resolve(undefined)));
      const address = proxy.address();
      proxyPort = typeof address === 'object' && address ? address.port : 0;
    },
    serverStop() {
      proxy?.close();
    },
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'frame') return undefined;
      if (payload.action === 'origin') return `http://localhost:${proxyPort}`;
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      const frame = page.frames().find((f) => f.url().includes(`:${proxyPort}/`));
      if (!frame && payload.action === 'state') return { text: '' }; // not loaded yet
      if (!frame) throw new Error('No cross-origin frame');
      switch (payload.action) {
        case 'state':
          return frame.evaluate(() => {
            const el = /** @type {any} */ (document.querySelector('passkey-register'));
            const error = el?.shadowRoot?.querySelector('[part=error]');
            return {
              step: el?.step,
              code: error?.dataset.code,
              text: error?.textContent ?? '',
            };
          });
        case 'click': {
          // A real mouse click: a cross-origin frame needs the user's activation for create().
          // { name, prefix? }: the button with this accessible name (or one beginning with it).
          const handle = await frame.evaluateHandle(buttonNamed, payload.name, payload.prefix);
          const element = handle.asElement();
          if (!element) throw new Error(`No button named ${payload.name} in the frame`);
          await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (element).click();
          await handle.dispose();
          return true;
        }
        default:
          throw new Error(`Unknown frame action: ${payload.action}`);
      }
    },
  };
}
