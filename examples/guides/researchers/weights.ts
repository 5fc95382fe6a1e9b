// Guide "Researchers" · 研究人员指南: subjective, objective and combined weights.
// #region weights
import { ahp, combineWeights, criticWeights, entropyWeights } from 'youpin';

// Pairwise judgements: how much more important is the row than the column?
const judgements = [
  [1, 3, 5],
  ['1/3', 1, 3],
  ['1/5', '1/3', 1],
];
const subjective = ahp(judgements); // eigenvector, RI saaty1980
const shown = subjective.numbers.weights.map((w) => w.toFixed(4));
console.log(shown, subjective.cr, subjective.acceptable); // → [ '0.6370', '0.2583', '0.1047' ] 0.033199… true

// Rows: applicants; columns: criteria.
const matrix = [
  [1, 10, 5],
  [2, 30, 5],
  [3, 20, 5],
];
const entropy = entropyWeights(matrix, { directions: ['higher', 'lower', 'higher'] });
console.log(entropy.weights, entropy.warnings[0]?.code); // → [ '0.5', '0.5', '0' ] constant_criterion
// Every intermediate is there to check against a paper: x′, the shares p, k = 1/ln m, eⱼ, dⱼ.
console.log(entropy.numbers.entropy.map((e) => e.toFixed(4))); // → [ '0.5794', '0.5794', '1.0000' ]

const critic = criticWeights([
  [61, 1.08, 4.33],
  [20.7, 0.26, 4.34],
  [16.3, 1.98, 2.53],
  [9.0, 3.29, 1.65],
]);
console.log(critic.numbers.weights.length); // → 3
// σⱼ is the sample sd (as Diakoulaki et al.); the population sd is beside it, with rⱼₖ and Cⱼ.
console.log(critic.numbers.sd.length, critic.numbers.sdPopulation.length); // → 3 3

const combined = combineWeights(subjective.weights, entropy.weights, {
  method: 'linear',
  alpha: 0.5,
});
console.log(combined.weights.map((w) => Number(w).toFixed(4))); // → [ '0.5685', '0.3791', '0.0524' ]
// #endregion weights
