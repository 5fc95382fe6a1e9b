// What the exact path is compared with: a naive decimal implementation of the same arithmetic
// that makes a new Decimal for every operand of every operation (constants included), at the
// same 40 significant digits, and rounds the total half-up to 2 decimals.
import { Decimal } from 'decimal.js';
import {
  DIMENSIONS,
  dimensionWeights,
  isLog,
  leafId,
  lowerOf,
  PER_DIMENSION,
  type SECTORS,
  upperOf,
} from './_workload.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export function naive(batch: {
  sectors: readonly string[];
  values: Record<string, Float64Array>;
}): string[] {
  return batch.sectors.map((s, i) => {
    const weights = dimensionWeights[s as (typeof SECTORS)[number]];
    let total = new D(0);
    for (let d = 0; d < DIMENSIONS; d++) {
      let dimension = new D(0);
      for (let l = 0; l < PER_DIMENSION; l++) {
        const k = d * PER_DIMENSION + l;
        const x = new D((batch.values[leafId(k)] as Float64Array)[i] as number);
        const t = isLog(k)
          ? x.lessThanOrEqualTo(new D(lowerOf(k)))
            ? new D(0)
            : D.ln(x)
                .minus(D.ln(new D(lowerOf(k))))
                .div(D.ln(new D(upperOf(k))).minus(D.ln(new D(lowerOf(k)))))
          : x.minus(new D(lowerOf(k))).div(new D(upperOf(k)).minus(new D(lowerOf(k))));
        const clamped = D.max(new D(0), D.min(new D(1), t));
        dimension = dimension.plus(new D(100).times(clamped).times(new D(1).div(new D(8))));
      }
      total = total.plus(dimension.times(new D(weights[d] as number).div(new D(10))));
    }
    return total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  });
}
