import type { WorkingEntity } from '../entity/working.js';
import type { Compiled } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { evaluateCondition } from '../rules/evaluateCondition.js';
import { ruleContext } from '../rules/ruleContext.js';

/**
 * Adds the bonus and penalty points whose conditions hold (an unknown condition adds nothing),
 * each side capped by the model, and keeps the total on the scale.
 */
export function applyAdjustments(
  model: Compiled,
  entity: WorkingEntity,
  total: Dec,
  evaluationDate: string | null,
): { total: Dec; applied: Array<{ id: string; points: Dec }> } {
  const spec = model.adjustments;
  if (!spec || spec.items.length === 0) return { total, applied: [] };
  const ctx = ruleContext(entity, evaluationDate ?? '9999-12-31');
  const applied = spec.items
    .filter((item) => evaluateCondition(item.when, ctx).value === true)
    .map((item) => ({ id: item.id, points: parseDecimal(item.points) as Dec }));
  let bonus = applied
    .filter((a) => a.points.isPositive())
    .reduce((s, a) => s.plus(a.points), new Dec(0));
  let penalty = applied
    .filter((a) => a.points.isNegative())
    .reduce((s, a) => s.minus(a.points), new Dec(0));
  if (spec.maxBonus !== undefined) bonus = Dec.min(bonus, parseDecimal(spec.maxBonus) as Dec);
  if (spec.maxPenalty !== undefined)
    penalty = Dec.min(penalty, parseDecimal(spec.maxPenalty) as Dec);
  const adjusted = Dec.max(model.min, Dec.min(model.max, total.plus(bonus).minus(penalty)));
  return { total: adjusted, applied };
}
