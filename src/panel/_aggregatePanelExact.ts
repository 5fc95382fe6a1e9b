import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { parseInput } from '../error/parseInput.js';
import { Dec } from '../numeric/decimal.js';
import { toFloat } from '../numeric/floatTwin.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { readNumber } from '../numeric/readNumber.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import { ENTITY_LIMITS } from '../primitives/ENTITY_LIMITS.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { panelRuleSchema } from './panelRuleSchema.js';
import type { ExpertScore, PanelRule } from './types.js';

/** The figures of {@link aggregatePanel}. */
export interface PanelFigures {
  /** The panel's score. */
  readonly value: string;
  /** The plain mean of all scores (a tie-break in domain §6.9). */
  readonly untrimmedMean: string;
  /** max − min of all scores. */
  readonly spread: string;
}

/**
 * What {@link aggregatePanel} returns (the shape of every method, see {@link MethodResult}):
 * `method` is the rule actually applied ('mean' when a trimmed rule fell back below `trimFrom`);
 * the figures as exact strings and numbers (clamped to ±Number.MAX_VALUE, never Infinity); every
 * score with what was dropped, for audit; a `panel_flagged` warning when the spread is above the
 * limit. A report keeps this result on each panel leaf.
 */
export interface PanelResult
  extends MethodResult<'mean' | 'median' | 'trimmed', PanelFigures, Issue> {
  /** How many experts scored. */
  readonly size: number;
  /** Every score in input order, with the copies a trimmed mean dropped, for audit. */
  readonly scores: ReadonlyArray<{
    readonly expert: string;
    readonly score: string;
    readonly dropped: 'high' | 'low' | null;
  }>;
  /** spread > maxSpread: the leaf should be discussed and re-scored. */
  readonly flagged: boolean;
}

const scoresSchema = z.array(z.unknown());
const entrySchema = z.strictObject({
  expert: z.string().check(z.minLength(1)),
  score: z.unknown(),
});

/**
 * {@link aggregatePanel} with the panel's value at full precision, for the scoring pipeline: the
 * published `value` string is settled to 28 digits, too few to feed further arithmetic (a mean of
 * thirds must not move a total that lies exactly on a rounding boundary).
 */
export function aggregatePanelExact(
  scores: readonly ExpertScore[],
  rule: PanelRule,
): { result: PanelResult; value: Dec } {
  const issues: Issue[] = [];
  if (Array.isArray(scores) && scores.length > ENTITY_LIMITS.expertScores) {
    throwIfIssues([
      makeIssue('too_large', ['scores'], {
        what: 'expert scores on one leaf',
        whatZh: '同一指标的专家评分',
        count: scores.length,
        max: ENTITY_LIMITS.expertScores,
      }),
    ]);
  }
  const parsedRule = parseInput(panelRuleSchema, rule);
  if (!parsedRule.success) issues.push(...fromZod(parsedRule.error.issues, ['rule']));
  const parsedScores = parseInput(scoresSchema, scores);
  if (!parsedScores.success) {
    issues.push(...fromZod(parsedScores.error.issues, ['scores']));
    throwIfIssues(issues);
  }

  const seen = new Set<string>();
  const roster = parsedRule.success ? parsedRule.data.experts : undefined;
  const entries = (scores as readonly unknown[]).map((entry, i) => {
    const parsed = parseInput(entrySchema, entry);
    if (!parsed.success) {
      issues.push(...fromZod(parsed.error.issues, ['scores', i]));
      if (typeof entry !== 'object' || entry === null) return { expert: '', value: new Dec(0) };
    }
    const { expert, score } = entry as { expert?: unknown; score?: unknown };
    const id = typeof expert === 'string' ? expert : '';
    if (id !== '' && seen.has(id)) {
      issues.push(makeIssue('duplicate_id', ['scores', i, 'expert'], { id }));
    }
    if (id !== '' && roster && !roster.includes(id)) {
      issues.push(
        makeIssue('unknown_expert', ['scores', i, 'expert'], {
          expert: id,
          allowed: roster.join(', '),
        }),
      );
    }
    seen.add(id);
    const read = readNumber(score);
    if (!read.ok)
      issues.push(makeIssue(read.finding.code, ['scores', i, 'score'], read.finding.params));
    return { expert: id, value: read.ok ? read.value : new Dec(0) };
  });

  const min = Math.max(parsedRule.success ? (parsedRule.data.minSize ?? 1) : 1, 1);
  if (entries.length < min) {
    issues.push(makeIssue('too_few_values', ['scores'], { method: 'expert panel', min }));
  }
  throwIfIssues(issues);
  return combine(
    entries.map((e) => e.expert),
    entries.map((e) => e.value),
    parsedRule.data as PanelRule,
  );
}

