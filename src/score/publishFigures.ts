import type { NodeFigures } from '../entity/aggregateEntity.js';
import type { RoundingPolicy } from '../model/types.js';
import { publishSettled } from '../numeric/publishSettled.js';
import { settle } from '../numeric/settle.js';

/** A node's score as published (rounded once) and as reported unrounded (settled). */
export interface PublishedFigure {
  readonly published: string;
  readonly exact: string;
}

/**
 * Every scored node's published and exact strings, settling each score once: the tie-break at
 * the cut and the report both read them.
 */
export function publishFigures(
  figures: ReadonlyMap<number, NodeFigures>,
  policy: RoundingPolicy,
): Map<number, PublishedFigure> {
  const out = new Map<number, PublishedFigure>();
  for (const [index, f] of figures) {
    if (f.score === null) continue;
    const settled = settle(f.score);
    out.set(index, { published: publishSettled(settled, policy), exact: settled.toFixed() });
  }
  return out;
}
