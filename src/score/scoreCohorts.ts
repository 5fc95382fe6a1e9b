import type { WorkingEntity } from '../entity/working.js';
import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';
import { treatCohort } from '../treat/treatCohort.js';
import type { TreatmentRecord } from '../treat/types.js';

/** What scoring the cohorts gave besides the leaf scores. */
export interface CohortOutcome {
  /** Batch-level warnings (`zero_range`, `outliers_remain` …). */
  readonly warnings: Issue[];
  /** One record per treated leaf and cohort, in tree order; `null` when the model treats nothing. */
  readonly treatments: TreatmentRecord[] | null;
}

/**
 * Scores the cohort-relative leaves. A cohort is the valid entities of one sector that use the
 * leaf (or of the whole batch, for `scope: 'all'`); invalid entities never influence anyone.
 * A leaf with a `treatment` has its cohort's values imputed and treated first.
 */
export function scoreCohorts(model: Compiled, entities: readonly WorkingEntity[]): CohortOutcome {
  const warnings: Issue[] = [];
  let treatments: TreatmentRecord[] | null = null;
  for (const node of model.nodes) {
    const leaf = node.leaf;
    if (leaf?.method.kind !== 'cohort') continue;
    if (leaf.treatment) treatments ??= [];
    // The caller passes only eligible, valid entities; a failed verification takes its value out.
    const users = entities.filter(
      (e) => e.sector?.active[node.index] && !(node.index in e.overrides),
    );
    const groups = new Map<string, WorkingEntity[]>();
    for (const e of users) {
      const key = leaf.scope === 'all' ? '*' : (e.sector?.id as string);
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
    for (const [key, members] of groups)
      warnings.push(...scoreGroup(node, key, members, treatments));
  }
  return { warnings, treatments };
}

function scoreGroup(
  node: CompiledNode,
  group: string,
  members: readonly WorkingEntity[],
  treatments: TreatmentRecord[] | null,
): Issue[] {
  const leaf = node.leaf;
  if (leaf?.method.kind !== 'cohort') return [];
  const where = group === '*' ? 'all' : group;
  const batchIssue = (f: { code: Parameters<typeof makeIssue>[0]; params?: object }) =>
    makeIssue(f.code, ['sectors', where, 'leaves', node.id], {
      leaf: node.id,
      ...(f.params as Record<string, string | number>),
    });
  const entityIssue = (
    index: number,
    f: {
      code: Parameters<typeof makeIssue>[0];
      path: readonly (string | number)[];
      params?: object;
    },
  ) => {
    const e = members[index] as WorkingEntity;
    e.issues.push(
      makeIssue(f.code, ['entities', e.index, 'values', node.id, ...f.path], {
        leaf: node.id,
        ...(f.params as Record<string, string | number>),
      }),
    );
  };
  let values = members.map((e) => e.numbers[node.index] ?? null);
  const warnings: Issue[] = [];
  if (leaf.treatment) {
    const treated = treatCohort(values, leaf.treatment);
    values = treated.values;
    treated.treated.forEach((t, i) => {
      if (t) (members[i] as WorkingEntity).treated[node.index] = t;
    });
    for (const { index, finding } of treated.errors) entityIssue(index, finding);
    warnings.push(...treated.warnings.map(batchIssue));
    treatments?.push({ leaf: node.id, group: where, ...treated.record });
  }
  const outcome = leaf.method.apply(leaf.input.scoring, values, leaf.ctx);
  members.forEach((e, i) => {
    e.leafScores[node.index] = (outcome.scores[i] ?? null) as Dec | null;
  });
  for (const { index, finding } of outcome.errors) entityIssue(index, finding);
  return [...warnings, ...outcome.warnings.map(batchIssue)];
}
