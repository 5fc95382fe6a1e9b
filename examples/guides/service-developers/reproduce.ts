// Guide "Service developers" · 服务开发者指南: a stored report re-scores to the same bytes.
// #region reproduce
import { readFileSync } from 'node:fs';
import { score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const input = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const first = score(liaocheng2024, input);
const again = score(first.definition, input); // years later, from the stored report
console.log(JSON.stringify(again) === JSON.stringify(first)); // → true
// #endregion reproduce
