// A change in the workbench, measured in Node: `tsx bench/rescore.bench.ts` prints one JSON line.
// 1,589 applicants (the 聊城优品 sample batch repeated, as the browser test does; 好品山东 drew
// 1,589 in one batch), a new weight for manufacturing's quality each time (its sibling takes the
// difference), then defineModel, score and compareReports with the model as loaded — the page's
// re-scoring. Each way is timed over the same changes and reported by its median:
//   rows        score(model, rows), the default engine (exact below 2,000 applicants)
//   rows-fast   score(model, rows, { engine: 'fast' })
//   batch       score(model, prepareBatch(rows)), the default engine
//   batch-fast  score(model, batch, { engine: 'fast' }): what the workbench does
// Run by bench/score.bench.ts; needs `npm run build` (youpin resolves to dist/).
import { readFileSync } from 'node:fs';
import {
  compareReports,
  defineModel,
  type EntityInput,
  type ModelInput,
  prepareBatch,
  type ScoreOptions,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const APPLICANTS = 1589;
const rows = Array.from({ length: APPLICANTS }, (_, i) => {
  const e = sample[i % sample.length] as EntityInput;
  const round = Math.floor(i / sample.length);
  return round === 0 ? e : { ...e, id: `${e.id}-${round}` };
});
const CHANGES = 11;

/** The preset with manufacturing's Q at `q` hundredths and I taking the difference. */
function changed(q: number): ModelInput {
  return {
    ...liaocheng2024,
    version: `Q=${q}`,
    sectors: liaocheng2024.sectors.map((s) =>
      s.id === 'manufacturing'
        ? {
            ...s,
            profile: {
              ...s.profile,
              weights: { ...s.profile?.weights, Q: q / 100, I: (55 - q) / 100 },
            },
          }
        : s,
    ),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const base = defineModel(liaocheng2024);

function timed(
  batch: readonly EntityInput[] | ReturnType<typeof prepareBatch>,
  options: ScoreOptions,
) {
  const loaded = score(base, batch, options);
  const times: number[] = [];
  for (let k = 0; k < CHANGES; k++) {
    const start = performance.now();
    const model = defineModel(changed(31 + k));
    compareReports(loaded, score(model, batch, options));
    times.push(performance.now() - start);
  }
  return median(times);
}

const fast = { engine: 'fast' } as const;
const result = {
  path: 'rescore',
  applicants: APPLICANTS,
  changes: CHANGES,
  rowsMs: timed(rows, {}),
  rowsFastMs: timed(rows, fast),
  batchMs: timed(prepareBatch(rows), {}),
  batchFastMs: timed(prepareBatch(rows), fast),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
