import { checkObject } from '../error/checkArgument.js';
import type { Issue } from '../error/issue.js';
import type { Label } from '../model/types.js';
import type { EntityResult, EntityStatus } from '../score/types.js';
import type { SelectionResult } from '../select/types.js';
import { isNoticeCode } from './_notices.js';

/**
 * How much of each applicant a serialised report holds:
 * - `summary`: status, published total, ranks, selection and the codes of the reasons — what a
 *   公示 list or a dashboard needs (about 0.3 KB per applicant of the 聊城优品 preset);
 * - `standard`: the summary, every node's published score, the issues and warnings with their
 *   messages, the rules that did not pass and the adjustments applied;
 * - `full`: the {@link EntityResult} as `score` returns it (what `explain` and `toHtml` read).
 *
 * `summary` and `standard` hold published figures only, which both engines give alike: the same
 * batch gives the same text whichever engine scored it, in memory or streamed from a file.
 */
export type Detail = 'summary' | 'standard' | 'full';

/** Why an applicant has its status, as codes and ids (the `summary` of a report). */
export interface ReasonCodes {
  /** The codes of the row's issues (an `invalid` applicant's reasons). */
  readonly issues: readonly string[];
  /** Gates that failed, or could not be checked for want of a fact (`ineligible`). */
  readonly failedGates: readonly string[];
  readonly uncheckedGates: readonly string[];
  /** Vetoes that fired (`vetoed`). */
  readonly firedVetoes: readonly string[];
  /** Notices that need action before publication (`noticesOf`), by code, each once. */
  readonly notices: readonly string[];
}

/** One applicant at `summary` detail. */
export interface EntitySummary {
  readonly index: number;
  readonly id: string | null;
  readonly name: string | Label | null;
  readonly sector: string | null;
  readonly status: EntityStatus;
  readonly total: string | null;
  readonly rank: EntityResult['rank'];
  readonly selection: SelectionResult | null;
  readonly reasons: ReasonCodes;
}

/** One applicant at `standard` detail. */
export interface EntityStandard extends EntitySummary {
  /** Every active node's published score, by node id, in tree order. */
  readonly scores: Readonly<Record<string, string | null>>;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** The gates that did not pass and the vetoes that did not clear (with what they read). */
  readonly eligibility: EntityResult['eligibility'];
  /** The bonus and penalty points applied to the total. */
  readonly adjustments: EntityResult['adjustments']['applied'];
}

/**
 * An applicant of a report at the given detail (`full` returns it as it is, and so does an
 * applicant already reduced). `reportChunks` serialises a whole report this way.
 *
 * @param entity - an applicant of a report from `score`
 * @param detail - `summary`, `standard` or `full`
 * @returns the applicant at that detail
 * @example
 * ```ts
 * import { entityAtDetail, score } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const report = score(liaocheng2024, [
 *   { id: 'A', sector: 'services', values: {}, facts: { years_operating: 2 } },
 * ]);
 * const a = entityAtDetail(report.entities[0]!, 'summary');
 * [a.status, a.reasons.failedGates.length > 0]; // → [ 'ineligible', true ]
 * ```
 */
export function entityAtDetail(
  entity: EntityResult | EntitySummary | EntityStandard,
  detail: Detail,
): EntitySummary | EntityStandard | EntityResult {
  checkObject(entity, 'entity');
  // Already reduced (a summary or standard applicant has no nodes): kept as it is.
  if (detail === 'full' || !('nodes' in entity)) return entity;
  const summary: EntitySummary = {
    index: entity.index,
    id: entity.id,
    name: entity.name,
    sector: entity.sector,
    status: entity.status,
    total: entity.total,
    rank: entity.rank,
    selection: entity.selection,
    reasons: reasonCodes(entity),
  };
  if (detail === 'summary') return summary;
  const scores: Record<string, string | null> = {};
  // defineProperty: a node may be called `__proto__`, which a plain assignment would not keep.
  for (const node of entity.nodes)
    Object.defineProperty(scores, node.id, {
      value: node.score,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return {
    ...summary,
    scores,
    issues: entity.issues,
    warnings: entity.warnings,
    eligibility: {
      gates: entity.eligibility.gates.filter((g) => g.result !== 'passed' && g.result !== 'exempt'),
      vetoes: entity.eligibility.vetoes.filter(
        (v) => v.result !== 'clear' && v.result !== 'exempt',
      ),
    },
    adjustments: entity.adjustments.applied,
  };
}

function reasonCodes(entity: EntityResult): ReasonCodes {
  const rules = (list: EntityResult['eligibility']['gates'], result: string) =>
    list.filter((r) => r.result === result).map((r) => r.rule);
  // Only a scored applicant's warnings are notices (noticesOf): the others are not published.
  const notices = new Set<string>();
  if (entity.status === 'scored')
    for (const w of entity.warnings) if (isNoticeCode(w.code)) notices.add(w.code);
  return {
    issues: [...new Set(entity.issues.map((i) => i.code))],
    failedGates: rules(entity.eligibility.gates, 'failed'),
    uncheckedGates: rules(entity.eligibility.gates, 'unknown'),
    firedVetoes: rules(entity.eligibility.vetoes, 'fired'),
    notices: [...notices],
  };
}
