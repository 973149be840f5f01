/**
 * `npm run bench`, leaks (issue #8 item 7, and #7's memory row): 1,000 mount/unmount cycles of
 * each element, each cycle doing real work: <passkey-register> up to the handoff QR (whose
 * countdown runs a 1 s interval), <passkey-credentials> up to its loaded list, <passkey-qr> up
 * to its drawn code. After a forced GC through CDP (HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage), prints the heap growth against a warmed-up baseline (budget 1 MB),
 * the listeners on window and document (CDP DOMDebugger.getEventListeners) and the timers the
 * cycles left pending (setTimeout/setInterval wrapped to count them). No listener or timer may
 * survive disconnect; fails past any budget.
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PasskeyQr } from '../../src/passkey-qr/passkey-qr.js';
import '../../src/define.js';
import '../../src/passkey-qr/define.js';
import { byRole, choice, creationOptions, storedCredential } from '../support/drive.js';
import { until } from '../support/poll.js';
import { scriptedAdapter } from '../support/scripted-adapter.js';

const CYCLES = 1000;
const WARM_UP = 50;
const HEAP_BUDGET = 1024 * 1024;

type Listeners = { window: string[]; document: string[] };

/** Timers created while counting that have neither fired nor been cleared. */
function countTimers() {
  const live = new Set<number>();
  const original = {
    setTimeout: window.setTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    clearInterval: window.clearInterval.bind(window),
  };
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = original.setTimeout(
      (...a: unknown[]) => {
        live.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = original.setInterval(fn, ms, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    original.clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    original.clearInterval(id);
  }) as typeof window.clearInterval;
  return {
    live,
    restore: () => Object.assign(window, original),
  };
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

const heap = () => executeServerCommand<number, object>('cdp', { action: 'heap' });
const listeners = () => executeServerCommand<Listeners, object>('cdp', { action: 'listeners' });

/** One mount, some real work, one unmount. */
const CYCLE: Record<string, (host: HTMLElement) => Promise<void>> = {
  '<passkey-register>': async (host) => {
    const el = document.createElement('passkey-register');
    el.adapter = scriptedAdapter({
      registrationOptions: { resolve: creationOptions() },
      startHandoff: {
        resolve: {
          id: 'h',
          url: 'https://localhost/phone#bench',
          expiresAt: new Date(Date.now() + 300_000).toISOString(),
        },
      },
      awaitHandoff: { hang: true },
    });
    el.defaultName = 'Bench';
    host.append(el);
    await el.updateComplete;
    byRole(el, 'button', 'Register').click();
    await until(() => el.step === 'choosing', 'choosing');
    await el.updateComplete;
    choice(el, 'phone').click();
    await until(() => el.shadowRoot!.querySelector<PasskeyQr>('passkey-qr')?.value, 'the QR');
    await el.updateComplete;
    el.remove();
  },
  // Removed while an adapter call hangs and ignores its AbortSignal: its timeout timer must
  // still go with the element.
  '<passkey-register> removed mid-fetch': async (host) => {
    const el = document.createElement('passkey-register');
    el.adapter = scriptedAdapter({ registrationOptions: { run: () => new Promise(() => {}) } });
    el.defaultName = 'Bench';
    host.append(el);
    await el.updateComplete;
    byRole(el, 'button', 'Register').click();
    await until(
      () => (el.adapter as unknown as { calls: unknown[] }).calls.length === 1,
      'the call',
    );
    el.remove();
  },
  '<passkey-credentials>': async (host) => {
    const el = document.createElement('passkey-credentials');
    el.adapter = scriptedAdapter({
      listCredentials: {
        resolve: [
          storedCredential('Laptop', { id: 'Y3JlZC0x' }),
          storedCredential('Key', { id: 'Y3JlZC0y', transports: ['usb'] }),
        ],
      },
    });
    host.append(el);
    await until(() => el.shadowRoot?.querySelector('.list'), 'the list');
    el.remove();
  },
  '<passkey-qr>': async (host) => {
    const el = document.createElement('passkey-qr');
    el.value = `https://localhost/phone#${Math.random().toString(36).slice(2)}`;
    host.append(el);
    await el.updateComplete;
    await el.drawn;
    await el.updateComplete;
    el.remove();
  },
};

describe('memory and leaks benchmark', () => {
  for (const [tag, cycle] of Object.entries(CYCLE)) {
    it(`${CYCLES} mount/unmount cycles of ${tag}`, async function () {
      this.timeout(300_000);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < WARM_UP; i++) await cycle(host);
      await nextTask();
      const listenersBefore = await listeners();
      const before = await heap();
      const timers = countTimers();
      const started = performance.now();
      let ms = 0;
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(host);
        ms = performance.now() - started;
        // Let aborted work settle (rejections, microtasks) before counting.
        await nextTask();
        await nextTask();
      } finally {
        timers.restore();
      }
      const after = await heap();
      const listenersAfter = await listeners();
      const growth = after - before;
      const extra = (k: keyof Listeners) => listenersAfter[k].length - listenersBefore[k].length;
      const listenerGrowth = extra('window') + extra('document');
      const liveTimers = timers.live.size;
      const rows = [
        [
          `${tag} ${CYCLES} cycles: heap growth`,
          `${(growth / 1024).toFixed(1)} KB (${(ms / CYCLES).toFixed(1)} ms/cycle)`,
          '≤ 1,024 KB',
          growth <= HEAP_BUDGET ? 'ok' : 'OVER',
        ],
        [
          `${tag}: listeners left on window + document`,
          String(listenerGrowth),
          '0',
          listenerGrowth === 0 ? 'ok' : 'OVER',
        ],
        [`${tag}: timers left pending`, String(liveTimers), '0', liveTimers === 0 ? 'ok' : 'OVER'],
      ];
      await executeServerCommand('bench-print', { rows });
      if (growth > HEAP_BUDGET || listenerGrowth !== 0 || liveTimers !== 0)
        throw new Error(
          `${tag} leaks: ${growth} B, listeners ${JSON.stringify(listenersAfter)} vs ${JSON.stringify(listenersBefore)}, ${liveTimers} timers`,
        );
      host.remove();
    });
  }
});