function combine(
  experts: readonly string[],
  xs: readonly Dec[],
  rule: PanelRule,
): { result: PanelResult; value: Dec } {
  const n = xs.length;
  // Sums run over the sorted values, so reordering the experts cannot change a digit.
  const sorted = [...xs].sort((a, b) => a.comparedTo(b));
  const low = sorted[0] as Dec;
  const high = sorted[n - 1] as Dec;
  const spread = high.minus(low);
  const untrimmedMean = mean(sorted);
  const dropped: Array<'high' | 'low' | null> = xs.map(() => null);
  let method: PanelResult['method'] = rule.method;
  let value = untrimmedMean;

  if (rule.method === 'median') {
    const mid = Math.floor(n / 2);
    value =
      n % 2 === 1 ? (sorted[mid] as Dec) : (sorted[mid - 1] as Dec).plus(sorted[mid] as Dec).div(2);
  } else if (rule.method === 'trimmed') {
    const trim = rule.trim ?? 1;
    if (n < (rule.trimFrom ?? 2 * trim + 1)) {
      method = 'mean';
    } else {
      const indices = xs.map((_, i) => i);
      // Ties go to the later expert in input order: highs first, then lows among the rest.
      const highs = [...indices]
        .sort((i, j) => (xs[j] as Dec).comparedTo(xs[i] as Dec) || j - i)
        .slice(0, trim);
      for (const i of highs) dropped[i] = 'high';
      const lows = indices
        .filter((i) => dropped[i] === null)
        .sort((i, j) => (xs[i] as Dec).comparedTo(xs[j] as Dec) || j - i)
        .slice(0, trim);
      for (const i of lows) dropped[i] = 'low';
      value = mean(sorted.slice(trim, n - trim));
    }
  }

  const maxSpread = rule.maxSpread === undefined ? undefined : parseDecimal(rule.maxSpread);
  const figures: PanelFigures = {
    value: exactString(value),
    untrimmedMean: exactString(untrimmedMean),
    spread: exactString(spread),
  };
  const flagged = maxSpread !== undefined && spread.greaterThan(maxSpread);
  const trim = rule.method === 'trimmed' ? (rule.trim ?? 1) : 0;
  const published: PanelResult = {
    method,
    variant:
      method === 'trimmed'
        ? `trimmed mean, ${trim} dropped at each end`
        : method === 'median'
          ? 'median'
          : 'mean',
    ...figures,
    size: n,
    scores: xs.map((x, i) => ({
      expert: experts[i] as string,
      score: exactString(x),
      dropped: dropped[i] ?? null,
    })),
    flagged,
    warnings: flagged
      ? [
          makeIssue('panel_flagged', ['scores'], {
            leaf: 'this leaf',
            leafZh: '',
            spread: figures.spread,
            limit: String(rule.maxSpread),
          }),
        ]
      : [],
    // A score of "1e400" is exact as a string but Infinity as a JS number: the twin clamps it to
    // the largest finite one, so that no report carries Infinity (the string stays exact).
    // (floatTwin's recursion is not needed for three figures, nor in a browser bundle of score.)
    numbers: {
      value: toFloat(figures.value),
      untrimmedMean: toFloat(figures.untrimmedMean),
      spread: toFloat(figures.spread),
    },
  };
  return { result: published, value };
}

function mean(values: readonly Dec[]): Dec {
  return values.reduce((a, v) => a.plus(v), new Dec(0)).div(values.length);
}
