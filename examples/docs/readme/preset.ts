// biome-ignore-all format: the comments are aligned, as the README shows them
// The README's example with the shipped model. The README leaves `applicants` to the reader; here
// they are the sample batch, read before the shown code (imports are hoisted, so the region can
// start with them).
import { readFileSync } from 'node:fs';
import type { EntityInput } from 'youpin';

const applicants: EntityInput[] = JSON.parse(
  readFileSync('examples/data/sample-batch.json', 'utf8'),
);

// #region preset
import { defineModel, effectiveWeights, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const model = defineModel(liaocheng2024);                       // 3 sectors × 5 dimensions, gates, vetoes, panels, quotas
console.log(effectiveWeights(model, 'manufacturing')['m_Q1']);  // → 0.09  (a string: exact)
const report = score(model, applicants);                        // { id, sector, values, facts, series, events, panels, verification }[]
report.entities[0]?.status;                                     // 'scored' | 'ineligible' | 'vetoed' | 'invalid', with the reasons
report.entities[0]?.selection;                                  // { selected, reason, band, position, tieBreak, failedFloors }
// #endregion preset

// Not shown: the comments above hold for the sample's first applicant.
console.log(report.entities[0]?.status, Object.keys(report.entities[0]?.selection ?? {}).sort());
// → scored [ 'band', 'failedFloors', 'position', 'reason', 'selected', 'tieBreak' ]
