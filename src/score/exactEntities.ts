import type { Compiled } from '../model/compiled.js';
import { resolveModel } from '../model/resolveModel.js';
import { decidedInFloat, recomputeExactly } from './recomputeExactly.js';
import type { EntityResult, Report } from './types.js';

/**
 * A function that gives each entity of `report` as the exact engine would: an applicant the fast
 * path decided in float64 is recomputed (`recomputeExactly`), any other is returned as it is. The
 * model is compiled on the first such applicant only, so a report scored exactly never compiles it.
 */
export function exactEntities(report: Report): (entity: EntityResult) => EntityResult {
  let model: Compiled | null = null;
  return (entity) => {
    if (!decidedInFloat(entity)) return entity;
    model ??= resolveModel(report.definition);
    return recomputeExactly(model, entity, report.evaluationDate);
  };
}
