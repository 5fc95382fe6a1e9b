import { readEntities } from '../entity/readEntities.js';
import type { EntityInput } from '../entity/types.js';
import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Model } from '../model/Model.js';
import { resolveModel } from '../model/resolveModel.js';
import type { ModelInput } from '../model/types.js';
import { showValue } from '../numeric/showValue.js';
import { applyRule } from '../rules/applyRule.js';
import { isIsoDate } from '../rules/dates.js';
import { ruleContext } from '../rules/ruleContext.js';
import type { RuleOutcome } from '../rules/types.js';

/** Options of {@link revocations}. */
export interface RevocationOptions {
  /** The date of the check (YYYY-MM-DD): look-backs count back from it. */
  readonly asOf: string;
  /** Only events after this date count (the award date): earlier ones were judged at selection. */
  readonly since?: string | undefined;
}

/** One listed brand's check. */
export interface RevocationResult {
  readonly index: number;
  readonly id: string | null;
  /** True when a veto fired: the title must be revoked (撤销). */
  readonly revoke: boolean;
  /** The vetoes that fired, with the facts and events they read and the date each fired. */
  readonly fired: readonly RuleOutcome[];
  /** The earliest date on which a veto fired (null for fact-based vetoes, which hold as of `asOf`). */
  readonly firedOn: string | null;
  /** Problems with the row (an unknown sector, a bad event date); such a row is not checked. */
  readonly issues: readonly Issue[];
}

/**
 * Runs a model's vetoes again, after the award, against new events (动态管理): which listed
 * brands must have their title revoked, and since when. The same rules as at selection, so a
 * title is never revoked by a rule the applicant could not read.
 *
 * @param model - the model the brands were selected with (or its definition)
 * @param entities - the listed brands with their current facts and events
 * @param options - `asOf` (the date of the check) and `since` (only events after it count)
 * @returns one result per input row, in input order
 * @throws {@link YoupinError} `invalid_date` for a bad `asOf` or `since`, `invalid_batch`
 * @example
 * ```ts
 * import { revocations } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const [check] = revocations(liaocheng2024, [
 *   { id: 'M001', sector: 'manufacturing', values: {}, facts: {},
 *     events: [{ type: 'quality_accident', date: '2025-06-01', severity: 'major' }] },
 * ], { asOf: '2025-12-31', since: '2024-09-09' });
 * check?.revoke; // → true
 * check?.firedOn; // → '2025-06-01'
 * ```
 */
export function revocations(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: RevocationOptions,
): RevocationResult[] {
  options ??= {} as RevocationOptions; // none (or null): the date it needs is said to be missing
  const issues: Issue[] = [];
  if (!isIsoDate(options.asOf))
    issues.push(makeIssue('invalid_date', ['options', 'asOf'], { value: showValue(options.asOf) }));
  if (options.since !== undefined && !isIsoDate(options.since)) {
    issues.push(
      makeIssue('invalid_date', ['options', 'since'], { value: showValue(options.since) }),
    );
  }
  if (!Array.isArray(entities)) issues.push(makeIssue('invalid_batch', ['entities']));
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);

  const compiled = resolveModel(model);
  return readEntities(compiled, entities).map((e) => {
    const problems = e.issues.filter(
      (i) => i.path[2] === 'sector' || i.path[2] === 'events' || i.path.length <= 2,
    );
    if (!e.sector || problems.length > 0) {
      return {
        index: e.index,
        id: e.id,
        revoke: false,
        fired: [],
        firedOn: null,
        issues: e.issues,
      };
    }
    const since = options.since;
    const events = since === undefined ? e.events : e.events.filter((ev) => ev.date > since);
    const ctx = ruleContext({ ...e, events }, options.asOf);
    const sector = e.sector.id;
    const fired = compiled.vetoes
      .filter((v) => !v.sectors || v.sectors.includes(sector))
      .map((v) => applyRule(v, 'veto', ctx))
      .filter((o) => o.result === 'fired');
    const dates = fired
      .map((o) => o.firedOn)
      .filter((d): d is string => d !== null)
      .sort();
    return {
      index: e.index,
      id: e.id,
      revoke: fired.length > 0,
      fired,
      firedOn: dates[0] ?? null,
      issues: [],
    };
  });
}
