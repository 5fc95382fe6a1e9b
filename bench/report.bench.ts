// `npm run bench:report`: the HTML report (公示 page) of the sample batch repeated 4 → 32 times
// (508 → 4,064 applicants on 聊城优品), against score() of the same batch in the same run. toHtml
// explains every applicant; an explanation reads the whole report through an index built once, so
// time per applicant must stay flat as the batch grows (it grew with n before: 22 s for 1,016).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { defineModel, type EntityInput, score, toHtml } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const sample = JSON.parse(
  readFileSync(new URL('../examples/data/sample-batch.json', import.meta.url), 'utf8'),
) as EntityInput[];
const model = defineModel(liaocheng2024);
const time = (f: () => unknown) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

const rows: Array<Record<string, string>> = [];
for (const copies of [4, 8, 16, 32]) {
  const batch = Array.from({ length: copies }, (_, k) =>
    sample.map((e) => ({ ...e, id: `${e.id}-${k}` })),
  ).flat();
  let report = score(model, batch, { engine: 'exact' });
  const scoring = time(() => {
    report = score(model, batch, { engine: 'exact' });
  });
  const html = time(() => toHtml(report));
  rows.push({
    applicants: batch.length.toLocaleString('en'),
    'score ms': scoring.toFixed(0),
    'toHtml ms': html.toFixed(0),
    'toHtml µs per applicant': ((html * 1000) / batch.length).toFixed(0),
    '× score': (html / scoring).toFixed(2),
  });
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `youpin report bench · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} × ${cpu}\n`,
);
console.table(rows);
