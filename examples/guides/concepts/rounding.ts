// Guide "Concepts" · 基本概念与约定: exact decimals, rounded once.
// #region rounding
import { score } from 'youpin';
import { base } from './base.js'; // the model above

const report = score(base, [{ id: 'A', sector: 's', values: { x: 63, y: 64.25 } }]);
console.log(0.3 * 63 + 0.7 * 64.25); // → 63.87499999999999  (a float: toFixed(2) gives 63.87)
const { total, totalExact } = report.entities[0] ?? {};
console.log({ total, totalExact }); // → { total: '63.88', totalExact: '63.875' }
// #endregion rounding
