import type { Dec } from '../numeric/decimal.js';
import { extremesOf } from '../numeric/extremesOf.js';
import { ln } from '../numeric/ln.js';
import { exactString } from '../numeric/settle.js';

/**
 * COINr's `log_CT_plus`, the fallback when winsorising is not enough: with a = (max − min) / 100,
 * ln(x − min + a) for a skewness ≥ 0 and −ln(max + a − x) for a negative one, so the long tail is
 * the one compressed and the order of the values is kept. The values must not all be equal (a
 * cohort with no spread never fails the rule).
 */
export function shiftedLog(
  values: readonly Dec[],
  sign: number,
): { values: Dec[]; formula: string } {
  const { min, max } = extremesOf(values);
  const a = max.minus(min).div(100);
  if (sign >= 0) {
    const shift = a.minus(min);
    return {
      values: values.map((x) => ln(x.plus(shift))),
      formula: `ln(x ${signed(shift)})`,
    };
  }
  const top = max.plus(a);
  return {
    values: values.map((x) => ln(top.minus(x)).negated()),
    formula: `−ln(${exactString(top)} − x)`,
  };
}

function signed(d: Dec): string {
  return d.isNegative() ? `− ${exactString(d.negated())}` : `+ ${exactString(d)}`;
}
