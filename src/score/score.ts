import type { Model } from '../model/Model.js';
import type { ModelInput } from '../model/types.js';
import type { PreparedBatch } from './prepareBatch.js';
import { safeScore } from './safeScore.js';
import type { EntityInput, Report, ScoreOptions } from './types.js';

/**
 * Scores a batch of applicants with a model, exactly: validate each row → gates and vetoes →
 * leaf scores (expert panels, verification; absolute, then cohort methods per sector among the
 * eligible) → aggregation with the sector's weights → adjustments → rounding once for publication
 * → competition ranks within the sector and overall → selection (threshold, floors, quotas,
 * tie-break chain at the cut, bands).
 *
 * Every input row appears in the report once, in input order, with a status — `scored`,
 * `ineligible`, `vetoed` or `invalid` — and its reasons: rule outcomes with the facts they read,
 * issues, warnings (the rest of the batch is still scored). Totals are strings rounded by the
 * model's policy (default 2 decimals, half-up); the unrounded totals are exact strings.
 *
 * @param model - a model from `defineModel`, or a model definition (defined on the way)
 * @param entities - the applicants: `{ id, sector, values: { leafId: raw value } }`; a `values`
 *   key that is no leaf of the model makes its row `invalid` (`unknown_indicator`). Or a batch
 *   from {@link prepareBatch}, to score it with several models and read it once.
 * @param options - `strict: true` throws when any entity is invalid
 * @returns the report (plain data; the same input gives byte-identical JSON)
 * @throws {@link YoupinError} for a bad model (every issue), a batch that is not an array
 *   (`invalid_batch`), or with `strict`, invalid entities (`invalid_entities` and their issues)
 * @example
 * ```ts
 * import { defineModel, score } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const report = score(defineModel(liaocheng2024), [
 *   { id: 'S1', sector: 'services', values: { s_Q1: 'provincial_pilot' }, facts: { years_operating: 2 } },
 * ]);
 * report.entities[0]?.status; // → 'ineligible'
 * report.entities[0]?.eligibility.gates.find((g) => g.rule === 'G2')?.result; // → 'failed'
 * report.counts.selected; // → 0
 * ```
 */
export function score(
  model: Model | ModelInput,
  entities: readonly EntityInput[] | PreparedBatch,
  options: ScoreOptions = {},
): Report {
  const result = safeScore(model, entities, options);
  if (!result.success) throw result.error;
  return result.data;
}
