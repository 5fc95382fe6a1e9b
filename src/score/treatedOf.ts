import type { WorkingEntity } from '../entity/working.js';
import type { CompiledNode } from '../model/compiled.js';
import type { TreatedValue } from '../treat/types.js';

/**
 * `{ treated }` where data treatment changed a leaf's value; nothing (no key at all) elsewhere,
 * so a report of a model without treatment keeps its bytes.
 */
export function treatedOf(e: WorkingEntity, node: CompiledNode): { treated?: TreatedValue } {
  const treated = node.leaf ? e.treated[node.index] : undefined;
  return treated ? { treated } : {};
}
