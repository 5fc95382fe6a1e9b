import type { WorkingEntity } from '../entity/working.js';
import { makeIssue } from '../error/messages.js';
import type { Compiled } from '../model/compiled.js';
import { applyRule } from '../rules/applyRule.js';
import { futureEvents } from '../rules/futureEvents.js';
import { ruleContext } from '../rules/ruleContext.js';

/**
 * Runs the gates and vetoes that apply to the entity's sector. A veto already fired by a failed
 * verification (false material) keeps its `fired` result, with the rule's own reading added.
 */
export function checkEligibility(
  model: Compiled,
  entity: WorkingEntity,
  evaluationDate: string | null,
): void {
  const sector = entity.sector?.id;
  if (!sector) return;
  entity.warnings.push(...futureEvents(entity, evaluationDate));
  const ctx = ruleContext(entity, evaluationDate ?? '9999-12-31');
  const applies = (sectors: readonly string[] | undefined) => !sectors || sectors.includes(sector);
  for (const gate of model.gates)
    if (applies(gate.sectors)) entity.gates.push(applyRule(gate, 'gate', ctx));
  const fromVerification = new Map(entity.vetoes.map((v) => [v.rule, v]));
  entity.vetoes.length = 0;
  for (const veto of model.vetoes) {
    if (!applies(veto.sectors) && !fromVerification.has(veto.id)) continue;
    const outcome = applyRule(veto, 'veto', ctx);
    const forced = fromVerification.get(veto.id);
    entity.vetoes.push(
      forced
        ? { ...outcome, result: 'fired', facts: { ...outcome.facts, ...forced.facts } }
        : outcome,
    );
    if (outcome.result === 'unknown') {
      entity.warnings.push(
        makeIssue('veto_unknown', ['entities', entity.index], {
          rule: veto.id,
          missing: outcome.missing.join(', '),
        }),
      );
    }
  }
}
