/**
 * The host page for the CSP test (test/elements/csp.test.ts). It records every
 * securitypolicyviolation from its first script on, then loads the elements, so a test in the
 * parent page can drive them here, under this document's policy.
 */
const violations: { directive: string; blocked: string; sample: string }[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) =>
    violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
  true,
);

const { createFetchAdapter } = await import('../../src/index.js');
await import('../../src/define.js');

Object.assign(window, {
  cspHarness: { violations, createFetchAdapter },
});

export {};
