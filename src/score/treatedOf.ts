import type { WorkingEntity } from '../entity/working.js';
import type { CompiledNode } from '../model/compiled.js';
import type { TreatedValue } from '../treat/types.js';

/**
 * `{ treated }` where data treatment changed a leaf's value; `undefined` elsewhere, which a spread
 * adds nothing for (no key, so a report of a model without treatment keeps its bytes) and which
 * allocates nothing on the path every node of every applicant takes.
 */
export function treatedOf(
  e: WorkingEntity,
  node: CompiledNode,
): { treated: TreatedValue } | undefined {
  const treated = node.leaf ? e.treated[node.index] : undefined;
  return treated ? { treated } : undefined;
}
