// HTTP for the reference RP: the error type every refusal throws, JSON replies, reading a JSON
// body through its schema, and routing a request to its handler. Knows nothing of passkeys.
import { describeIssues, POLLUTING_KEYS, v } from './schemas.js';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

const MAX_BODY = 64 * 1024;

export class HttpError extends Error {
  /**
   * @param {number} status @param {string} code @param {string} message
   * @param {{ headers?: Record<string, string>, details?: Record<string, unknown> }} [extra]
   *   response headers, and fields added to the error body
   */
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = extra.headers ?? {};
    this.details = extra.details ?? {};
  }
}

/** @param {Res} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
export function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

/** @param {Res} res */
export function sendNoContent(res) {
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

/** The JSON error body. @param {string} code @param {string} message */
export const errorBody = (code, message) => ({ error: { code, message } });

/**
 * Reads a JSON body and parses it with its schema; anything else is a 4xx JSON error.
 * @template {v.GenericSchema} S
 * @param {Req} req @param {S} schema
 * @param {{ optional?: boolean }} [opts] optional: an empty body (with any or no Content-Type)
 *   reads as `{}`
 * @returns {Promise<v.InferOutput<S>>}
 */
export async function readJson(req, schema, opts) {
  const raw = await readJsonObject(req, opts);
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return parsed.output;
  const { code, message, issues } = describeIssues(parsed.issues);
  throw new HttpError(400, code, message, { details: { issues } });
}

/**
 * @param {Req} req
 * @param {{ optional?: boolean }} [opts]
 * @returns {Promise<Record<string, unknown>>}
 */
async function readJsonObject(req, { optional = false } = {}) {
  const isJson = /^application\/json\b/i.test(req.headers['content-type'] ?? '');
  const refuse = () =>
    new HttpError(415, 'bad-request', 'Send JSON with Content-Type: application/json.');
  if (!isJson && !optional) throw refuse();
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'bad-request', 'The request body is too large.');
    chunks.push(chunk);
  }
  if (optional && size === 0) return {};
  if (!isJson) throw refuse();
  /** @type {string | undefined} */
  let polluting;
  try {
    // A key like __proto__ is refused wherever it is nested: nothing here merges bodies into
    // objects, but a body that carries one is hostile, not merely malformed.
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'), (key, value) => {
      if (POLLUTING_KEYS.has(key)) polluting ??= key;
      return value;
    });
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new Error('not an object');
    if (polluting === undefined) return body;
  } catch {
    throw new HttpError(400, 'bad-request', 'The request body is not a JSON object.');
  }
  throw new HttpError(400, 'bad-request', `The key "${polluting}" is not allowed.`);
}

/**
 * A route: method, exact path or pattern (its first group is the parameter), and handler.
 * @template C
 * @typedef {[string, string | RegExp, (ctx: C, req: Req, res: Res, param: string) => Promise<void>]} Route
 */

/**
 * The handler for a request, if a route matches.
 * @template C
 * @param {Route<C>[]} routes @param {string | undefined} method @param {string} path
 * @returns {((ctx: C, req: Req, res: Res) => Promise<void>) | undefined}
 */
export function routeFor(routes, method, path) {
  for (const [m, pattern, handler] of routes) {
    if (m !== method) continue;
    if (pattern === path) return (ctx, req, res) => handler(ctx, req, res, '');
    const param = typeof pattern === 'string' ? undefined : pattern.exec(path)?.[1];
    if (param !== undefined) return (ctx, req, res) => handler(ctx, req, res, param);
  }
  return undefined;
}

/**
 * Replies with a thrown error: an HttpError as it says; anything else is logged here and
 * answered with a generic 500, so no library internals reach the client.
 * @param {Res} res @param {unknown} err @param {(...args: unknown[]) => void} log
 */
export function replyError(res, err, log) {
  if (res.headersSent) return res.destroy();
  if (err instanceof HttpError)
    return send(
      res,
      err.status,
      { error: { code: err.code, message: err.message, ...err.details } },
      err.headers,
    );
  log('[rp]', err);
  send(res, 500, errorBody('server', 'Internal error.'));
}
