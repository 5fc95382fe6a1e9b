import type { PanelResult } from './_aggregatePanelExact.js';
import { aggregatePanelExact } from './_aggregatePanelExact.js';
import type { ExpertScore, PanelRule } from './types.js';

export type { PanelFigures, PanelResult } from './_aggregatePanelExact.js';

/**
 * Combines the scores of an expert panel on one leaf by the panel rule: mean, median, or trimmed
 * mean (专家评审：去掉一个最高分和一个最低分，取其余平均).
 *
 * - `mean`: the plain mean.
 * - `median`: the middle score; for an even count, the mean of the two middle scores.
 * - `trimmed`: with at least `trimFrom` scores (default 2·trim + 1), drop the `trim` highest and the
 *   `trim` lowest (default 1) and take the mean of the rest; with fewer, the plain mean, and
 *   `method` says `'mean'`. A tied extreme loses only one copy per trimmed position: with trim 1,
 *   [90, 90, 80, 70, 60] drops one 90 and the 60. Which copy is marked is fixed, and matters only
 *   for the audit display: the highs are chosen first, the last copies in input order; then the
 *   lows among the remaining scores, again the last copies in input order.
 *
 * The spread is max − min of all scores (dropped ones included); it flags the leaf when it is
 * strictly above `maxSpread` (a spread of exactly 30 under a limit of 30 is not flagged). All
 * arithmetic is exact decimal.
 *
 * Source: domain §6.9 — a panel of at least 5 experts (7 preferred); n ≥ 5: drop one highest and
 * one lowest and mean the rest; n = 3–4: plain mean; n < 3: invalid; max − min > 30 points: panel
 * discussion and one re-scoring round. That is
 * `{ method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 }`. Dropping the highest and
 * lowest score is the common Chinese practice for expert review (去掉一个最高分和一个最低分), and
 * 市长质量奖 panels have at least 5 experts.
 *
 * @param scores - one `{ expert, score }` per expert: scores are numbers or decimal strings, expert
 *   ids non-empty and distinct
 * @param rule - the panel rule (see {@link PanelRule})
 * @returns the panel score, the method applied, every score with what was dropped, the untrimmed
 *   mean, the spread and whether it is flagged
 * @throws {@link YoupinError} `too_few_values` (fewer scores than `minSize`, or none),
 *   `duplicate_id` or `unknown_expert` (an expert not in `rule.experts`; both at
 *   `['scores', i, 'expert']`), `not_finite` / `not_a_number` (at
 *   `['scores', i, 'score']`), or zod codes for a bad entry (an empty expert id, an unknown key) or a
 *   bad rule (under `['rule']`); every issue is collected before throwing
 * @example
 * ```ts
 * import { aggregatePanel } from 'youpin';
 * const rule = { method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 } as const;
 * const scores = [
 *   { expert: 'A', score: 90 },
 *   { expert: 'B', score: 90 },
 *   { expert: 'C', score: 80 },
 *   { expert: 'D', score: 70 },
 *   { expert: 'E', score: 60 },
 * ];
 * aggregatePanel(scores, rule).value; // → '80'
 * aggregatePanel(scores, rule).scores.map((s) => s.dropped); // → [ null, 'high', null, null, 'low' ]
 * aggregatePanel(scores, rule).untrimmedMean; // → '78'
 * aggregatePanel(scores, rule).flagged; // → false  (a spread of 30 is not above 30)
 * aggregatePanel(scores.slice(0, 4), rule).method; // → 'mean'
 * aggregatePanel(scores.slice(0, 4), rule).value; // → '82.5'
 * aggregatePanel(scores, { method: 'median' }).value; // → '80'
 * ```
 */
export function aggregatePanel(scores: readonly ExpertScore[], rule: PanelRule): PanelResult {
  return aggregatePanelExact(scores, rule).result;
}
