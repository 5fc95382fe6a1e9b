import type { WorkingEntity } from '../entity/working.js';
import type { CompiledNode } from '../model/compiled.js';
import type { NodeResult } from './types.js';

/**
 * The report node with `treated` added last where data treatment changed a leaf's value; the node
 * itself, untouched, elsewhere (no key, so a report of a model without treatment keeps its bytes).
 * Added after the literal, not spread into it: a literal ending in a spread is given a slot for
 * one more field, 8 bytes on each of the millions of nodes of a big batch.
 */
export function treatedOf(e: WorkingEntity, node: CompiledNode, result: NodeResult): NodeResult {
  const treated = node.leaf ? e.treated[node.index] : undefined;
  if (treated) (result as { treated?: NodeResult['treated'] }).treated = treated;
  return result;
}
