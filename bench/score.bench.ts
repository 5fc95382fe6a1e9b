// `npm run bench`: the exact decimal pipeline against a hand-written float64 loop doing the same
// arithmetic (the practical limit on this machine), measured in the same run and reported as a
// ratio. Issue 8 adds the fast path and the 1k–1M batches; this is the baseline it starts from.
import { Bench } from 'tinybench';
import { defineModel, type EntityInput, score } from '../src/index.js';

const label = (s: string) => ({ zh: s, en: s });
const LEAVES = 40;
const model = defineModel({
  id: 'bench',
  version: '1',
  name: label('bench'),
  tree: {
    id: 'total',
    label: label('total'),
    children: Array.from({ length: 5 }, (_, d) => ({
      id: `D${d}`,
      label: label(`D${d}`),
      children: Array.from({ length: LEAVES / 5 }, (_, l) => ({
        id: `L${d}_${l}`,
        label: label(`L${d}_${l}`),
        scoring: { method: 'linear' as const, lower: 0, upper: 1000 },
      })),
    })),
  },
  sectors: [{ id: 's', label: label('s') }],
  profile: {
    weights: Object.fromEntries([
      ...Array.from({ length: 5 }, (_, d) => [`D${d}`, 0.2]),
      ...Array.from({ length: LEAVES }, (_, i) => [`L${Math.floor(i / 8)}_${i % 8}`, 0.125]),
    ]),
  },
});

// Deterministic batch (mulberry32, fixed seed).
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const N = 1000;
const batch: EntityInput[] = Array.from({ length: N }, (_, i) => ({
  id: `e${i}`,
  sector: 's',
  values: Object.fromEntries(
    Array.from({ length: LEAVES }, (_, k) => [
      `L${Math.floor(k / 8)}_${k % 8}`,
      Math.round(random() * 120000) / 100,
    ]),
  ),
}));

// Baseline: the same arithmetic in float64 over columns.
const columns = Array.from({ length: LEAVES }, (_, k) =>
  Float64Array.from(batch, (e) => Number(e.values[`L${Math.floor(k / 8)}_${k % 8}`])),
);
const totals = new Float64Array(N);
function floatLoop() {
  totals.fill(0);
  for (let k = 0; k < LEAVES; k++) {
    const col = columns[k] as Float64Array;
    for (let i = 0; i < N; i++) {
      const t = Math.min(1, Math.max(0, (col[i] as number) / 1000));
      totals[i] = (totals[i] as number) + 100 * t * 0.025;
    }
  }
  return totals;
}

const bench = new Bench({ name: `score: ${N} entities × ${LEAVES} leaves`, time: 2000 });
bench.add('float64 loop (baseline)', floatLoop);
bench.add('score() exact decimal', () => score(model, batch));
await bench.run();

const [baseline, exact] = bench.tasks.map((t) => t.result);
const mean = (r: unknown) => (r as { latency?: { mean: number } }).latency?.mean ?? Number.NaN;
console.log(bench.name);
console.table(bench.table());
console.log(
  `score() takes ${(mean(exact) / mean(baseline)).toFixed(0)}× the time of the float64 baseline`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
