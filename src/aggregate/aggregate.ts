import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { parseRational } from '../numeric/parseDecimal.js';
import { readNumber } from '../numeric/readNumber.js';
import { exactString } from '../numeric/settle.js';
import { showValue } from '../numeric/showValue.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { AggregationSpec, DecimalInput, WeightInput } from '../primitives/types.js';
import { aggregationOperators } from './registry.js';

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const specSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    'method',
    aggregationOperators.map((o) => o.params) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
  ))();
const TOLERANCE = /* @__PURE__ */ new Dec('1e-9');

/** The figures of {@link aggregate}. */
export interface AggregateFigures {
  /** The combined score. */
  readonly value: string;
  /** The weights that were used: those given, scaled to sum to exactly 1. */
  readonly weights: readonly string[];
}

/**
 * What {@link aggregate} returns (the shape of every method, see {@link MethodResult}): the
 * operator, the value and the weights used as exact strings, and the same as numbers.
 */
export type AggregateResult = MethodResult<AggregationSpec['method'], AggregateFigures, Issue>;

const VARIANTS: Readonly<Record<AggregationSpec['method'], string>> = {
  arithmetic: 'weighted arithmetic mean',
  geometric: 'weighted geometric mean',
  harmonic: 'weighted harmonic mean',
  minimum: 'minimum over the children with a weight above 0',
  power: 'weighted power mean',
};

/**
 * Combines scores with weights, exactly as a branch of a model does: weighted arithmetic (default),
 * geometric, harmonic, power mean, or minimum.
 *
 * Weights must be ≥ 0 and sum to 1 within 1e-9 (ten weights of 0.1 pass; they are then scaled to
 * sum to exactly 1). Under the geometric and harmonic means a zero gives 0 and a negative value is
 * an error; the power mean takes p ≠ 0.
 *
 * @param values - the children's scores (numbers or decimal strings)
 * @param weights - their weights (numbers, decimal strings, or fractions such as `"1/3"`)
 * @param spec - the operator, default `{ method: 'arithmetic' }`
 * @returns the operator, the exact value (guard digits dropped) and the weights it used, as
 *   strings and as numbers
 * @throws {@link YoupinError} `length_mismatch`, `empty_input`, `not_a_number`, `not_finite`,
 *   `negative_weight`, `weights_sum`, `negative_value`, `power_zero`, or a zod code for a bad spec
 * @example
 * ```ts
 * import { aggregate } from 'youpin';
 * aggregate([80, 60], [0.75, 0.25]).value; // → '75'
 * aggregate([100, 100, 100], ['1/3', '1/3', '1/3']).value; // → '100'
 * aggregate([0, 90], [0.5, 0.5], { method: 'geometric' }).value; // → '0'
 * // Weights within 1e-9 of summing to 1 are scaled to sum to exactly 1, and the result says so.
 * const mean = aggregate([64, 4], [0.5, 0.5000000001], { method: 'geometric' });
 * mean.weights; // → [ '0.499999999950000000005', '0.500000000049999999995' ]
 * mean.numbers.value; // → 15.999999997781929
 * ```
 */
export function aggregate(
  values: readonly DecimalInput[],
  weights: readonly WeightInput[],
  spec: AggregationSpec = { method: 'arithmetic' },
): AggregateResult {
  spec ??= { method: 'arithmetic' }; // null as the default
  const issues: Issue[] = [];
  const parsedSpec = parseInput(specSchema, spec);
  if (!parsedSpec.success) issues.push(...fromZod(parsedSpec.error.issues, ['spec']));
  if (!Array.isArray(values) || !Array.isArray(weights)) {
    throw new YoupinError([
      makeToolIssue('invalid_batch', [Array.isArray(values) ? 'weights' : 'values']),
    ]);
  }
  if (values.length !== weights.length) {
    issues.push(
      makeToolIssue('length_mismatch', ['weights'], { a: values.length, b: weights.length }),
    );
  }
  if (values.length === 0) issues.push(makeToolIssue('empty_input', ['values']));
  // Array.from, not map: a hole is a value (missing), not one less child.
  const xs = Array.from(values, (v, i) => {
    const read = readNumber(v);
    if (!read.ok) issues.push(makeToolIssue(read.finding.code, ['values', i], read.finding.params));
    return read.ok ? read.value : new Dec(0);
  });
  const ws = Array.from(weights, (w, i) => {
    const d = parseRational(w);
    if (!d)
      issues.push(
        makeToolIssue(typeof w === 'number' ? 'not_finite' : 'not_a_number', ['weights', i], {
          value: showValue(w),
        }),
      );
    else if (d.isNegative() && !d.isZero())
      issues.push(makeToolIssue('negative_weight', ['weights', i]));
    return d ?? new Dec(0);
  });
  const sum = ws.reduce((a, w) => a.plus(w), new Dec(0));
  if (issues.length === 0 && sum.minus(1).abs().greaterThan(TOLERANCE)) {
    issues.push(makeToolIssue('weights_sum', ['weights'], { sum: sum.toFixed() }));
  }
  const operator = aggregationOperators.find((o) => o.id === spec.method);
  if (issues.length === 0 && operator) {
    issues.push(
      ...operator
        .check(spec)
        .map((f) => makeToolIssue(f.code, ['spec', ...f.path], { ...f.params })),
    );
  }
  if (issues.length > 0 || !operator) throw new YoupinError(issues as [Issue, ...Issue[]]);

  const scaled = ws.map((w) => w.div(sum));
  const outcome = operator.apply(spec, xs, scaled);
  if (!outcome.ok) {
    throw new YoupinError([
      makeToolIssue(outcome.finding.code, ['values', ...outcome.finding.path], {
        ...outcome.finding.params,
      }),
    ]);
  }
  const figures: AggregateFigures = {
    value: exactString(outcome.value),
    weights: scaled.map(exactString),
  };
  const p = spec.method === 'power' ? `, p = ${String(spec.p)}` : '';
  return {
    method: spec.method,
    variant: `${VARIANTS[spec.method]}${p}`,
    ...figures,
    warnings: [],
    numbers: floatTwin(figures),
  };
}
