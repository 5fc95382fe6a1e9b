// `npm run bench`: scoring 1k → 1M generated applicants × 40 leaves × 3 sectors on
//   baseline    a hand-written Float64Array loop of the same arithmetic (bench/_baseline.ts)
//   fast        scoreColumns(): the float64 kernel, exact recompute near rounding boundaries
//   score-fast  score() on applicant objects with { engine: 'fast' } (the full report)
//   exact       score() with { engine: 'exact' } (decimal throughout, the reference)
//   naive       a naive decimal implementation: a new Decimal per operand (bench/_naive.ts)
//   lean        the same arithmetic in decimal.js written with care, no report (bench/_lean.ts):
//               the ceiling of any path that computes in decimal.js
//   numpy       the same pipeline vectorised in numpy (bench/numpy_pipeline.py), on the same
//               applicants, when python3 with numpy is installed (Debian: python3-numpy)
// each in a fresh process (so its peak memory is its own), measured in this run, and reported
// as a ratio to the baseline and to numpy of the same size (numpy and fast in 3 alternating rounds
// at 100k and 1M, each by its median round); then the cost of a sensitivity draw
// (bench/sensitivity.bench.ts), of a weight change in the workbench (bench/rescore.bench.ts), and
// the 聊城优品 programme streamed from a million-row CSV file to CSV and JSON (bench/stream.bench.ts).
// Needs `npm run build` first (it measures dist/).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { StreamOutput } from './stream.bench.js';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
// The decimal paths take about a millisecond per applicant: 100k and more would take minutes.
const PATHS: Record<string, number> = {
  baseline: 1_000_000,
  fast: 1_000_000,
  'score-fast': 100_000,
  exact: 10_000,
  naive: 10_000,
  lean: 10_000,
};

interface Measure {
  path: string;
  size: number;
  ms: number;
  peakMB: number;
  recomputed: number;
  checksum?: number;
  rankChecksum?: number;
}

const hasNumpy = spawnSync('python3', ['-c', 'import numpy']).status === 0;

// The target sizes of issue 18: numpy and scoreColumns are measured there in ROUNDS alternating
// rounds (numpy, scoreColumns, numpy, …) and each reported by its median round, so that a change of
// the machine's load between two processes weighs less on their ratio.
const TARGETS = [100_000, 1_000_000];
const ROUNDS = 3;

/**
 * numpy's pipeline on the same applicants, written out as raw columns for it, and `fast`
 * (scoreColumns) beside it: one round, or ROUNDS alternating rounds at the target sizes, each
 * path reported by its median round.
 */
