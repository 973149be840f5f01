/**
 * Load cost against the best peer: fresh pages (each in a new browser context) that load
 * (a) our define entry and render <passkey-register> until its field can be used, (b) Hanko
 * Elements 2.7 registered in English against an unreachable API (script evaluation and element
 * definition), (c) nothing. Medians of RUNS loads per page. The goal: a third of Hanko or less,
 * on bytes and on evaluation + first render (timed from the last script byte, so the local
 * network's scheduling noise stays out).
 */
import { executeServerCommand } from '@web/test-runner-commands';

const RUNS = 15;
type Sample = { load: number; evaluate: number; script: number; heap: number };
type Size = { gzip: number; raw: number; files: number };
const NAMES = ['ours', 'ours-defined', 'hanko', 'empty'] as const;
type Name = (typeof NAMES)[number];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${x.toLocaleString('en-US')} B`;

describe('load cost against Hanko Elements', () => {
  it(`median of ${RUNS} fresh page loads each`, async () => {
    const samples: Record<Name, Sample[]> = { ours: [], 'ours-defined': [], hanko: [], empty: [] };
    const sizes = {} as Record<Name, Size>;
    // Interleaved, so drift in the machine's load affects every page alike.
    for (let i = 0; i < RUNS; i++) {
      for (const name of NAMES) {
        const r = await executeServerCommand<{ size: Size; sample: Sample }, { name: Name }>(
          'bench-load',
          { name },
        );
        sizes[name] = r.size;
        samples[name].push(r.sample);
      }
    }
    const m = (name: Name, key: keyof Sample) => median(samples[name].map((s) => s[key]));
    const of = (key: keyof Sample) => ({ ours: m('ours', key), hanko: m('hanko', key) });
    const evaluate = of('evaluate');
    const load = of('load');
    const script = of('script');
    const emptyScript = m('empty', 'script');
    const byteRatio = sizes.ours.gzip / sizes.hanko.gzip;
    const evalRatio = evaluate.ours / evaluate.hanko;
    // The page's script time over the empty page's: what each library adds.
    const scriptRatio = (script.ours - emptyScript) / (script.hanko - emptyScript);
    const goal = (r: number) => (r <= 1 / 3 ? 'ok' : 'OVER');
    const pair = (label: string, x: { ours: number; hanko: number }, f: (n: number) => string) => [
      [`${label}: ours`, f(x.ours), '', ''],
      [`${label}: Hanko Elements 2.7 + en`, f(x.hanko), '', ''],
    ];
    await executeServerCommand('bench-print', {
      rows: [
        ...pair(
          'script bytes, gzip -9 (first load)',
          { ours: sizes.ours.gzip, hanko: sizes.hanko.gzip },
          kb,
        ),
        ['  ours / Hanko', byteRatio.toFixed(2), '≤ 0.33', goal(byteRatio)],
        ...pair(`evaluation + first render, median of ${RUNS}`, evaluate, ms),
        ['  ours / Hanko', evalRatio.toFixed(2), '≤ 0.33', goal(evalRatio)],
        [
          `evaluation + definition, no render, median of ${RUNS}: ours`,
          ms(m('ours-defined', 'evaluate')),
          '',
          '',
        ],
        [
          '  ours / Hanko, like for like',
          (m('ours-defined', 'evaluate') / evaluate.hanko).toFixed(2),
          '',
          '',
        ],
        ...pair('page script time (CDP ScriptDuration)', script, ms),
        ['  ours / Hanko (over an empty page)', scriptRatio.toFixed(2), '', ''],
        ...pair('import → ready, with the local network', load, ms),
      ],
    });
    // Bytes are deterministic: a regression fails the run. Time is this machine's; the table
    // says OVER when the goal is missed, and docs/performance.md records the figures.
    if (byteRatio > 1 / 3) throw new Error('script bytes over a third of Hanko');
  });
});
