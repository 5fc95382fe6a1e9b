import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { readNumber } from '../numeric/readNumber.js';
import { exactString } from '../numeric/settle.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { DecimalInput, Direction, ScoringSpec } from '../primitives/types.js';
import { variantOf } from './_variant.js';
import type { LeafContext } from './method.js';
import { decimalSchema } from './methods/_shared.js';
import { scoringMethods } from './registry.js';

/** Options of {@link normalise}. */
export interface NormaliseOptions {
  /** Default `higher`. */
  readonly direction?: Direction | undefined;
  /** Default 0–100. */
  readonly scale?: { readonly min: DecimalInput; readonly max: DecimalInput } | undefined;
}

/** A scoring method by its primary name (the deprecated `distanceToBest` is reported as `max`). */
export type NormaliseMethod = Exclude<ScoringSpec['method'], 'distanceToBest'>;

/**
 * The figures a cohort method computed the scores from, exact; `{}` for an absolute method or a
 * cohort with no value.
 */
export interface NormaliseStatistics {
  /** `minmax`, `max`: the smallest value of the cohort (values in error left out). */
  readonly min?: string;
  /** `minmax`, `max`: the largest value of the cohort. */
  readonly max?: string;
  /** `minmax` with `transform: 'log'`: ln min. */
  readonly lnMin?: string;
  /** `minmax` with `transform: 'log'`: ln max. */
  readonly lnMax?: string;
  /** `zscore`: the mean of the cohort. */
  readonly mean?: string;
  /** `zscore`: the sd it divided by, population or sample as the spec says (absent for one value with the sample sd). */
  readonly sd?: string;
  /** `vector`: the norm √(Σ x²). */
  readonly norm?: string;
  /** `rank`: each value's rank, 1 = best, ties sharing the average of their ranks; `null` where missing. */
  readonly fractionalRanks?: ReadonlyArray<string | null>;
}

/** The figures of {@link normalise}. */
export interface NormaliseFigures {
  /** The scores, aligned with the values; `null` where the value was missing. */
  readonly scores: ReadonlyArray<string | null>;
  /** What a cohort method computed them from (see {@link NormaliseStatistics}). */
  readonly statistics: NormaliseStatistics;
}

/**
 * What {@link normalise} returns (the shape of every method, see {@link MethodResult}): the
 * scores and the cohort statistics as exact strings, the same as numbers, and the warnings of
 * the degenerate-but-decided cases (`zero_range`, `zero_sd`, `zero_norm`, `too_few_values`).
 */
export type NormaliseResult = MethodResult<NormaliseMethod, NormaliseFigures, Issue>;

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const specSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    'method',
    scoringMethods.map((m) => m.params) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
  ))();
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    direction: z.optional(z.enum(['higher', 'lower'])),
    scale: z.optional(z.strictObject({ min: decimalSchema, max: decimalSchema })),
  }))();

/**
 * Scores a list of raw values with one scoring method, exactly as a leaf of a model would.
 * Absolute methods score each value alone; cohort methods (min-max, also on ln x, z-score, rank,
 * max normalisation, vector) treat the list as the cohort. `null`, `undefined` and `""` are missing: they stay
 * `null` and are left out of cohort statistics.
 *
 * @param values - raw values: numbers, decimal strings, categories, booleans, item lists
 * @param spec - the scoring method and its parameters, as in a model leaf's `scoring`
 * @param options - direction (default `higher`) and scale (default 0–100)
 * @returns the method (by its primary name: `distanceToBest` is reported as `max`), its variant,
 *   the scores and the cohort statistics as exact strings and as numbers, and warnings for the
 *   degenerate cases
 * @throws {@link YoupinError} for a bad spec (zod codes, `goalposts_order`,
 *   `log_nonpositive_goalpost`, `lower_form_unused`, …) or bad values (`not_a_number`, `not_finite`, `unknown_category`,
 *   `log_negative`, `log_nonpositive`, `negative_value`, …), all values checked before it throws
 * @example
 * ```ts
 * import { normalise } from 'youpin';
 * normalise([3, 6.5, 10, null], { method: 'linear', lower: 3, upper: 10 }).scores; // → [ '0', '50', '100', null ]
 * const flat = normalise([5, 5], { method: 'minmax' });
 * flat.scores; // → [ '50', '50' ]
 * flat.warnings[0]?.code; // → 'zero_range'
 * // The statistics a cohort method used, exact, and every figure again as a number.
 * normalise([10, 20, 20, 30], { method: 'zscore', sd: 'population' }).statistics; // → { mean: '20', sd: '7.071067811865475244008443621' }
 * normalise([1, 10, 100, 1000], { method: 'minmax', transform: 'log' }).numbers.scores; // → [ 0, 33.333333333333336, 66.66666666666667, 100 ]
 * // Max normalisation of a lower-is-better leaf: min / x (the default) or 1 − x / max.
 * normalise([2, 4, 5, 10], { method: 'max', lowerForm: 'complement' }, { direction: 'lower' }).scores; // → [ '80', '60', '50', '0' ]
 * ```
 */
