// Guide "Concepts" · 基本概念与约定: competition ranks ("1224") on the published total.
// #region ranking
import { score } from 'youpin';
import { base } from './base.js';

const rows = [90, 85, 85, 80].map((v, i) => ({
  id: `E${i + 1}`,
  sector: 's',
  values: { x: v, y: v },
}));
console.log(score(base, rows).entities.map((e) => `${e.id} ${e.total} #${e.rank.sector}`));
// → [ 'E1 90.00 #1', 'E2 85.00 #2', 'E3 85.00 #2', 'E4 80.00 #4' ]
// #endregion ranking
