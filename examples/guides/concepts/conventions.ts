// Guide "Concepts" · 基本概念与约定: decisions where published implementations differ.
// #region conventions
import { aggregatePanel, ahp, entropyWeights, normalise, randomIndexTables } from 'youpin';

// Zero range under min-max: everyone gets the midpoint, with a warning (peers: NaN or 0).
const flat = normalise([5, 5], { method: 'minmax' });
console.log(flat.scores, flat.warnings[0]?.code); // → [ '50', '50' ] zero_range

// Trimmed mean (去掉一个最高分和一个最低分): a tied extreme loses one copy only.
const panel = aggregatePanel(
  [90, 90, 80, 70, 60].map((score, i) => ({ expert: `E${i}`, score })),
  { method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 },
);
const dropped = panel.scores.map((s) => s.dropped);
console.log(panel.value, dropped); // → 80 [ null, 'high', null, null, 'low' ]

// AHP: the random-index table is named, because the published tables disagree (n = 4: 0.90 vs 0.89 …).
console.log(randomIndexTables.saaty1980.values[3], randomIndexTables.saaty2005.values[3]); // → 0.90 0.89
const judgements = [
  [1, 3, 5],
  ['1/3', 1, 3],
  ['1/5', '1/3', 1],
];
console.log(ahp(judgements, { randomIndex: 'saaty2005' }).randomIndexTable.name); // → saaty2005

// Entropy: 0·ln 0 = 0 (min-max makes zeros); a constant criterion gets weight 0 and a warning.
const entropy = entropyWeights([
  [1, 10, 5],
  [2, 30, 5],
  [3, 20, 5],
]);
console.log(entropy.weights, entropy.warnings[0]?.code); // → [ '0.5', '0.5', '0' ] constant_criterion
// #endregion conventions
