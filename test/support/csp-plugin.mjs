// Serves the hardening test pages with the headers a hostile (strict) host would send:
// /test/csp/page.html with the Content-Security-Policy, including Trusted Types.
import { readFile } from 'node:fs/promises';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export function cspPlugin() {
  return {
    name: 'csp-pages',
    /** @param {{ path: string }} context */
    async serve(context) {
      if (context.path !== '/test/csp/page.html') return undefined;
      return {
        body: await readFile(new URL('../csp/page.html', import.meta.url), 'utf8'),
        type: 'html',
        headers: { 'Content-Security-Policy': STRICT_CSP },
      };
    },
  };
}
