import type { RuleContext } from './evaluateCondition.js';

/**
 * What the rules of one entity read: its facts, typed by their declarations (the leaves that rules
 * read are among them), series by year, events.
 */
export function ruleContext(
  entity: {
    readonly facts: Readonly<Record<string, unknown>>;
    readonly values: Readonly<Record<string, unknown>>;
    readonly series: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    readonly events: RuleContext['events'];
  },
  evaluationDate: string,
): RuleContext {
  return {
    fact: (name) => (Object.hasOwn(entity.facts, name) ? entity.facts[name] : undefined),
    series: (name, year) => {
      const record = Object.hasOwn(entity.series, name) ? entity.series[name] : undefined;
      return record && Object.hasOwn(record, String(year)) ? record[String(year)] : undefined;
    },
    events: entity.events,
    evaluationDate,
  };
}
