import type { NodeFigures } from '../entity/aggregateEntity.js';
import type { Compiled } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';

/** The fused total, each source's score and weight, and every leaf's share of the total. */
export interface Fusion {
  readonly total: Dec;
  readonly sources: Array<{ source: string; weight: Dec; score: Dec | null }>;
  readonly leafWeights: Map<number, Dec>;
}

/**
 * Fusion of sources: each source's score is the mean of its leaves' scores weighted by their
 * effective weights in the tree; the total is the fusion-weighted mean of the sources' scores.
 * A source listed in the fusion but without a scored leaf gives its weight to the others; leaves
 * of a source not listed count for nothing. The total is linear in the leaf scores, so each
 * leaf's contribution (share × score) still adds up to it.
 */
export function fuseSources(
  model: Compiled,
  figures: ReadonlyMap<number, NodeFigures>,
): Fusion | null {
  const weights = model.fusion;
  if (!weights) return null;
  const groups = new Map<string, Array<{ index: number; weight: Dec; score: Dec }>>();
  for (const [index, f] of figures) {
    const leaf = model.nodes[index]?.leaf;
    if (!leaf || f.score === null) continue;
    const source = leaf.input.source ?? 'system';
    const group = groups.get(source) ?? [];
    group.push({ index, weight: f.effective, score: f.score });
    groups.set(source, group);
  }
  const present = [...weights].filter(([source]) =>
    (groups.get(source) ?? []).some((l) => !l.weight.isZero()),
  );
  const share = present.reduce((a, [, w]) => a.plus(w), new Dec(0));
  const leafWeights = new Map<number, Dec>();
  let total = new Dec(0);
  const sources = [...weights].map(([source, weight]) => {
    const leaves = groups.get(source) ?? [];
    const mass = leaves.reduce((a, l) => a.plus(l.weight), new Dec(0));
    if (mass.isZero() || share.isZero()) return { source, weight: new Dec(0), score: null };
    const w = weight.div(share);
    const score = leaves.reduce((a, l) => a.plus(l.weight.times(l.score)), new Dec(0)).div(mass);
    for (const l of leaves) leafWeights.set(l.index, w.times(l.weight).div(mass));
    total = total.plus(w.times(score));
    return { source, weight: w, score };
  });
  return { total, sources, leafWeights };
}
