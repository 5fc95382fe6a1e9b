// The cost of one sensitivity draw: `tsx bench/sensitivity.bench.ts` prints one JSON line.
// sensitivity() scores the batch exactly once, then each draw in float64; the draws' cost is
// (time with D draws − time with 0 draws) / D, on the 聊城优品 sample batch (104 scored
// applicants, every weight uncertain ±20 %). Run by bench/score.bench.ts.
import { readFileSync } from 'node:fs';
import { defineModel, type EntityInput, sensitivity } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const model = defineModel(liaocheng2024);
const DRAWS = 4000;
const options = (draws: number) => ({
  seed: 1,
  draws,
  weights: { kind: 'uniform' as const, fraction: 0.2 },
});

function time(draws: number): number {
  const start = performance.now();
  sensitivity(model, sample, options(draws));
  return performance.now() - start;
}
time(200); // warm-up
const fixed: number[] = [];
const full: number[] = [];
for (let i = 0; i < 5; i++) {
  fixed.push(time(1));
  full.push(time(DRAWS + 1));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const applicants = sensitivity(model, sample, options(1)).entities.filter(
  (e) => e.status === 'scored',
).length;
const perDraw = (median(full) - median(fixed)) / DRAWS;
process.stdout.write(
  `${JSON.stringify({ path: 'sensitivity', applicants, draws: DRAWS, msPerDraw: perDraw, usPerApplicantDraw: (perDraw * 1000) / applicants, fixedMs: median(fixed) })}\n`,
);
