// wtr prints no overall "N passed, N failed" line; this reporter adds one at the end of a run.
import { writeSync } from 'node:fs';

/**
 * @typedef {import('@web/test-runner').Reporter} Reporter
 * @typedef {import('@web/test-runner').TestSession} TestSession
 * @typedef {import('@web/test-runner').TestSuiteResult} TestSuiteResult
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 */

/**
 * Counts tests in a suite and all its nested suites. Mocha marks a skipped test
 * `passed: false, skipped: true`, so `skipped` is checked first.
 * @param {TestSuiteResult} suite
 * @param {Counts} counts
 */
function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * @param {TestSession[]} sessions one per test file and browser
 * @returns {string}
 */
export function summarize(sessions) {
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const failedBefore = counts.failed;
    if (session.testResults) countSuite(session.testResults, counts);
    // A file that failed to load (or failed outside any test, e.g. in a hook) has no
    // failing test of its own: count it as one failure so it is never silent.
    if (session.passed === false && counts.failed === failedBefore) counts.failed++;
  }
  let line = `${counts.passed} passed, ${counts.failed} failed`;
  if (counts.skipped > 0) line += `, ${counts.skipped} skipped`;
  return line;
}

/** @returns {Reporter} */
export default function summaryReporter() {
  let watch = false;
  let line = '';
  return {
    start({ config }) {
      watch = config.watch;
    },
    onTestRunFinished({ sessions }) {
      line = summarize(sessions);
      // In watch mode every run gets its line; wtr keeps running.
      if (watch) console.log(line);
    },
    stop() {
      // wtr prints its final progress after reporters stop, so print at process exit to be
      // the last line. writeSync: a plain write may not flush before process.exit().
      if (!watch && line) process.once('exit', () => writeSync(1, `${line}\n`));
    },
  };
}

/**
 * `reporter` (wtr's default reporter), except that the "404 network requests" it lists per test
 * file leave out the URLs in `answered`: the reference RP's own 404 answers, which tests request
 * on purpose. Every other 404 (a missing module, story or asset) is still listed.
 * @param {Reporter} reporter @param {Set<string>} answered
 * @returns {Reporter}
 */
export function withoutAnswered404s(reporter, answered) {
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((s) => ({
        ...s,
        request404s: s.request404s.filter((url) => !answered.has(url)),
      }));
      return reporter.reportTestFileResults?.({ ...args, sessionsForTestFile });
    },
  };
}
