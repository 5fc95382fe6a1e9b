import { evaluateCondition, type RuleContext } from './evaluateCondition.js';
import type { RuleInput, RuleOutcome } from './types.js';

/** Applies one gate or veto to one entity: exemption first, then the rule's condition. */
export function applyRule(rule: RuleInput, kind: 'gate' | 'veto', ctx: RuleContext): RuleOutcome {
  if (rule.exempt) {
    const exempt = evaluateCondition(rule.exempt, ctx);
    if (exempt.value === true) {
      return {
        rule: rule.id,
        kind,
        result: 'exempt',
        facts: exempt.read,
        missing: [],
        unreadable: [],
        firedOn: null,
      };
    }
  }
  const r = evaluateCondition(rule.when, ctx);
  // A rule that needs a present but unreadable value decides nothing: the row is invalid instead.
  const result =
    r.value === null && r.unreadable.length > 0
      ? 'unreadable'
      : r.value === null
        ? 'unknown'
        : kind === 'gate'
          ? r.value
            ? 'passed'
            : 'failed'
          : r.value
            ? 'fired'
            : 'clear';
  return {
    rule: rule.id,
    kind,
    result,
    facts: r.read,
    missing: r.missing,
    unreadable: r.unreadable,
    firedOn: result === 'fired' ? r.firedOn : null,
  };
}