export function normalise(
  values: readonly unknown[],
  spec: ScoringSpec,
  options: NormaliseOptions = {},
): NormaliseResult {
  const issues: Issue[] = [];
  if (!Array.isArray(values)) issues.push(makeToolIssue('invalid_batch', ['values']));
  const parsedSpec = parseInput(specSchema, spec);
  if (!parsedSpec.success) issues.push(...fromZod(parsedSpec.error.issues, ['spec']));
  const parsedOptions = parseInput(optionsSchema, options);
  if (!parsedOptions.success) issues.push(...fromZod(parsedOptions.error.issues, ['options']));
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);

  const method = scoringMethods.find((m) => m.id === spec.method);
  const min = parseDecimal(options.scale?.min ?? 0) as Dec;
  const max = parseDecimal(options.scale?.max ?? 100) as Dec;
  if (!method) throw new YoupinError([makeToolIssue('invalid_model', ['spec', 'method'])]);
  if (!min.lessThan(max)) {
    throw new YoupinError([
      makeToolIssue('goalposts_order', ['options', 'scale'], {
        lower: min.toFixed(),
        upper: max.toFixed(),
      }),
    ]);
  }
  const ctx: LeafContext = { leafId: 'value', direction: options.direction ?? 'higher', min, max };
  const checked = method
    .check(spec, ctx)
    .map((f) => makeToolIssue(f.code, ['spec', ...f.path], { leaf: 'value', ...f.params }));
  if (options.direction === 'lower' && !method.readsDirection) {
    checked.push(
      makeToolIssue('direction_ignored', ['options', 'direction'], {
        leaf: 'value',
        method: method.id,
      }),
    );
  }
  if (checked.length > 0) throw new YoupinError(checked as [Issue, ...Issue[]]);

  const missing = (v: unknown) =>
    v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  const warnings: Issue[] = [];
  let scores: Array<Dec | null>;
  let statistics: NormaliseStatistics = {};

  if (method.kind === 'absolute') {
    const score = method.compile(spec, ctx);
    scores = values.map((v, i) => {
      if (missing(v)) return null;
      const outcome = score(v);
      if (outcome.ok) return outcome.score;
      issues.push(
        makeToolIssue(outcome.finding.code, ['values', i, ...outcome.finding.path], {
          leaf: 'value',
          ...outcome.finding.params,
        }),
      );
      return null;
    });
  } else {
    const numbers = values.map((v, i) => {
      if (missing(v)) return null;
      const read = readNumber(v);
      if (!read.ok)
        issues.push(makeToolIssue(read.finding.code, ['values', i], read.finding.params));
      return read.ok ? read.value : null;
    });
    const outcome = method.apply(spec, numbers, ctx);
    for (const e of outcome.errors) {
      issues.push(
        makeToolIssue(e.finding.code, ['values', e.index, ...e.finding.path], {
          leaf: 'value',
          ...e.finding.params,
        }),
      );
    }
    warnings.push(
      ...outcome.warnings.map((f) =>
        makeToolIssue(f.code, ['values', ...f.path], { leaf: 'value', ...f.params }),
      ),
    );
    scores = [...outcome.scores];
    statistics = Object.fromEntries(
      Object.entries(outcome.statistics ?? {}).map(([key, v]) => [
        key,
        Array.isArray(v)
          ? v.map((x: Dec | null) => (x === null ? null : exactString(x)))
          : exactString(v as Dec),
      ]),
    ) as NormaliseStatistics;
  }
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);
  const figures: NormaliseFigures = {
    scores: scores.map((s) => (s === null ? null : exactString(s))),
    statistics,
  };
  return {
    method: (method.kind === 'cohort'
      ? (method.aliasOf ?? method.id)
      : method.id) as NormaliseMethod,
    variant: variantOf(spec, ctx.direction),
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}
