import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { DecimalInput, Direction, ScoringSpec } from '../model/types.js';
import type { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { readNumber } from '../numeric/readNumber.js';
import { exactString } from '../numeric/settle.js';
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

/** The scores of {@link normalise}, aligned with the values; `null` where the value was missing. */
export interface NormaliseResult {
  /** Exact decimal strings (guard digits dropped, not rounded for publication). */
  readonly scores: ReadonlyArray<string | null>;
  /** Degenerate-but-decided cases: `zero_range`, `zero_sd`, `zero_norm`, `too_few_values`. */
  readonly warnings: readonly Issue[];
}

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
 * Absolute methods score each value alone; cohort methods (min-max, z-score, rank, distance to
 * best, vector) treat the list as the cohort. `null`, `undefined` and `""` are missing: they stay
 * `null` and are left out of cohort statistics.
 *
 * @param values - raw values: numbers, decimal strings, categories, booleans, item lists
 * @param spec - the scoring method and its parameters, as in a model leaf's `scoring`
 * @param options - direction (default `higher`) and scale (default 0–100)
 * @returns exact scores as strings, and warnings for the degenerate cases
 * @throws {@link YoupinError} for a bad spec (zod codes, `goalposts_order`,
 *   `log_nonpositive_goalpost`, …) or bad values (`not_a_number`, `not_finite`, `unknown_category`,
 *   `log_negative`, …), all values checked before it throws
 * @example
 * ```ts
 * import { normalise } from 'youpin';
 * normalise([3, 6.5, 10, null], { method: 'linear', lower: 3, upper: 10 }).scores; // → [ '0', '50', '100', null ]
 * const flat = normalise([5, 5], { method: 'minmax' });
 * flat.scores; // → [ '50', '50' ]
 * flat.warnings[0]?.code; // → 'zero_range'
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
  }
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);
  return { scores: scores.map((s) => (s === null ? null : exactString(s))), warnings };
}
