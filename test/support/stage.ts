/**
 * Brings a story's element to the state the story shows, from the story's render, so the state
 * shows wherever the story renders: the canvas, the Docs page (which never runs `play`) and the
 * test suite's story runner (test/stories.test.ts).
 *
 * A story names its driver in `parameters.stage`: a function that drives the element the way a
 * user would (type, press, choose). The render attaches it with `stageDirective(...)`; the
 * stories' `play` (`untilStaged`) waits for it, so the canvas, the interaction panel and the
 * test suite see the finished state, and a driver that fails fails the story.
 *
 * On a Docs page every story renders at once, in one document. Drivers there run one at a time
 * (capability detection and the one-ceremony-at-a-time abort service are page-wide), the page's
 * scroll position is kept while they move focus, and the browser's prompt is replaced by a
 * stand-in authenticator (see stand-in-authenticator.ts) that behaves like the virtual
 * authenticator the test suite attaches for that story: nobody is there to touch a Docs page.
 */
import { nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DirectiveResult } from 'lit/directive.js';
import { useStandIn } from './stand-in-authenticator.js';
import type { StandInOptions } from './stand-in-authenticator.js';

export type Driver<E extends Element = Element> = (el: E) => Promise<void>;

export interface StageContext {
  id?: string;
  viewMode?: string;
  parameters: { stage?: Driver<never>; virtualAuthenticator?: StandInOptions };
}

/** The driving under way (or done) for each element, and the story it was for. */
const stages = new WeakMap<Element, { story: string | undefined; done: Promise<void> }>();

/** Resolves when `el` leaves the document (a driver for it would wait for nothing). */
async function removed(el: Element): Promise<void> {
  while (el.isConnected) await new Promise((r) => setTimeout(r, 100));
}

/** Docs drivers, one after another. */
let docsQueue: Promise<unknown> = Promise.resolve();

function drive(el: Element, context: StageContext): Promise<void> {
  const driver = context.parameters.stage as Driver | undefined;
  if (!driver) return Promise.resolve();
  // Let the element upgrade and render once before a driver looks inside it.
  const run = () => new Promise((r) => setTimeout(r)).then(() => driver(el));
  if (context.viewMode !== 'docs') return run();
  const turn = docsQueue.then(async () => {
    // Docs render each story more than once; an element already replaced is not driven.
    if (!el.isConnected) return;
    const { scrollX, scrollY } = window;
    const standIn = useStandIn(context.parameters.virtualAuthenticator);
    try {
      await Promise.race([run(), removed(el)]);
    } finally {
      standIn.release();
      // Drivers move focus (headings take it as the step changes), which scrolls the page.
      window.scrollTo(scrollX, scrollY);
    }
  });
  // One failing story must not hold up the rest of the page.
  docsQueue = turn.catch(() => undefined);
  return turn;
}

/** For a render: drives the element it sits on to the story's state, once per story. */
export function stageDirective(context: StageContext): DirectiveResult | typeof nothing {
  if (!context.parameters.stage) return nothing;
  return ref((el) => {
    if (!el || stages.get(el)?.story === (context.id ?? '')) return;
    const done = drive(el, context);
    // Reported by untilStaged (play) where one waits; a Docs page has nobody waiting.
    done.catch((err: unknown) => console.error(`[story ${context.id ?? ''}]`, err));
    stages.set(el, { story: context.id ?? '', done });
  });
}

/** A story's `play`: waits until every element in the canvas has reached its state. */
export async function untilStaged({
  canvasElement,
  parameters,
}: {
  canvasElement: HTMLElement;
  parameters?: unknown;
}): Promise<void> {
  // The ref callback runs in the render's commit, which may come a task after play starts.
  await new Promise((r) => setTimeout(r));
  const all = [...canvasElement.querySelectorAll('*')]
    .map((el) => stages.get(el)?.done)
    .filter((done): done is Promise<void> => !!done);
  if (!all.length && (parameters as StageContext['parameters'] | undefined)?.stage)
    throw new Error(
      'The story has a stage, but its render never drove an element (stageDirective)',
    );
  await Promise.all(all);
}
