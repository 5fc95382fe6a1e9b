// Guide "Researchers" · 研究人员指南: PCA/FA weights, the OECD/JRC Handbook's TAI example.
// #region pca
import { readFileSync } from 'node:fs';
import { pcaWeights } from 'youpin';

// The Technology Achievement Index of the OECD/JRC Handbook (2008), Table A.2: 23 countries.
const [header = '', ...lines] = readFileSync('examples/data/tai.csv', 'utf8').trim().split('\n');
const indicators = header.split(',').slice(1);
const data = lines.map((line) => line.split(',').slice(1)); // the first column is the country

// The Handbook keeps four factors (Table 16); by its rule alone (eigenvalue > 1, > 10 % each,
// > 60 % together) there would be two.
const r = pcaWeights(data, { factors: 4 });
console.log(r.numbers.explained.slice(0, 4).map((x) => (100 * x).toFixed(1))); // → [ '41.9', '21.8', '12.3', '11.2' ]
console.log(pcaWeights(data).factors); // → 2
// Varimax-rotated loadings and each factor's variance (Table 17: 2.64, 1.39, 1.19, 1.76).
console.log(r.numbers.variance.map((v) => v.toFixed(2))); // → [ '2.63', '1.39', '1.18', '1.78' ]
console.log(r.factorOf); // → [ 1, 3, 0, 0, 3, 0, 0, 2 ]
// The weights (Table 18, PC: 0.17 0.15 0.11 0.07 0.08 0.12 0.14 0.16).
console.log(indicators.map((name, i) => `${name} ${r.numbers.weights[i]?.toFixed(3)}`).join(', '));
// → patents 0.165, royalties 0.152, internet 0.109, exports 0.074, telephones 0.085, electricity 0.116, schooling 0.136, university 0.163
// #endregion pca
