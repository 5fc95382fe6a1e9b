import { childShares } from '../fast/childShares.js';
import type { Compiled, CompiledSector } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';
import { exactString } from '../numeric/settle.js';

const cache = new WeakMap<
  CompiledSector,
  ReadonlyArray<{ weight: string; effectiveWeight: string }>
>();

/**
 * A node's `weight` and `effectiveWeight` as the exact path reports them for an applicant with
 * every indicator present: the same arithmetic (weight over the siblings' sum, times the parent's
 * share), done once per sector.
 */
export function sharesOf(
  model: Compiled,
  sector: CompiledSector,
  index: number,
): { weight: string; effectiveWeight: string } {
  let shares = cache.get(sector);
  if (!shares) {
    const weight: Dec[] = model.nodes.map(() => new Dec(1));
    const effective: Dec[] = model.nodes.map(() => new Dec(1));
    for (const node of model.nodes) {
      const shares = childShares(sector, node.index);
      (sector.children[node.index] ?? []).forEach((c, i) => {
        weight[c] = shares[i] as Dec;
        effective[c] = (effective[node.index] as Dec).times(weight[c] as Dec);
      });
    }
    shares = model.nodes.map((n) => ({
      weight: exactString(weight[n.index] as Dec),
      effectiveWeight: exactString(effective[n.index] as Dec),
    }));
    cache.set(sector, shares);
  }
  return shares[index] as { weight: string; effectiveWeight: string };
}
