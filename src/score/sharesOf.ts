import type { Compiled, CompiledSector } from '../model/compiled.js';
import { sectorShares } from './sectorShares.js';

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
  return sectorShares(model, sector).strings[index] as { weight: string; effectiveWeight: string };
}