function measureAgainstNumpy(size: number): { numpy: Measure; fast: Measure } {
  const root = new URL('../', import.meta.url).pathname;
  const folder = mkdtempSync(join(os.tmpdir(), 'youpin-numpy-'));
  try {
    execFileSync(`${root}node_modules/.bin/tsx`, [
      '--tsconfig',
      `${root}examples/tsconfig.json`,
      `${root}bench/_dump.ts`,
      folder,
      String(size),
    ]);
    const numpy: Measure[] = [];
    const fast: Measure[] = [];
    for (let round = 0; round < (TARGETS.includes(size) ? ROUNDS : 1); round++) {
      const out = execFileSync(
        'python3',
        [`${root}bench/numpy_pipeline.py`, folder, String(size)],
        { encoding: 'utf8' },
      );
      numpy.push(JSON.parse(out.trim().split('\n').at(-1) as string) as Measure);
      fast.push(measure('fast', size));
    }
    const median = (ms: Measure[]) =>
      [...ms].sort((a, b) => a.ms - b.ms)[ms.length >> 1] as Measure;
    return { numpy: median(numpy), fast: median(fast) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The last line of a bench script run in a fresh process, as JSON (each prints one line).
 * examples/tsconfig.json has no path aliases, so `youpin` is the built package (dist/).
 */
function lastJsonLine<T>(script: string, ...args: string[]): T {
  const root = new URL('../', import.meta.url).pathname;
  const out = execFileSync(
    `${root}node_modules/.bin/tsx`,
    ['--tsconfig', `${root}examples/tsconfig.json`, `${root}bench/${script}`, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string);
}

/**
 * bench/_one.ts compiled once to plain JavaScript (bench/.build/, with `youpin` and tinybench left
 * as imports: the built package and the installed one), so that each measurement runs on plain
 * Node as a user's service does. Under tsx, its loader (esbuild and its caches in the process)
 * added about 65 MB to every peak.
 */
const one = (() => {
  const root = new URL('../', import.meta.url).pathname;
  const outfile = `${root}bench/.build/_one.mjs`;
  buildSync({
    entryPoints: [`${root}bench/_one.ts`],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
})();

function measure(path: string, size: number): Measure {
  const out = execFileSync(process.execPath, ['--expose-gc', one, path, String(size)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Measure;
}

const rows: Array<Record<string, string>> = [];
const all: Measure[] = [];
for (const size of SIZES) {
  // numpy and scoreColumns first, alternating, then the baseline: the ratios that the targets
  // judge are measured as close together as the processes allow.
  const against = hasNumpy ? measureAgainstNumpy(size) : undefined;
  const numpy = against?.numpy;
  const base = measure('baseline', size);
  all.push(base);
  if (numpy) all.push(numpy);
  const paths = Object.entries(PATHS);
  if (numpy) paths.push(['numpy', 1_000_000]);
  for (const [path, limit] of paths) {
    if (size > limit) continue;
    const m =
      path === 'baseline'
        ? base
        : path === 'numpy'
          ? (numpy as Measure)
          : path === 'fast' && against
            ? against.fast
            : measure(path, size);
    if (path !== 'baseline' && path !== 'numpy') all.push(m);
    rows.push({
      applicants: size.toLocaleString('en'),
      path,
      'ms per batch': m.ms.toFixed(1),
      'µs per applicant': ((m.ms * 1000) / size).toFixed(2),
      '× baseline': (m.ms / base.ms).toFixed(2),
      '× numpy': numpy ? (m.ms / numpy.ms).toFixed(2) : '',
      'peak RSS MB': m.peakMB.toFixed(0),
      recomputed:
        m.recomputed >= 0 ? `${m.recomputed} (${((100 * m.recomputed) / size).toFixed(2)} %)` : '',
    });
  }
}

// The cost of a sensitivity draw, and a weight change in the workbench on 1,589 applicants.
const draws = lastJsonLine<{
  applicants: number;
  draws: number;
  msPerDraw: number;
  usPerApplicantDraw: number;
}>('sensitivity.bench.ts');
const rescore = lastJsonLine<{
  applicants: number;
  rowsMs: number;
  rowsFastMs: number;
  batchMs: number;
  batchFastMs: number;
}>('rescore.bench.ts');
// The programme streamed from a million-row file by the command line (bench/stream.bench.ts).
const STREAM_ROWS = 1_000_000;
const stream = lastJsonLine<{
  rows: number;
  outputs: Record<string, StreamOutput>;
  identity: { rows: number; same: Record<string, boolean> };
}>('stream.bench.ts', String(STREAM_ROWS));

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const numpyVersion = hasNumpy
  ? execFileSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], {
      encoding: 'utf8',
    }).trim()
  : 'absent';
const load = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
process.stdout.write(
  `youpin bench · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · numpy ${numpyVersion} · ${os.cpus().length} × ${cpu} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GB · load ${load} (1, 5, 15 min)\n`,
);
console.table(rows);

// The targets of issues 8 and 18, checked against this run's numbers.
function check(ok: boolean, text: string): string {
  return `${ok ? 'met    ' : 'NOT MET'}  ${text}`;
}
/** A measurement printed beside the targets, not one of them. */
function info(text: string): string {
  return `info     ${text}`;
}
/** The streamed outputs held to 20 µs of CPU an applicant. */
const TIME_TARGETS = new Set(['csv', 'json summary']);
const at = (path: string, size: number) => all.find((m) => m.path === path && m.size === size);
const fast100k = at('fast', 100_000);
const base100k = at('baseline', 100_000);
const exact10k = at('exact', 10_000);
const naive10k = at('naive', 10_000);
const lean10k = at('lean', 10_000);
const scoreFast10k = at('score-fast', 10_000);
const fast1m = at('fast', 1_000_000);
const fast1k = at('fast', 1_000);
const scoreFast100k = at('score-fast', 100_000);
const numpyAt = (size: number) => {
  const fast = at('fast', size);
  const numpy = at('numpy', size);
  if (!fast || !numpy) return '';
  const same =
    fast.checksum === numpy.checksum && fast.rankChecksum === numpy.rankChecksum
      ? 'same totals and ranks'
      : 'TOTALS OR RANKS DIFFER';
  const ratio = fast.ms / numpy.ms;
  const parity = ratio <= 1 ? 'at parity or better' : `${ratio.toFixed(2)}× from parity`;
  return check(
    ratio <= 1.5,
    `scoreColumns at ${size.toLocaleString('en')} within 1.5× numpy: ${ratio.toFixed(2)}× (scoreColumns ${fast.ms.toFixed(1)} ms, numpy ${numpy.ms.toFixed(1)} ms; ${parity}; ${same})`,
  );
};
const lines = [
  hasNumpy ? numpyAt(100_000) : '  numpy is not installed: the numpy comparison did not run',
  hasNumpy ? numpyAt(1_000_000) : '',
  fast100k && base100k
    ? check(
        fast100k.ms <= 2 * base100k.ms,
        `fast path at 100k within 2× of the baseline: ${(fast100k.ms / base100k.ms).toFixed(2)}×`,
      )
    : '',
  exact10k && naive10k
    ? check(
        naive10k.ms >= 10 * exact10k.ms,
        `exact path ≥ 10× faster than naive decimal at 10k: ${(naive10k.ms / exact10k.ms).toFixed(2)}×`,
      )
    : '',
  naive10k && scoreFast10k
    ? `  score() on its default path at this size (fast, full report) is ${(naive10k.ms / scoreFast10k.ms).toFixed(2)}× naive`
    : '',
  naive10k && lean10k
    ? `  the ceiling of decimal.js (lean, no report) is ${(naive10k.ms / lean10k.ms).toFixed(2)}× naive`
    : '',
  fast1m
    ? check(fast1m.peakMB < 1536, `1M × 40 within 1.5 GB peak: ${fast1m.peakMB.toFixed(0)} MB`)
    : '',
  scoreFast100k
    ? check(
        scoreFast100k.peakMB <= 1024,
        `score() at 100k within 1 GB peak: ${scoreFast100k.peakMB.toFixed(0)} MB (one call, the applicants included)`,
      )
    : '',
  check(
    rescore.batchFastMs < 100,
    `workbench re-scoring of ${rescore.applicants.toLocaleString('en')} applicants after a weight change (defineModel, score of a prepared batch on the fast engine, compareReports) under 100 ms: ${rescore.batchFastMs.toFixed(0)} ms (score of the rows: ${rescore.rowsFastMs.toFixed(0)} ms on the fast engine, ${rescore.rowsMs.toFixed(0)} ms on the default; the prepared batch on the default engine: ${rescore.batchMs.toFixed(0)} ms)`,
  ),
  ...Object.entries(stream.outputs).flatMap(([name, o]) => {
    // Issue 18's time target is for CSV and for JSON at summary detail, the compact form for a
    // province; standard detail (twice summary's bytes, every node's figure) is measured, not held
    // to it.
    const timed = TIME_TARGETS.has(name);
    const time = `${stream.rows.toLocaleString('en')} 聊城优品 rows streamed to ${name}${timed ? ' at 20 µs an applicant' : ' (measured, no time target)'}: ${o.usPerApplicant.toFixed(1)} µs of CPU, the best of ${o.runs.length} runs (${o.runs.map((us) => us.toFixed(1)).join(', ')}; ${o.wallS.toFixed(1)} s; ${o.bytesPerApplicant.toFixed(0)} bytes an applicant written)`;
    return [
      timed ? check(o.usPerApplicant <= 20, time) : info(time),
      check(
        o.peakMB <= 500,
        `${stream.rows.toLocaleString('en')} rows streamed to ${name} within 500 MB: ${o.peakMB.toFixed(0)} MB (the highest peak of the runs)`,
      ),
    ];
  }),
  ...Object.entries(stream.identity.same).map(([name, same]) =>
    check(
      same,
      `${stream.identity.rows.toLocaleString('en')} rows streamed to ${name}: the same bytes as the in-memory path (readBatch, score, ${name === 'csv' ? 'toCsv' : 'reportChunks'})`,
    ),
  ),
  `sensitivity: ${draws.msPerDraw.toFixed(3)} ms per draw, ${draws.usPerApplicantDraw.toFixed(2)} µs per applicant and draw (${draws.applicants} applicants of the 聊城优品 sample, every weight ±20 %, ${draws.draws} draws)`,
  fast1m && fast1k
    ? `linearity: µs per applicant ${SIZES.map((s) => `${s.toLocaleString('en')}: ${(((at('fast', s)?.ms ?? Number.NaN) * 1000) / s).toFixed(2)}`).join(' · ')} (fast path)`
    : '',
];
process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
