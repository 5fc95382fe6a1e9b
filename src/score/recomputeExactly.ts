import { aggregateEntity } from '../entity/aggregateEntity.js';
import type { WorkingEntity } from '../entity/working.js';
import { readLeafValue } from '../intake/readLeafValue.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import { Dec } from '../numeric/decimal.js';
import type { PanelResult } from '../panel/aggregatePanel.js';
import { applyAdjustments } from './applyAdjustments.js';
import { fuseSources } from './fuseSources.js';
import { publishFigures } from './publishFigures.js';
import { entityResult } from './safeScore.js';
import type { EntityResult } from './types.js';

/** Whether the fast path decided this applicant in float64 (it has no unrounded figures). */
export function decidedInFloat(entity: EntityResult): boolean {
  return entity.status === 'scored' && entity.totalExact === null;
}

/**
 * The exact engine's result for an applicant the fast path decided, rebuilt from what the report
 * keeps: the raw value of every leaf (and, for a cohort leaf, its exact score, which the fast
 * path computes before the kernel runs), the panels, verifications, rules, ranks and selection.
 * The kernel only takes models without adjustments or fusion and applicants with every leaf
 * present, so the leaves' exact scores and the tree's weights decide everything else; the
 * published figures are those the report already has. Any other entity is returned as it is.
 */
export function recomputeExactly(
  model: Compiled,
  entity: EntityResult,
  evaluationDate: string | null,
): EntityResult {
  if (!decidedInFloat(entity)) return entity;
  const sector = entity.sector === null ? undefined : model.sectors.get(entity.sector);
  if (!sector) return entity;
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const working: WorkingEntity = {
    index: entity.index,
    id: entity.id,
    name: entity.name,
    sector,
    issues: [...entity.issues],
    warnings: [...entity.warnings],
    raw: [],
    leafScores: [],
    deferred: [],
    numbers: [],
    overrides: [],
    panels: [],
    verification: [],
    treated: [],
    facts: {},
    series: {},
    events: [],
    values: {},
    unreadable: false,
    gates: [...entity.eligibility.gates],
    vetoes: [...entity.eligibility.vetoes],
  };
  for (const n of entity.nodes) {
    const node = byId.get(n.id) as CompiledNode;
    if (n.panel) working.panels[node.index] = n.panel as PanelResult;
    if (n.verification) working.verification[node.index] = n.verification;
    if (n.treated) working.treated[node.index] = n.treated;
    if (!node.leaf) continue;
    working.raw[node.index] = n.value;
    working.leafScores[node.index] = leafScore(node, n.value, n.exact);
  }
  const figures = aggregateEntity(model, working);
  if (!figures) return entity;
  const fusion = fuseSources(model, figures);
  const root = fusion?.total ?? figures.get(0)?.score;
  if (!root) return entity;
  return entityResult(
    model,
    working,
    figures,
    publishFigures(figures, model.rounding),
    fusion,
    applyAdjustments(model, working, root, evaluationDate),
    { sector: entity.rank.sector, overall: entity.rank.overall, selection: entity.selection },
  );
}

// A cohort leaf's exact score is in the report; an absolute leaf's comes from its raw value.
function leafScore(node: CompiledNode, value: unknown, exact: string | null): Dec | null {
  if (exact !== null) return new Dec(exact);
  const read = readLeafValue(node, value);
  const outcome = read.ok ? node.leaf?.score?.(read.value) : undefined;
  return outcome?.ok ? outcome.score : null;
}
