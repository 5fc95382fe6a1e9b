// Guide "Getting started" · 快速入门: score the sample batch and read the report.
// #region score
import { readFileSync } from 'node:fs';
import { defineModel, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const model = defineModel(liaocheng2024);
const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const report = score(model, batch);

console.log(report.model); // → { id: 'liaocheng-youpin', version: '2024.1-proposed' }
console.log(report.counts);
// → { entities: 127, scored: 104, ineligible: 10, vetoed: 10, invalid: 3, selected: 20 }

const top = report.entities.find((e) => e.id === 'M002');
console.log(top?.status, top?.total, top?.rank); // → scored 93.50 { sector: 1, overall: 1 }
console.log(top?.selection?.reason, top?.selection?.band?.label.en); // → selected Excellent

const late = report.entities.find((e) => e.id === 'M041');
const notPassed = late?.eligibility.gates.filter((g) => g.result !== 'passed');
console.log(late?.status, notPassed);
// → ineligible [ { rule: 'G2', kind: 'gate', result: 'failed', facts: { years_operating: '2' }, … } ]

const bad = report.entities.find((e) => e.id === 'A009');
console.log(bad?.status, bad?.issues[0]);
// → invalid { code: 'decimal_comma', path: [ 'entities', 48, 'values', 'a_E3' ],
//     message: '"12,5" (Profit margin on sales) is not a number: write decimals with a point, as in 12.5',
//     messageZh: '"12,5"（销售利润率）不是数字：小数请用小数点，如 12.5' }
// #endregion score
