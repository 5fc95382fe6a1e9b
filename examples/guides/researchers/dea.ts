// Guide "Researchers" · 研究人员指南: benefit-of-the-doubt weights (youpin/dea, npm install highs).
// #region dea
import { readFileSync } from 'node:fs';
import { benefitOfTheDoubt } from 'youpin/dea';

const [, ...lines] = readFileSync('examples/data/tai.csv', 'utf8').trim().split('\n');
const countries = lines.map((line) => line.split(',')[0]);
const data = lines.map((line) => line.split(',').slice(1));

// The Handbook's Table 19: min-max normalised, each weight 10–15 % of the sum of the weights.
const bod = await benefitOfTheDoubt(data, {
  normalisation: 'minmax',
  weightShares: { lower: '0.1', upper: '0.15' },
});
console.log(
  countries
    .slice(0, 5)
    .map((c, i) => `${c} ${bod.numbers.scores[i]?.toFixed(2)}`)
    .join(', '),
);
// → Finland 1.00, United States 1.00, Sweden 1.00, Japan 0.86, Korea 0.80
// Exact: every score is the LP's optimum as a fraction, proved optimal in rational arithmetic.
console.log(bod.fractions[4], bod.certified[4]); // → 6923681502853/8661915960941 basis
// Korea's most favourable weights, and the countries its score is measured against.
console.log(bod.numbers.weights[4]?.map((w) => w.toFixed(2)).join(' ')); // → 0.22 0.14 0.14 0.22 0.14 0.14 0.22 0.22
console.log(bod.peers[4]?.map((k) => countries[k])); // → [ 'Finland' ]

// Without bounds, each country may put all its weight where it is strongest.
const free = await benefitOfTheDoubt(data, { normalisation: 'minmax' });
console.log(free.ranks.filter((rank) => rank === 1).length); // → 8
// #endregion dea
