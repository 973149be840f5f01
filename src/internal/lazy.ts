/**
 * One lazy boundary of an element, as a reactive controller: a chunk loaded once per page (a
 * failed load is tried again next time), fetched early on the first sign of intent (pointer or
 * focus on the element), whose styles join the host's shadow root once it has arrived, and from
 * which each host builds what it uses. Until the chunk arrives, the host renders from `status`.
 */
import { adoptStyles } from 'lit';
import type { CSSResultOrNative, ReactiveController, ReactiveElement } from 'lit';

export { once } from './once.js';

/**
 * `idle`: nothing waits for the chunk; `loading`: a run waits for it; `ready`: it has loaded;
 * `failed`: it could not load for the run that waited (`retry()` runs that again).
 */
export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyOptions<M, V> {
  /** Loads the chunk, once per page (see `once`). */
  load: () => Promise<M>;
  /** Builds what this host uses from the chunk, once per host. */
  build: (chunk: M) => V;
  /** The chunk's styles, added to the host's shadow root once it has loaded. */
  styles?: (chunk: M) => CSSResultOrNative;
  /** Told when the chunk could not load for a waiting run. */
  failed?: (err: unknown) => void;
  /** Fetch the chunk on pointer or focus (default true). */
  intent?: boolean;
}

/** The lazily added sheets of each shadow root, after the element's own. */
const added = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/** Adds a sheet to the host's shadow root, after its own and those added before (once). */
export function addStyles(host: ReactiveElement, sheet: CSSResultOrNative): void {
  const root = host.renderRoot as ShadowRoot;
  const sheets = added.get(root) ?? [];
  if (sheets.includes(sheet)) return;
  sheets.push(sheet);
  added.set(root, sheets);
  adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...sheets]);
}

export class LazyController<M, V> implements ReactiveController {
  /** What `build` made, once the chunk has loaded. */
  value?: V;
  /** The chunk, once loaded. */
  chunk?: M;
  private waiting?: (value: V) => void;
  private failedRun?: (value: V) => void;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: LazyOptions<M, V>,
  ) {
    host.addController(this);
  }

  get status(): LazyStatus {
    if (this.value) return 'ready';
    if (this.waiting) return 'loading';
    return this.failedRun ? 'failed' : 'idle';
  }

  hostConnected(): void {
    if (this.options.intent === false) return;
    this.host.addEventListener('pointerenter', this.prefetch);
    this.host.addEventListener('focusin', this.prefetch);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerenter', this.prefetch);
    this.host.removeEventListener('focusin', this.prefetch);
    // Re-attaching starts clean: nothing waits, no failure shows.
    this.waiting = undefined;
    this.failedRun = undefined;
  }

  hostUpdated(): void {
    // Right after the render that can first use the chunk's views, before the first paint.
    if (this.chunk && this.options.styles) addStyles(this.host, this.options.styles(this.chunk));
  }

  /** Starts loading on the first sign of intent; a failure here shows nowhere. */
  readonly prefetch = (): void => {
    this.load().catch(() => undefined);
  };

  /** Loads the chunk (once per page) and builds this host's value (once per host). */
  async load(): Promise<V> {
    const chunk = await this.options.load();
    if (!this.value) {
      this.chunk = chunk;
      this.value = this.options.build(chunk);
      this.host.requestUpdate();
    }
    return this.value;
  }

  /**
   * Runs `then` with the value: now if the chunk has loaded, else once it has (`loading`
   * meanwhile; a later run replaces a waiting one, and none runs on a removed host). If it can't
   * load, the status is `failed` until `retry()` or `reset()`. Settles when that is decided.
   */
  run(then: (value: V) => void): Promise<void> {
    if (this.value) {
      then(this.value);
      return Promise.resolve();
    }
    this.waiting = then;
    this.failedRun = undefined;
    this.host.requestUpdate();
    return this.load().then(
      (value) => {
        const next = this.waiting;
        this.waiting = undefined;
        if (next && this.host.isConnected) next(value);
        this.host.requestUpdate();
      },
      (err: unknown) => {
        // Cancelled meanwhile, or already told by an earlier run's load.
        if (!this.waiting) return;
        this.failedRun = this.waiting;
        this.waiting = undefined;
        this.host.requestUpdate();
        this.options.failed?.(err);
      },
    );
  }

  /** After a failed load: loads again, and runs what failed. */
  retry(): void {
    if (this.failedRun) void this.run(this.failedRun);
  }

  /** Forgets a waiting run or a failure. False when there was neither. */
  reset(): boolean {
    const had = Boolean(this.waiting ?? this.failedRun);
    this.waiting = undefined;
    this.failedRun = undefined;
    this.host.requestUpdate();
    return had;
  }
}
