// Guide "Concepts" · 基本概念与约定: under cohort scoring, a third applicant reverses two others.
// #region reversal
import { score } from 'youpin';
import { base } from './base.js';

// biome-ignore format: kept compact, as the guide shows it
const cohort = { ...base, profile: { weights: { x: 0.6, y: 0.4 } }, tree: { ...base.tree, children: [
  { id: 'x', label: { zh: '营收', en: 'Revenue' }, scoring: { method: 'minmax' as const } },
  { id: 'y', label: { zh: '专利', en: 'Patents' }, scoring: { method: 'minmax' as const } },
] } };
const A = { id: 'A', sector: 's', values: { x: 1, y: 10 } };
const B = { id: 'B', sector: 's', values: { x: 3, y: 0 } };
const C = { id: 'C', sector: 's', values: { x: 11, y: 5 } };
console.log(score(cohort, [A, B]).entities.map((e) => `${e.id} ${e.total}`)); // → [ 'A 40.00', 'B 60.00' ]
console.log(score(cohort, [A, B, C]).entities.map((e) => `${e.id} ${e.total}`)); // → [ 'A 40.00', 'B 12.00', 'C 80.00' ]
// #endregion reversal
