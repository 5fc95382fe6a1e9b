import type { Issue } from '../error/issue.js';
import { isYoupinError } from '../error/isYoupinError.js';
import { makeIssue } from '../error/messages.js';
import type { SafeResult } from '../error/SafeResult.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Model } from '../model/Model.js';
import type { ModelInput } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import { exactString } from '../numeric/settle.js';
import { aggregateEntity, type NodeFigures } from './aggregateEntity.js';
import { competitionRanks } from './competitionRanks.js';
import { isMissing, readEntities } from './readEntities.js';
import { resolveModel } from './resolveModel.js';
import { scoreCohorts } from './scoreCohorts.js';
import type {
  EntityInput,
  EntityResult,
  NodeResult,
  Report,
  ScoreOptions,
  ValueInput,
} from './types.js';
import type { WorkingEntity } from './working.js';

/**
 * Scores a batch like {@link score}, but returns a bad model, a batch that is not an array, or
 * (with `strict`) invalid entities as `{ success: false, error }` instead of throwing.
 *
 * @param model - a model from `defineModel`, or a model definition (defined on the way)
 * @param entities - the applicants
 * @param options - `strict`: fail when any entity is invalid
 * @returns `{ success: true, data: report }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeScore } from 'youpin';
 * const result = safeScore({ id: 'broken' }, []);
 * result.success; // → false
 * ```
 */
export function safeScore(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: ScoreOptions = {},
): SafeResult<Report> {
  try {
    return { success: true, data: run(model, entities, options) };
  } catch (error) {
    if (isYoupinError(error)) return { success: false, error };
    throw error;
  }
}

function run(
  input: Model | ModelInput,
  rows: readonly EntityInput[],
  options: ScoreOptions,
): Report {
  const model = resolveModel(input);
  if (!Array.isArray(rows)) throw new YoupinError([makeIssue('invalid_batch', ['entities'])]);

  const working = readEntities(model, rows);
  const warnings = scoreCohorts(model, working);
  const figures = working.map((e) => (e.issues.length === 0 ? aggregateEntity(model, e) : null));

  const totals = figures.map((f) => {
    const root = f?.get(0)?.score;
    return root ? new Dec(roundForPublication(root, model.rounding)) : null;
  });
  const overall = competitionRanks(totals);
  const bySector = new Map<number, number | null>();
  for (const sector of model.sectorIds) {
    const members = working
      .map((e, i) => (e.sector?.id === sector && totals[i] ? i : -1))
      .filter((i) => i >= 0);
    const ranks = competitionRanks(members.map((i) => totals[i] as Dec));
    members.forEach((i, k) => {
      bySector.set(i, ranks[k] ?? null);
    });
  }

  const entities = working.map((e, i) =>
    entityResult(model, e, figures[i] ?? null, {
      sector: bySector.get(i) ?? null,
      overall: overall[i] ?? null,
    }),
  );
  const invalid = entities.filter((e) => e.status === 'invalid');
  if (options.strict && invalid.length > 0) {
    const issues = invalid.flatMap((e) => e.issues);
    throw new YoupinError([
      makeIssue('invalid_entities', ['entities'], { count: invalid.length }),
      ...issues,
    ]);
  }
  return {
    model: { id: model.model.id, version: model.model.version },
    scale: model.model.scale,
    rounding: model.rounding,
    counts: {
      entities: entities.length,
      scored: entities.length - invalid.length,
      invalid: invalid.length,
    },
    warnings,
    entities,
  };
}

function entityResult(
  model: Compiled,
  e: WorkingEntity,
  figures: Map<number, NodeFigures> | null,
  rank: EntityResult['rank'],
): EntityResult {
  const nodes: NodeResult[] = [];
  if (e.sector) {
    for (const node of model.nodes) {
      if (!e.sector.active[node.index]) continue;
      nodes.push(nodeResult(model, node, e, figures?.get(node.index) ?? null));
    }
  }
  const root = figures?.get(0)?.score ?? null;
  const scored = root !== null && e.issues.length === 0;
  return {
    index: e.index,
    id: e.id,
    name: e.name,
    sector: e.sector?.id ?? null,
    status: scored ? 'scored' : 'invalid',
    issues: e.issues as Issue[],
    warnings: e.warnings,
    total: scored ? roundForPublication(root, model.rounding) : null,
    totalExact: scored ? exactString(root) : null,
    rank: scored ? rank : { sector: null, overall: null },
    nodes,
  };
}

function nodeResult(
  model: Compiled,
  node: CompiledNode,
  e: WorkingEntity,
  f: NodeFigures | null,
): NodeResult {
  const sector = e.sector as NonNullable<WorkingEntity['sector']>;
  const parent = node.parent >= 0 ? (model.nodes[node.parent] as CompiledNode).id : null;
  const raw: ValueInput = node.leaf ? (e.raw.get(node.index) ?? null) : null;
  const score = f?.score ?? null;
  return {
    id: node.id,
    parent,
    kind: node.leaf ? 'leaf' : 'branch',
    value: raw,
    // A leaf is missing when its value is (even if the `zero` policy scored it); a branch when
    // nothing under it could be scored.
    missing: node.leaf ? isMissing(e.raw.get(node.index)) : f !== null && score === null,
    score: score === null ? null : roundForPublication(score, model.rounding),
    exact: score === null ? null : exactString(score),
    weight: exactString(f ? f.weight : (sector.weight[node.index] as Dec)),
    effectiveWeight: exactString(f ? f.effective : (sector.effective[node.index] as Dec)),
    contribution: f && score !== null && f.additive ? exactString(f.effective.times(score)) : null,
  };
}
