// Guide "Researchers" · 研究人员指南: TOPSIS and VIKOR, for comparison with the tree's ranking.
// #region mcda
import { topsis, vikor } from 'youpin';

// Tzeng & Huang (2011): four alternatives, three higher-is-better criteria.
const m = [
  [5, 8, 4],
  [7, 6, 8],
  [8, 8, 6],
  [7, 4, 6],
];
const t = topsis(m, [0.3, 0.4, 0.3]);
console.log(t.ranks.closeness); // → [ 3, 2, 1, 4 ]
// Every intermediate is returned, exact and as numbers: the normalised and weighted matrices,
// the ideal and anti-ideal points, the distances.
console.log(t.numbers.distanceToIdeal.map((d) => d.toFixed(4))); // → [ '0.1175', '0.0635', '0.0487', '0.1307' ]
// Three alternatives; the first criterion is lower-is-better, the second higher-is-better.
const alternatives = [
  [1, 3000],
  [2, 3750],
  [5, 4500],
];
const v = vikor(alternatives, [0.5, 0.5], { directions: ['lower', 'higher'] });
console.log(v.Q, v.compromise); // → [ '1', '0', '1' ] [ 1 ]
console.log(v.dq, v.advantage, v.conditions); // → 0.5 1 { acceptableAdvantage: true, acceptableStability: true }
// #endregion mcda
