// Guide "How robust is this ranking?" · 排名稳健性: the sample batch under ±20 % weight
// uncertainty — each applicant's probability of selection, and which weight matters most.
// #region sensitivity
import { readFileSync, writeFileSync } from 'node:fs';
import { defineModel, score, sensitivity, toHtml } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const model = defineModel(liaocheng2024);
const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const result = sensitivity(model, batch, {
  seed: 2026, // the same seed gives the same numbers, in Node and in a browser
  draws: 2000,
  weights: { kind: 'uniform', fraction: 0.2 }, // every weight × U(0.8, 1.2), renormalised
  sobol: { n: 256 }, // variance-based indices, 256 × (inputs + 2) evaluations
});

// Applicants whose selection is not certain under the uncertainty:
const uncertain = result.entities.filter(
  (e) => e.probability && e.probability.selected > 0.01 && e.probability.selected < 0.99,
);
for (const e of uncertain) {
  const p = e.probability?.selected ?? 0;
  console.log(
    e.id,
    e.nominal.selected ? 'selected' : '-',
    `${(100 * p).toFixed(1)} %`,
    e.sectorRank,
  );
}
// → M014 selected 76.3 % { median: 7, p5: 6, p95: 9 }
// → M019 selected 75.4 % { median: 7, p5: 6, p95: 9 }
// → A001 selected 58.4 % { median: 7, p5: 7, p95: 8 }
// → A005 - 41.4 % { median: 6, p5: 5, p95: 6 }
// → S037 - 2.3 % { median: 7, p5: 7, p95: 8 }
// → S038 selected 97.1 % { median: 6, p5: 6, p95: 6 }
// → M054 - 48.3 % { median: 8, p5: 6, p95: 8 }

// Which dimension's weight matters most (total Sobol index of the rank shift):
const dimensions = ['Q', 'I', 'B', 'E', 'S'].map((id) => {
  const index = result.sobol?.indices.find((x) => x.input === `weight:${id}`);
  return {
    id,
    total: index?.total.estimate ?? 0,
    low: index?.total.lower,
    high: index?.total.upper,
  };
});
dimensions.sort((a, b) => b.total - a.total);
console.log(dimensions[0]?.id, result.sobol?.estimator);
// → Q { first: 'saltelli2010', total: 'jansen1999' }

// The HTML report, with a chart of every applicant's rank interval:
writeFileSync('robustness.html', toHtml(score(model, batch), { sensitivity: result }));
// #endregion sensitivity
if (!readFileSync('robustness.html', 'utf8').includes('id="robustness"'))
  throw new Error('the report has no robustness section');
