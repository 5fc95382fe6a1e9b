import { Dec } from '../../numeric/decimal.js';
import { extremesOf } from '../../numeric/extremesOf.js';
import type { CohortOutcome, Finding, LeafContext } from '../method.js';
import { onScale } from './_shared.js';

/** The non-missing values of a cohort with their positions. */
export function present(values: ReadonlyArray<Dec | null>): Array<{ index: number; value: Dec }> {
  const out: Array<{ index: number; value: Dec }> = [];
  values.forEach((value, index) => {
    if (value !== null) out.push({ index, value });
  });
  return out;
}

/**
 * The sum in ascending order: a sum rounded at 40 digits must not depend on the order of the
 * applicants (fuzzing found a z-score's last digit moving when the rows were reordered).
 */
export function sortedSum(values: readonly Dec[]): Dec {
  return [...values].sort((a, b) => a.comparedTo(b)).reduce((a, b) => a.plus(b), new Dec(0));
}

/** The smallest and the largest value of a non-empty cohort (see {@link extremesOf}). */
export function extremes(cohort: ReadonlyArray<{ value: Dec }>): { min: Dec; max: Dec } {
  return extremesOf(cohort.map((c) => c.value));
}

/** Every present entity gets the midpoint of the scale, with one warning (the zero-range convention). */
export function midpointForAll(
  values: ReadonlyArray<Dec | null>,
  ctx: LeafContext,
  warning: Finding,
): CohortOutcome {
  const midpoint = onScale(new Dec('0.5'), ctx);
  return {
    scores: values.map((v) => (v === null ? null : midpoint)),
    warnings: [warning],
    errors: [],
  };
}

/** The zero-range warning with its figures. */
export function zeroRange(count: number, ctx: LeafContext): Finding {
  return {
    code: 'zero_range',
    path: [],
    params: { count, midpoint: onScale(new Dec('0.5'), ctx).toFixed() },
  };
}
