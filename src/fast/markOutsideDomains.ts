import type { ValueInput } from '../entity/types.js';
import type { Compiled } from '../model/compiled.js';
import { floatDomain, withinFloatDomain } from './floatDomain.js';

/**
 * Sends to the exact pipeline (mark 2) every row whose value of a leaf with a domain is not surely
 * within it (withinFloatDomain), where `readLeafValue` says `out_of_domain`: the column loops
 * score any number.
 */
export function markOutsideDomains(
  compiled: Compiled,
  columns: ReadonlyArray<Float64Array | readonly ValueInput[] | undefined>,
  marks: Uint8Array,
): void {
  for (const node of compiled.nodes) {
    const domain = floatDomain(node.leaf?.domain ?? null);
    const column = columns[node.index];
    if (!domain || !column) continue;
    for (let row = 0; row < column.length; row++) {
      const v = column[row];
      // A float column's value is the number its shortest text writes (0.1 is 0.1).
      let x: number;
      let text: string;
      if (typeof v === 'number') [x, text] = [v, String(v)];
      else if (typeof v === 'string' && v.trim() !== '') [x, text] = [Number(v), v];
      else continue; // missing, or not a number: the pipeline's own checks
      if (Number.isNaN(x) || !withinFloatDomain(x, text, domain)) marks[row] = 2;
    }
  }
}
