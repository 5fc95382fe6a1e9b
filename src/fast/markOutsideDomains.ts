import type { ValueInput } from '../entity/types.js';
import type { Compiled } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';

/**
 * Sends to the exact pipeline (mark 2) every row whose value of a leaf with a domain is not surely
 * within it, where `readLeafValue` says `out_of_domain`: the column loops score any number. A
 * float strictly between the ends' floats is strictly between the ends (rounding keeps order); on
 * an end that a float cannot hold exactly the decimal decides.
 */
export function markOutsideDomains(
  compiled: Compiled,
  columns: ReadonlyArray<Float64Array | readonly ValueInput[] | undefined>,
  marks: Uint8Array,
): void {
  for (const node of compiled.nodes) {
    const domain = node.leaf?.domain;
    const column = columns[node.index];
    if (!domain || !column) continue;
    const lo = domain.min ? domain.min.toNumber() : Number.NEGATIVE_INFINITY;
    const hi = domain.max ? domain.max.toNumber() : Number.POSITIVE_INFINITY;
    // An end that is a float exactly is a value within: a count of 0, a share of 100.
    const loHeld = domain.min === null || new Dec(lo).eq(domain.min);
    const hiHeld = domain.max === null || new Dec(hi).eq(domain.max);
    for (let row = 0; row < column.length; row++) {
      const v = column[row];
      let x: number;
      if (typeof v === 'number') x = v;
      else if (typeof v === 'string' && v.trim() !== '') x = Number(v);
      else continue; // missing, or not a number: the pipeline's own checks
      const inside =
        (x > lo || (x === lo && loHeld && typeof v === 'number')) &&
        (x < hi || (x === hi && hiHeld && typeof v === 'number')) &&
        (!domain.integer || (Number.isInteger(x) && (typeof v === 'number' || !/[.eE]/.test(v))));
      if (!inside) marks[row] = 2;
    }
  }
}
