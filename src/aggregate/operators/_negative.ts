import type { Dec } from '../../numeric/decimal.js';
import type { AggregateOutcome } from '../operator.js';

/** The first negative value, reported for a mean that is undefined for negative inputs. */
export function negativeValue(
  values: readonly Dec[],
  operator: string,
  operatorZh: string,
): AggregateOutcome | undefined {
  const index = values.findIndex((v) => v.isNegative() && !v.isZero());
  if (index < 0) return undefined;
  return {
    ok: false,
    finding: {
      code: 'negative_value',
      path: [index],
      params: { operator, operatorZh, value: (values[index] as Dec).toFixed() },
    },
  };
}
