/**
 * Hostile adapter replies for the hardening tests: fast-check arbitraries that produce only
 * malformed or hostile values (never a valid reply by accident), and a watch on the page for
 * uncaught exceptions, unhandled rejections and prototype pollution.
 */
import fc from 'fast-check';
import { ADAPTER_ERROR_CODES, PasskeyAdapterError } from '../../src/adapter.js';
import type { PasskeyAdapterErrorCode } from '../../src/adapter.js';
import type { Cue } from './scripted-adapter.js';

/** How the adapter misbehaves in one run. */
export type Reply =
  | { kind: 'resolve'; value: unknown; malformed: true }
  | { kind: 'resolve-odd'; value: unknown }
  | { kind: 'reject'; value: unknown }
  | { kind: 'throw'; value: unknown }
  | { kind: 'hang'; how: 'ignores-signal' | 'thenable' };

/**
 * A hostile object made only when the adapter answers: fast-check inspects the values it
 * generates (for cloning and printing), which a trapping proxy would not survive.
 */
export class Lazy {
  constructor(
    readonly name: string,
    readonly make: () => unknown,
  ) {}
  toString(): string {
    return this.name;
  }
}

const made = (v: unknown) => (v instanceof Lazy ? v.make() : v);

/** Deletes the field instead of setting it. */
export const MISSING = Symbol('missing');

/** An object whose every property read throws. */
export function throwingGetters(): object {
  const o = {};
  for (const k of ['code', 'name', 'message', 'then', 'id', 'rp', 'challenge', 'toString']) {
    Object.defineProperty(o, k, {
      enumerable: true,
      get() {
        throw new Error(`getter ${k}`);
      },
    });
  }
  return o;
}

/** A Proxy whose every trap throws, including getPrototypeOf (so even `instanceof` throws). */
export function trapProxy(): object {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getPrototypeOf: boom,
      getOwnPropertyDescriptor: boom,
      defineProperty: boom,
      set: boom,
      deleteProperty: boom,
      apply: boom,
    },
  );
}

/** A PasskeyAdapterError whose code is not one the widget knows (a JS adapter can do this). */
function strayCodeError(code: string): PasskeyAdapterError {
  return new PasskeyAdapterError(code as PasskeyAdapterErrorCode);
}

/** Values an adapter might reject or throw with. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(new Lazy('symbol', () => Symbol('odd'))),
  fc.anything(),
  fc.constant(new Lazy('throwing getters', throwingGetters)),
  fc.constant(new Lazy('trapping proxy', trapProxy)),
  fc.constantFrom(...ADAPTER_ERROR_CODES).map((c) => new PasskeyAdapterError(c)),
  fc
    .constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'bogus')
    .map(strayCodeError),
  fc.string().map(strayCodeError),
  fc.constant(null).map(() => new DOMException('odd', 'AbortError')),
  fc.constant(null).map(() => new TypeError('Failed to fetch')),
);

/** Strings longer than any field allows (up to 300 k characters). */
export const huge = (min: number) =>
  fc.integer({ min: min + 1, max: 300_000 }).map((n) => 'A'.repeat(n));

/** Never a string. */
export const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** Never valid base64url: at least one character outside the alphabet. */
export const notBase64url = fc
  .tuple(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('+', '/', ' ', '!', '.', '<', '\u00e9', '\n', '%'),
  )
  .map(([s, bad]) => `${s}${bad}${s}`);

/** Strings that `Date.parse` refuses. */
export const notDate = fc.constantFrom('', 'yesterday', 'not a date', '2024-13-45T99:99:99Z', '∞');

/** A required string field of `min` to `max` characters. */
export const badText = (max: number, min = 0) =>
  fc.oneof(notString, huge(max), fc.constant(MISSING), ...(min > 0 ? [fc.constant('')] : []));

/** A required base64url field of at least `min` and at most `max` bytes. */
export const badB64 = (min: number, max: number) =>
  fc.oneof(
    notString,
    notBase64url,
    fc.constant(MISSING),
    huge(Math.ceil((max * 4) / 3) + 2),
    ...(min > 1 ? [fc.constant('A'.repeat(Math.floor(((min - 1) * 4) / 3)))] : [fc.constant('')]),
  );

/** One field of `base`, at `path`, replaced by a bad value. */
export interface Mutation {
  path: (string | number)[];
  value: unknown;
}

export function mutations(spec: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...Object.entries(spec).map(([path, arb]) =>
      arb.map((value) => ({
        path: path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        value,
      })),
    ),
  );
}

