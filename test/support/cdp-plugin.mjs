// Chrome DevTools Protocol measurements for the benchmarks: a forced garbage collection with
// the JS heap size after it, and the event listeners on window and document. And for the tests,
// Chromium's accessibility tree of the page (what a screen reader is given: names, descriptions
// and text, shadow roots included).
// Browser side: executeServerCommand('cdp', { action: 'heap' | 'listeners' | 'a11y' }).

/** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();

/** @param {import('puppeteer-core').Page} page */
function cdpFor(page) {
  let s = sessions.get(page);
  if (!s) {
    s = page.createCDPSession();
    sessions.set(page, s);
  }
  return s;
}

/** @param {import('puppeteer-core').CDPSession} cdp @param {string} expression */
async function listenersOn(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) throw new Error(`${expression} is not an object`);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId,
  });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.map((l) => l.type);
}

export function cdpPlugin() {
  return {
    name: 'cdp',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      if (payload.action === 'a11y')
        return session.browser
          .getPage(session.id)
          .accessibility.snapshot({ interestingOnly: false });
      const cdp = await cdpFor(session.browser.getPage(session.id));
      switch (payload.action) {
        case 'heap': {
          // Twice: the first pass can leave objects that only the second frees (weak refs).
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        }
        case 'listeners':
          return {
            window: await listenersOn(cdp, 'window'),
            document: await listenersOn(cdp, 'document'),
          };
        default:
          throw new Error(`Unknown cdp action: ${payload.action}`);
      }
    },
  };
}
