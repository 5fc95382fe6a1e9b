// Guide "Researchers" · 研究人员指南: AHP judgements become a new model version (as
// examples/ahp-profile.ts), compared with the base version on the sample batch.
// #region derive
import { readFileSync } from 'node:fs';
import { compareReports, defineModel, deriveProfile, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const judgements = [
  [1, 3, 2, 3, 4],
  ['1/3', 1, '1/2', 1, 2],
  ['1/2', 2, 1, 2, 3],
  ['1/3', 1, '1/2', 1, 2],
  ['1/4', '1/2', '1/3', '1/2', 1],
];
const base = defineModel(liaocheng2024);
const { model, derivations } = deriveProfile(base, {
  sector: 'services',
  version: '2025.1-ahp',
  parents: { total: { method: 'ahp', judgements } },
});
console.log(derivations[0]?.children, derivations[0]?.ahp?.acceptable); // → [ 'Q', 'I', 'B', 'E', 'S' ] true

const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const diff = compareReports(score(base, batch), score(model, batch));
console.log(diff.compared, Number(diff.spearman).toFixed(4), diff.entered, diff.left);
// → 104 0.9996 [] []
console.log(diff.movers.slice(0, 3).map((m) => `${m.id} ${m.rank.a} → ${m.rank.b}`));
// → [ 'S026 40 → 45', 'S015 66 → 69', 'A024 43 → 41' ]
// #endregion derive
