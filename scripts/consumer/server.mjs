// Consumer-check step: one Node http server on localhost serving the built apps, the CDN page,
// the unpacked tarball and, for everything else, the reference relying party (demo/rp).
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { createRelyingParty } from '../../demo/rp/server.js';
import { assert, run } from '../lib/run.mjs';
import { fixtures } from './apps.mjs';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
});

/**
 * Unpacks the tarball and starts the server. Static files by URL prefix: /vanilla/ (Vite
 * build), /esbuild/, /react/ (when built), /cdn/ (the fixture page) and /pkg/ (the tarball).
 * The RP answers only for its configured origins (any other Host gets 421), so a page served
 * from elsewhere (the Vite dev server proxying /api) needs `allowOrigin` first.
 * @param {{ work: string; tarball: string; apps: Record<string, string> }} args
 * @returns {Promise<{ origin: string; allowOrigin: (extra: string) => void; close: () => void }>}
 */
export async function startServer({ work, tarball, apps }) {
  const pkgDir = join(work, 'unpacked');
  mkdirSync(pkgDir);
  run('tar', ['-xzf', tarball, '-C', pkgDir], work);
  const statics = /** @type {[string, string][]} */ ([
    ['/vanilla/', join(apps.vanilla, 'dist')],
    ['/esbuild/', join(apps.vanilla, 'dist-esbuild')],
    ['/react/', apps.react ? join(apps.react, 'dist') : ''],
    ['/cdn/', join(fixtures, 'cdn')],
    ['/pkg/', join(pkgDir, 'package')],
  ]);
  const dataDir = join(work, 'rp-data');
  // Until the port is known the RP has no configured origin: it then answers for
  // http://localhost on the port each request arrived on, which is this server's.
  let rp = createRelyingParty({ dataDir });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = statics.find(([prefix, dir]) => dir && path.startsWith(prefix));
    if (!hit) {
      rp.handle(req, res, () => {
        res.statusCode = path === '/favicon.ico' ? 204 : 404;
        res.end();
      });
      return;
    }
    let file = join(hit[1], path.slice(hit[0].length));
    if (!file.startsWith(hit[1])) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  const close = () => {
    server.close();
    rp.close();
  };
  /** @param {string} origin @param {string} extra */
  const allowOrigin = (origin, extra) => {
    const next = createRelyingParty({ dataDir, origins: [origin, new URL(extra).origin] });
    rp.close();
    rp = next;
  };
  try {
    await new Promise((ok) => server.listen(0, 'localhost', () => ok(undefined)));
    const address = server.address();
    assert(address && typeof address === 'object', 'no server address');
    // "localhost", not 127.0.0.1: WebAuthn needs a domain (or localhost) as the RP ID.
    const origin = `http://localhost:${address.port}`;
    return { origin, allowOrigin: (extra) => allowOrigin(origin, extra), close };
  } catch (err) {
    close();
    throw err;
  }
}
