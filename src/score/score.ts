import type { Model } from '../model/Model.js';
import type { ModelInput } from '../model/types.js';
import { safeScore } from './safeScore.js';
import type { EntityInput, Report, ScoreOptions } from './types.js';

/**
 * Scores a batch of applicants with a model, exactly: validate each row → leaf scores (absolute,
 * then cohort methods per sector) → aggregation with the sector's weights → rounding once for
 * publication → competition ranks within the sector and overall.
 *
 * Every input row appears in the report once, in input order, with a status: `scored`, or
 * `invalid` with its issues (the rest of the batch is still scored). Totals are strings rounded
 * by the model's policy (default 2 decimals, half-up); the unrounded totals are exact strings.
 *
 * @param model - a model from `defineModel`, or a model definition (defined on the way)
 * @param entities - the applicants: `{ id, sector, values: { leafId: raw value } }`
 * @param options - `strict: true` throws when any entity is invalid
 * @returns the report (plain data; the same input gives byte-identical JSON)
 * @throws {@link YoupinError} for a bad model (every issue), a batch that is not an array
 *   (`invalid_batch`), or with `strict`, invalid entities (`invalid_entities` and their issues)
 * @example
 * ```ts
 * import { defineModel, score } from 'youpin';
 * import { liaocheng } from 'youpin/presets';
 * const report = score(defineModel(liaocheng), [
 *   { id: 'S1', sector: 'services', values: { s_Q1: 'provincial_pilot', s_Q2: 90 } },
 * ]);
 * report.entities[0]?.status; // → 'invalid'
 * report.entities[0]?.issues[0]?.code; // → 'missing_value'
 * ```
 */
export function score(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: ScoreOptions = {},
): Report {
  const result = safeScore(model, entities, options);
  if (!result.success) throw result.error;
  return result.data;
}
