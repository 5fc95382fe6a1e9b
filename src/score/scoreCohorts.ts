import type { WorkingEntity } from '../entity/working.js';
import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';

/**
 * Scores the cohort-relative leaves. A cohort is the valid entities of one sector that use the
 * leaf (or of the whole batch, for `scope: 'all'`); invalid entities never influence anyone.
 * Returns batch-level warnings (zero range …).
 */
export function scoreCohorts(model: Compiled, entities: readonly WorkingEntity[]): Issue[] {
  const warnings: Issue[] = [];
  for (const node of model.nodes) {
    const leaf = node.leaf;
    if (leaf?.method.kind !== 'cohort') continue;
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
    for (const [key, members] of groups) warnings.push(...scoreGroup(node, key, members));
  }
  return warnings;
}

function scoreGroup(node: CompiledNode, group: string, members: readonly WorkingEntity[]): Issue[] {
  const leaf = node.leaf;
  if (leaf?.method.kind !== 'cohort') return [];
  const values = members.map((e) => e.numbers[node.index] ?? null);
  const outcome = leaf.method.apply(leaf.input.scoring, values, leaf.ctx);
  members.forEach((e, i) => {
    e.leafScores[node.index] = (outcome.scores[i] ?? null) as Dec | null;
  });
  for (const { index, finding } of outcome.errors) {
    const e = members[index] as WorkingEntity;
    e.issues.push(
      makeIssue(finding.code, ['entities', e.index, 'values', node.id, ...finding.path], {
        leaf: node.id,
        ...finding.params,
      }),
    );
  }
  const where = group === '*' ? 'all' : group;
  return outcome.warnings.map((f) =>
    makeIssue(f.code, ['sectors', where, 'leaves', node.id], { leaf: node.id, ...f.params }),
  );
}
