// The reference RP's timings in the browser tests. web-test-runner.shared.mjs starts the RP with
// these, and the tests that wait on one import it from here, so a wait and the timing it has to
// outlast can't drift apart. Plain JS: the runner config (Node) and the tests (browser) both load it.

/** A ceremony's challenge lives this long: "never touched" tests wait 1.5 s, not 2 minutes. */
export const CEREMONY_TIMEOUT_MS = 1500;

/** A phone link's lifetime. */
export const HANDOFF_TTL_MS = 4000;

/** One long-poll round of the desktop's wait for the phone. */
export const HANDOFF_POLL_MS = 1000;
