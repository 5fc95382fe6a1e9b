import { childShares } from '../entity/childShares.js';
import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';

/**
 * One node's exact score for an applicant with every leaf present, computed as the exact path
 * computes it (leaf scoring functions, weight over the siblings' sum, the node's operator); null
 * when a leaf or operator refuses. Used to settle a figure the float64 kernel could not: only the
 * node's own subtree is recomputed. `known` gives leaf scores already exact (cohort methods).
 */
export function exactNode(
  model: Compiled,
  sector: CompiledSector,
  index: number,
  raw: (leaf: number) => unknown,
  known?: (leaf: number) => Dec | undefined,
): Dec | null {
  const node = model.nodes[index] as CompiledNode;
  if (node.leaf) {
    const given = known?.(index);
    if (given) return given;
    const outcome = node.leaf.score?.(raw(index));
    return outcome?.ok ? outcome.score : null;
  }
  const children = sector.children[index] ?? [];
  const scores: Dec[] = [];
  for (const c of children) {
    const score = exactNode(model, sector, c, raw, known);
    if (score === null) return null;
    scores.push(score);
  }
  if (scores.length === 0) return null;
  const weights = childShares(sector, index);
  const outcome = node.operator?.apply(node.operatorSpec as { method: string }, scores, weights);
  return outcome?.ok ? outcome.value : null;
}
