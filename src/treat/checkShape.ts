import { sortedSum } from '../normalise/methods/_cohort.js';
import { Dec } from '../numeric/decimal.js';
import { exactString, settle } from '../numeric/settle.js';
import type { ShapeCheck } from './types.js';

/** The rule's bounds: a cohort has outliers when |skewness| ≥ skewness and kurtosis ≥ kurtosis. */
export interface ShapeBounds {
  readonly skewness: Dec;
  readonly kurtosis: Dec;
}

/** COINr's default bounds: |skewness| 2, kurtosis 3.5. */
export const DEFAULT_BOUNDS = (): ShapeBounds => ({
  skewness: new Dec(2),
  kurtosis: new Dec('3.5'),
});

/**
 * COINr's `check_SkewKurt` on e1071's type-2 sample statistics (Excel's SKEW and KURT):
 * G1 = √n·Σd³ / (Σd²)^{3/2} · √(n(n−1)) / (n−2); with r = n·Σd⁴ / (Σd²)²,
 * G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3)), d = x − mean. It passes when |G1| < its bound **or**
 * G2 < its bound. Every value equal passes (nothing stands out); fewer than 4 values cannot be
 * checked (`pass: null`). Both are settled to 28 digits, so a statistic that is exactly its bound
 * compares as equal. `sign` is −1 for a negative skewness (the low side is treated), else 1.
 */
export function checkShape(
  stage: ShapeCheck['stage'],
  values: readonly Dec[],
  bounds: ShapeBounds,
): ShapeCheck & { readonly sign: number } {
  const n = values.length;
  const mean = n > 0 ? sortedSum(values).div(n) : new Dec(0);
  const d = values.map((x) => x.minus(mean));
  const power = (k: number) => sortedSum(d.map((x) => x.pow(k)));
  const s2 = power(2);
  if (n > 2 && s2.isZero()) return { stage, skewness: null, kurtosis: null, pass: true, sign: 1 };
  const g1 =
    n > 2
      ? settle(
          power(3)
            .times(
              new Dec(n)
                .times(n)
                .times(n - 1)
                .sqrt(),
            )
            .div(s2.times(s2.sqrt()).times(n - 2)),
        )
      : null;
  const g2 =
    n > 3
      ? settle(
          power(4)
            .times(n)
            .div(s2.times(s2))
            .minus(3)
            .times(n + 1)
            .plus(6)
            .times(n - 1)
            .div((n - 2) * (n - 3)),
        )
      : null;
  return {
    stage,
    skewness: g1 && exactString(g1),
    kurtosis: g2 && exactString(g2),
    pass: g1 && g2 ? g1.abs().lessThan(bounds.skewness) || g2.lessThan(bounds.kurtosis) : null,
    sign: g1?.isNegative() ? -1 : 1,
  };
}
