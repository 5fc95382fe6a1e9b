import { sharesWithin } from '../aggregate/sharesWithin.js';
import { makeIssue } from '../error/messages.js';
import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';
import { childShares } from './childShares.js';
import { sectorShares } from './sectorShares.js';
import type { WorkingEntity } from './working.js';

/** One node's figures for one entity, before publication. */
export interface NodeFigures {
  readonly score: Dec | null;
  readonly weight: Dec;
  readonly effective: Dec;
  /** True when every operator above (and at) the node's parent is additive. */
  readonly additive: boolean;
}

/**
 * Combines leaf scores bottom-up with the sector's weights. A missing child is scored as the
 * bottom of the scale (`zero`) or left out with its siblings' weights renormalised
 * (`renormalise`); a branch whose children are all missing is itself missing.
 */
export function aggregateEntity(
  model: Compiled,
  entity: WorkingEntity,
): Map<number, NodeFigures> | null {
  const sector = entity.sector as CompiledSector;
  const scores = new Map<number, Dec | null>();
  const used = new Map<number, Dec>();
  let complete = true; // no child left out anywhere: the sector's shares hold as they are

  const visit = (node: CompiledNode): Dec | null => {
    if (node.leaf) {
      const score = entity.overrides[node.index] ?? entity.leafScores[node.index] ?? null;
      if (score === null && node.leaf.missing === 'zero') {
        entity.warnings.push(
          makeIssue('scored_as_zero', ['entities', entity.index, 'values', node.id], {
            id: node.id,
          }),
        );
        scores.set(node.index, model.min);
        return model.min;
      }
      scores.set(node.index, score);
      return score;
    }
    const children = sector.children[node.index] ?? [];
    const present: Array<{ index: number; score: Dec; weight: Dec }> = [];
    for (const c of children) {
      const score = visit(model.nodes[c] as CompiledNode);
      if (score === null) {
        complete = false;
        used.set(c, new Dec(0));
        const id = (model.nodes[c] as CompiledNode).id;
        entity.warnings.push(
          makeIssue('renormalised', ['entities', entity.index, 'values', id], { id }),
        );
      } else present.push({ index: c, score, weight: sector.weight[c] as Dec });
    }
    if (present.length === 0) {
      scores.set(node.index, null);
      return null;
    }
    const weights =
      present.length === children.length
        ? childShares(sector, node.index)
        : sharesWithin(present.map((p) => p.weight));
    present.forEach((p, i) => {
      used.set(p.index, weights[i] as Dec);
    });
    const outcome = (node.operator as NonNullable<CompiledNode['operator']>).apply(
      node.operatorSpec as { method: string },
      present.map((p) => p.score),
      weights,
    );
    if (!outcome.ok) {
      const child = model.nodes[
        present[Number(outcome.finding.path[0])]?.index ?? node.index
      ] as CompiledNode;
      entity.issues.push(
        makeIssue(outcome.finding.code, ['entities', entity.index, 'values', child.id], {
          ...outcome.finding.params,
        }),
      );
      scores.set(node.index, null);
      return null;
    }
    scores.set(node.index, outcome.value);
    return outcome.value;
  };

  const root = model.nodes[0] as CompiledNode;
  const total = visit(root);
  if (entity.issues.length > 0) return null;
  if (total === null) {
    entity.issues.push(
      makeIssue('all_missing', ['entities', entity.index, 'values'], { id: root.id }),
    );
    return null;
  }

  const figures = new Map<number, NodeFigures>();
  if (complete) {
    const shares = sectorShares(model, sector);
    for (const node of model.nodes) {
      if (!sector.active[node.index]) continue;
      figures.set(node.index, {
        score: scores.get(node.index) ?? null,
        weight: shares.weight[node.index] as Dec,
        effective: shares.effective[node.index] as Dec,
        additive: shares.additive[node.index] as boolean,
      });
    }
    return figures;
  }
  for (const node of model.nodes) {
    if (!sector.active[node.index]) continue;
    const parent = node.parent >= 0 ? (figures.get(node.parent) as NodeFigures) : null;
    const weight = parent ? (used.get(node.index) ?? new Dec(0)) : new Dec(1);
    const parentNode = node.parent >= 0 ? (model.nodes[node.parent] as CompiledNode) : null;
    figures.set(node.index, {
      score: scores.get(node.index) ?? null,
      weight,
      effective: parent ? parent.effective.times(weight) : new Dec(1),
      additive: parentNode
        ? (parent?.additive ?? true) && (parentNode.operator?.additive ?? false)
        : true,
    });
  }
  return figures;
}