const POLLUTION = ['__proto__', 'constructor', 'prototype'] as const;

/** Applies a mutation to a copy of `base`, optionally with a prototype-pollution key added. */
export function applyMutation(base: object, m: Mutation, pollute?: string): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
  let target = copy;
  for (const k of m.path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  const last = m.path.at(-1)!;
  if (m.value === MISSING) delete target[last];
  else target[last] = m.value;
  if (pollute) {
    // An own property named like the prototype, as JSON.parse('{"__proto__": …}') makes it.
    const poison = JSON.parse('{"polluted": "yes", "prototype": {"polluted": "yes"}}') as unknown;
    for (const obj of [copy, target])
      Object.defineProperty(obj, pollute, {
        value: poison,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

/** Resolved replies built from a valid `base` with one required field broken, plus junk. */
export function malformed(
  base: object,
  spec: Record<string, fc.Arbitrary<unknown>>,
  extra: fc.Arbitrary<unknown>[] = [],
): fc.Arbitrary<Reply> {
  const mutated = fc
    .tuple(mutations(spec), fc.option(fc.constantFrom(...POLLUTION), { nil: undefined }))
    .map(([m, pollute]) => applyMutation(base, m, pollute));
  return fc
    .oneof(
      { weight: 6, arbitrary: mutated },
      ...extra.map((arbitrary) => ({ weight: 1, arbitrary })),
    )
    .map((value) => ({ kind: 'resolve' as const, value, malformed: true as const }));
}

/** Failure modes every method shares: odd rejections, synchronous throws, hangs. */
export const failures: fc.Arbitrary<Reply> = fc.oneof(
  { weight: 6, arbitrary: oddValue.map((value) => ({ kind: 'reject' as const, value })) },
  { weight: 2, arbitrary: oddValue.map((value) => ({ kind: 'throw' as const, value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('ignores-signal' as const, 'thenable' as const)
      .map((how) => ({ kind: 'hang' as const, how })),
  },
  {
    // Resolved values that are themselves hostile: throwing getters, a trapping proxy.
    weight: 1,
    arbitrary: fc
      .constantFrom(
        new Lazy('throwing getters', throwingGetters),
        new Lazy('trapping proxy', trapProxy),
      )
      .map((value) => ({ kind: 'resolve-odd' as const, value })),
  },
);

/** Turns a reply into a scripted-adapter cue. */
export function cueFor(reply: Reply): Cue {
  switch (reply.kind) {
    case 'resolve':
    case 'resolve-odd':
      return { run: () => Promise.resolve(made(reply.value)) };
    case 'reject':
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- odd values are the point
      return { run: () => Promise.reject(made(reply.value)) };
    case 'throw':
      return {
        run: () => {
          // A synchronous throw, before any promise exists.
          throw made(reply.value);
        },
      };
    case 'hang':
      // Neither settles, nor listens to its AbortSignal.
      return reply.how === 'thenable'
        ? { run: () => ({ then() {} }) as unknown as Promise<never> }
        : { run: () => new Promise<never>(() => {}) };
  }
}

/** The error code the widget should show for a reply (undefined: any known code will do). */
export function expectedCode(reply: Reply): string | undefined {
  if (reply.kind === 'resolve') return 'invalid-response';
  if (reply.kind === 'hang') return 'network';
  if (reply.kind === 'reject' || reply.kind === 'throw') {
    let known = false;
    try {
      // Guarded: a trapping proxy throws even on instanceof.
      known =
        reply.value instanceof PasskeyAdapterError &&
        (ADAPTER_ERROR_CODES as readonly string[]).includes(reply.value.code);
    } catch {
      known = false;
    }
    // Anything but a PasskeyAdapterError with a known code is the server failing undescribed.
    return known ? (reply.value as PasskeyAdapterError).code : 'server';
  }
  return undefined;
}

/** Watches the page for uncaught exceptions, unhandled rejections and prototype pollution. */
export function watchPage() {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${String(e.message)}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    let why = '?';
    try {
      why = String(e.reason);
    } catch {
      /* a hostile reason */
    }
    problems.push(`unhandled rejection: ${why}`);
    // Counted; kept from mocha so the report names the run, not a stray failure.
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).length;
  return {
    problems,
    polluted: () =>
      Object.getOwnPropertyNames(Object.prototype).length !== protoKeys ||
      ({} as Record<string, unknown>).polluted !== undefined,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
