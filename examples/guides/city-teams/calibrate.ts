// Guide "City teams" · 城市团队指南: calibrate goalposts on last year's applicants, as a new version.
// #region calibrate
import { readFileSync, writeFileSync } from 'node:fs';
import { calibrate } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const lastYear = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const { model, leaves } = calibrate(liaocheng2024, lastYear, { version: '2025.1-calibrated' });
console.log(leaves[0]);
// → { leaf: 'm_Q4', count: 42, before: { lower: '70', upper: '95' }, after: { lower: '74.84', upper: '94.4' } }
writeFileSync('city-2025.1.json', JSON.stringify(model.definition, null, 2));
// #endregion calibrate

// Not in the guide: the file written is the new version, and a valid model (calibrate validates it).
const written = JSON.parse(readFileSync('city-2025.1.json', 'utf8'));
if (written.version !== '2025.1-calibrated' || written.id !== liaocheng2024.id) {
  throw new Error(`city-2025.1.json holds ${written.id} ${written.version}`);
}
calibrate(written, lastYear, { version: 'check' });
