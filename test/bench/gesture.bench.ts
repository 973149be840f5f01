/**
 * The gesture path: how many awaits and tasks lie between a real click on a choice and the call
 * to navigator.credentials.create. Browsers grant the WebAuthn prompt only within the click's
 * user activation, and Safari only while the click's own task runs, so it must be 0 and 0: the
 * call happens inside the click's dispatch. Measured with a real mouse click (CDP), the real
 * fetch adapter and reference RP, and a virtual authenticator.
 */
import { sendMouse } from '@web/test-runner-commands';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/passkey-register/define.js';
import type { AuthenticatorKind } from '../../src/webauthn.js';
import {
  addAuthenticator,
  browserHybridAdapter,
  mount,
  newSession,
  removeAuthenticators,
} from '../support/helpers.js';
import { choice, toChoosing, untilStep } from '../support/drive.js';

interface Probe {
  /** Called during the click's dispatch (between window's capture and bubble listeners). */
  inDispatch: boolean;
  /** Microtask hops after the dispatch ended, when called later. */
  awaits: number;
  /** Tasks that ran between the click and the call. */
  tasks: number;
  /** The page still had transient user activation at the call. */
  activation: boolean;
}

/** Clicks `target` with the real mouse and reports where in the click the create() call fell. */
async function probeClick(target: HTMLElement): Promise<Probe> {
  let inDispatch = false;
  let dispatched = false;
  let awaits = 0;
  let tasks = 0;
  let probe: Probe | undefined;
  const onCapture = () => {
    inDispatch = true;
    // A task queued at the click's start: if it runs before the call, a task came between.
    setTimeout(() => tasks++, 0);
  };
  const onBubble = () => {
    inDispatch = false;
    dispatched = true;
    // Counts microtask hops after the dispatch, until the call (or 1,000 hops).
    const hop = () => {
      if (probe || awaits >= 1000) return;
      awaits++;
      queueMicrotask(hop);
    };
    queueMicrotask(hop);
  };
  const create = navigator.credentials.create.bind(navigator.credentials);
  navigator.credentials.create = (options) => {
    probe = {
      inDispatch,
      awaits: inDispatch || !dispatched ? 0 : awaits,
      tasks,
      activation: navigator.userActivation?.isActive ?? false,
    };
    return create(options);
  };
  window.addEventListener('click', onCapture, { capture: true });
  window.addEventListener('click', onBubble);
  try {
    const box = target.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    const start = performance.now();
    while (!probe && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 10));
    if (!probe) throw new Error('navigator.credentials.create was never called');
    return probe;
  } finally {
    navigator.credentials.create = create;
    window.removeEventListener('click', onCapture, { capture: true });
    window.removeEventListener('click', onBubble);
  }
}

describe('gesture path', () => {
  before(newSession);
  afterEach(removeAuthenticators);

  it('0 awaits and 0 tasks from the choice click to navigator.credentials.create', async () => {
    const kinds: AuthenticatorKind[] = ['this-device', 'security-key', 'phone'];
    const rows: string[][] = [];
    let bad = 0;
    for (const kind of kinds) {
      await addAuthenticator({
        transport: kind === 'this-device' ? 'internal' : kind === 'phone' ? 'cable' : 'usb',
      });
      // Without the handoff methods the phone choice goes straight to the browser's own flow.
      const el = await mount(browserHybridAdapter(), `Gesture ${kind}`);
      await toChoosing(el);
      const p = await probeClick(choice(el, kind));
      const ok = p.inDispatch && p.awaits === 0 && p.tasks === 0 && p.activation;
      if (!ok) bad++;
      rows.push([
        `click "${kind}" → credentials.create()`,
        `${p.awaits} awaits, ${p.tasks} tasks${p.inDispatch ? ', inside the click' : ''}${p.activation ? ', with activation' : ''}`,
        '0 awaits, 0 tasks',
        ok ? 'ok' : 'OVER',
      ]);
      // Let the ceremony end either way before the next one.
      await untilStep(el, kind === 'this-device' ? 'success' : 'error', 10_000).catch(() => {});
      el.remove();
      await removeAuthenticators();
    }
    await executeServerCommand('bench-print', { rows });
    if (bad) throw new Error(`${bad} choice(s) reach create() after an await or a task`);
  });
});
