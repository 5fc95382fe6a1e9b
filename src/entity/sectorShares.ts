import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';
import { exactString } from '../numeric/settle.js';
import { childShares } from './childShares.js';

/** Every node's share in a sector for an applicant with every indicator present. */
export interface SectorShares {
  /** Weight within the parent (1 at the root). */
  readonly weight: readonly Dec[];
  /** Product of the weights from the root down (1 at the root). */
  readonly effective: readonly Dec[];
  /** True when every operator above the node is additive. */
  readonly additive: readonly boolean[];
  /** `weight` and `effective` as the report prints them. */
  readonly strings: ReadonlyArray<{ readonly weight: string; readonly effectiveWeight: string }>;
}

const cache = new WeakMap<CompiledSector, SectorShares>();

/**
 * A sector's shares as the exact path computes them for a complete applicant (weight over the
 * siblings' sum, times the parent's share), done once per sector: they are the same for every
 * such applicant, so the aggregation and the report reuse them, objects and strings alike.
 */
export function sectorShares(model: Compiled, sector: CompiledSector): SectorShares {
  const cached = cache.get(sector);
  if (cached) return cached;
  const weight: Dec[] = model.nodes.map(() => new Dec(1));
  const effective: Dec[] = model.nodes.map(() => new Dec(1));
  const additive: boolean[] = model.nodes.map(() => true);
  for (const node of model.nodes) {
    const shares = childShares(sector, node.index);
    const operator = (node as CompiledNode).operator;
    (sector.children[node.index] ?? []).forEach((c, i) => {
      weight[c] = shares[i] as Dec;
      effective[c] = (effective[node.index] as Dec).times(weight[c] as Dec);
      additive[c] = (additive[node.index] as boolean) && (operator?.additive ?? false);
    });
  }
  const strings = model.nodes.map((n) => ({
    weight: exactString(weight[n.index] as Dec),
    effectiveWeight: exactString(effective[n.index] as Dec),
  }));
  const shares: SectorShares = { weight, effective, additive, strings };
  cache.set(sector, shares);
  return shares;
}
