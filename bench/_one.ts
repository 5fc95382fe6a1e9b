// One measurement in a fresh process, so that its peak memory is its own:
// `tsx bench/_one.ts <path> <size>` prints one JSON line (`npm run bench` runs it compiled, on
// plain Node: see bench/score.bench.ts).
import { Bench } from 'tinybench';
import { score, scoreColumns } from 'youpin';
import { baseline } from './_baseline.js';
import { lean } from './_lean.js';
import { naive } from './_naive.js';
import { columns, entities, model } from './_workload.js';

const [path = 'baseline', sizeText = '1000'] = process.argv.slice(2);
const size = Number(sizeText);
// Each path holds only its own input, so that its peak memory is its input's and its own.
const onObjects = path === 'exact' || path === 'score-fast';
const batch = onObjects ? columns(0) : columns(size);
const objects = onObjects ? entities(size) : [];
// The garbage of building the input is the benchmark's, not the measured path's: collected now
// (npm run bench runs this with --expose-gc), so that the peak is the input, Node and the path.
(globalThis as { gc?: () => void }).gc?.();

const tasks: Record<string, () => unknown> = {
  baseline: () => baseline(batch),
  fast: () => scoreColumns(model, batch),
  'score-fast': () => score(model, objects, { engine: 'fast' }),
  exact: () => score(model, objects, { engine: 'exact' }),
  naive: () => naive(batch),
  lean: () => lean(batch),
};
const task = tasks[path];
if (!task) throw new Error(`unknown path ${path}`);

// tinybench repeats a task at least `iterations` times: many runs of the quick tasks, a few of
// the slow paths (a 10k batch on the decimal path takes ~10 s) and of the big batches.
const slow = path === 'exact' || path === 'naive' || path === 'lean' || path === 'score-fast';
const cost = slow ? size * 1000 : size; // rough µs per run
const iterations = cost <= 1e4 ? 50 : cost <= 1e5 ? 20 : cost <= 1e6 ? 5 : cost <= 2e6 ? 3 : 1;
// A slow path on a big batch runs once, timed here, without tinybench (which runs a task at
// least twice): a second run, or a warm-up, would build its report while the first one's is still
// garbage, and the peak memory would no longer be one call's. Beside a run of seconds, the JIT's
// warm-up is nothing.
const once = slow && iterations === 1;
const bench = new Bench({ time: 0, iterations, warmupIterations: 1, warmupTime: 0 });
let recomputed = -1;
let checksum = -1;
let rankChecksum = -1;
const measured = (): unknown => {
  const result = task();
  if (path === 'fast') {
    const columns = result as {
      recomputed: number;
      totals: Float64Array;
      rank: { overall: Int32Array; sector: Int32Array };
    };
    recomputed = columns.recomputed;
    // The published totals (in hundredths), summed, and the ranks, weighted by position: numpy's
    // pipeline must give the same.
    checksum = columns.totals.reduce((a, t) => a + t, 0);
    rankChecksum = 0;
    for (let i = 0; i < columns.totals.length; i++)
      rankChecksum +=
        ((columns.rank.overall[i] as number) + 3 * (columns.rank.sector[i] as number)) *
        ((i % 97) + 1);
  }
  return result;
};
let ms: number;
let runs = 1;
if (once) {
  const started = performance.now();
  measured();
  ms = performance.now() - started;
} else {
  bench.add(path, () => {
    measured();
  });
  await bench.run();
  const result = bench.tasks[0]?.result as
    | { latency?: { mean: number; samples?: unknown[] }; error?: unknown }
    | undefined;
  if (!result?.latency) throw result?.error ?? new Error('no result');
  ms = result.latency.mean;
  runs = result.latency.samples?.length ?? 0;
}
process.stdout.write(
  `${JSON.stringify({
    path,
    size,
    ms,
    runs,
    peakMB: process.resourceUsage().maxRSS / 1024,
    recomputed,
    checksum,
    rankChecksum,
  })}\n`,
);
