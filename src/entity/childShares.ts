import { sharesWithin } from '../aggregate/sharesWithin.js';
import type { CompiledSector } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';

const cache = new WeakMap<CompiledSector, Map<number, readonly Dec[]>>();

/**
 * A branch's children's shares as the exact path takes them when every child is present: each
 * weight over the siblings' sum, or equal shares when they are all 0. Computed once per sector
 * and branch, for the float kernel, for exact recomputes and for the reported weights.
 */
export function childShares(sector: CompiledSector, index: number): readonly Dec[] {
  let bySector = cache.get(sector);
  if (!bySector) {
    bySector = new Map();
    cache.set(sector, bySector);
  }
  let shares = bySector.get(index);
  if (!shares) {
    shares = sharesWithin((sector.children[index] ?? []).map((c) => sector.weight[c] as Dec));
    bySector.set(index, shares);
  }
  return shares;
}
