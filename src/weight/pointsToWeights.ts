import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { readVector } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { DecimalInput } from '../primitives/types.js';
import type { WeightsFigures, WeightsResult } from './types.js';

/** The figures of {@link pointsToWeights}. */
export interface PointsToWeightsFigures extends WeightsFigures {
  /** Σ p, the points the weights are shares of. */
  readonly total: string;
}

/**
 * Turns points (分值) into weights, wⱼ = pⱼ / Σₖ pₖ, as a points-based standard is read: GB/T
 * 19580-2012 (卓越绩效评价准则) gives its seven categories 110, 90, 90, 130, 100, 80 and 400 of
 * 1000 points, i.e. weights 0.11, 0.09, 0.09, 0.13, 0.1, 0.08 and 0.4.
 *
 * The points need not add up to any particular total; a criterion with 0 points gets weight 0.
 *
 * @param points - the points of each criterion: numbers, decimal strings or fractions, all ≥ 0
 * @returns the exact weights, summing to 1, and the total of the points, as strings and as
 *   numbers, with no warnings
 * @throws {@link YoupinError} `empty_input`, `not_a_number`, `not_finite`, `negative_weight`
 *   (a negative point count, at `['points', j]`), `zero_weights` (all points 0)
 * @example
 * ```ts
 * import { pointsToWeights } from 'youpin';
 * pointsToWeights([110, 90, 90, 130, 100, 80, 400]).weights; // → [ '0.11', '0.09', '0.09', '0.13', '0.1', '0.08', '0.4' ]
 * pointsToWeights([1, 2]).weights; // → [ '0.3333333333333333333333333333', '0.6666666666666666666666666667' ]
 * pointsToWeights([110, 90, 90, 130, 100, 80, 400]).total; // → '1000'
 * ```
 */
export function pointsToWeights(
  points: readonly DecimalInput[],
): WeightsResult<'points', PointsToWeightsFigures> {
  const issues: Issue[] = [];
  const ps = readVector(points, 'points', issues);
  ps?.forEach((p, j) => {
    if (p.isNegative() && !p.isZero()) issues.push(makeToolIssue('negative_weight', ['points', j]));
  });
  const total = (ps ?? []).reduce((a, p) => a.plus(p), new Dec(0));
  if (ps && issues.length === 0 && total.isZero()) {
    issues.push(makeToolIssue('zero_weights', ['points']));
  }
  throwIfIssues(issues);
  const figures: PointsToWeightsFigures = {
    weights: (ps as Dec[]).map((p) => exactString(p.div(total))),
    total: exactString(total),
  };
  return {
    method: 'points',
    variant: 'points as shares, p / Σp',
    ...figures,
    warnings: [],
    numbers: floatTwin(figures),
  };
}
