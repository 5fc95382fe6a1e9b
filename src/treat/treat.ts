import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Dec } from '../numeric/decimal.js';
import { readNumber } from '../numeric/readNumber.js';
import { exactString } from '../numeric/settle.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { CompiledTreatment } from './compiledTreatment.js';
import { compileTreatment } from './compileTreatment.js';
import { treatCohort } from './treatCohort.js';
import { treatmentSchema } from './treatmentSchema.js';
import type { OutlierTreatment, TreatedValue, TreatmentInput, TreatmentRecord } from './types.js';

/** The figures of {@link treat}: the values a scoring method would read, exact. */
export interface TreatFigures {
  /** Aligned with the input; `null` where a value is missing and nothing was imputed. */
  readonly values: ReadonlyArray<string | null>;
}

/**
 * What {@link treat} returns: the treated values (exact strings and numbers), what happened to
 * each value, and the record of the cohort — its skewness and kurtosis before and after each step.
 */
export type TreatResult = MethodResult<OutlierTreatment['method'], TreatFigures, Issue> & {
  /** Per value: imputed, winsorised or transformed, from what to what; `null` where unchanged. */
  readonly treated: ReadonlyArray<TreatedValue | null>;
  /** The cohort's record, as a report's `treatments` holds it per leaf and sector. */
  readonly record: Omit<TreatmentRecord, 'leaf' | 'group'>;
};

const listSchema = /* @__PURE__ */ (() => z.array(z.unknown()))();

/**
 * Treats one cohort of values as a leaf's `treatment` would before scoring: imputes missing values
 * (mean or median), then treats outliers — COINr's rule (winsorise while |skewness| ≥ 2 and
 * kurtosis ≥ 3.5, up to 5 values, then a shifted log of the original values), or a fixed ln x or
 * Box–Cox transform — in exact decimals. `null`, `undefined` and `""` are missing.
 *
 * @param values - the cohort's raw values: numbers or decimal strings
 * @param treatment - as a model leaf's `treatment` (see {@link TreatmentInput})
 * @returns the treated values, each value's change, the record with the statistics, and
 *   `outliers_remain` or `treatment_unchecked` warnings
 * @throws {@link YoupinError} for a bad treatment (zod codes, `out_of_scale` for λ) or bad values
 *   (`not_a_number`, `not_finite`, `transform_nonpositive`), all values checked before it throws
 * @example
 * ```ts
 * import { treat } from 'youpin';
 * // COINr's outlier-treatment vignette: 1…10 with two outliers, winsorising at most 2 values.
 * const r = treat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], {
 *   outliers: { method: 'winsorise', maxPoints: 2 },
 * });
 * r.values.slice(-2); // → [ '30', '30' ]
 * r.record.checks.map((c) => [c.stage, Number(c.skewness).toFixed(6), c.pass]); // → [ [ 'before', '3.063241', false ], [ 'winsorised', '1.712038', true ] ]
 * r.treated[11]; // → { imputed: null, winsorised: { from: '100', to: '30', side: 'high' }, transformed: null }
 * // Imputation with the median of the values present.
 * treat([4, null, 10, 6], { impute: { method: 'median' } }).values; // → [ '4', '6', '10', '6' ]
 * ```
 */
export function treat(values: readonly unknown[], treatment: TreatmentInput): TreatResult {
  const issues: Issue[] = [];
  const list = parseInput(listSchema, values);
  if (!list.success) issues.push(makeToolIssue('invalid_batch', ['values']));
  const spec = parseInput(treatmentSchema, treatment);
  if (!spec.success) issues.push(...fromZod(spec.error.issues, ['treatment']));
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);
  const compiled = compileTreatment(treatment, null, ['treatment'], issues) ?? {
    impute: null,
    outliers: null,
  };
  const missing = (v: unknown) =>
    v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  const numbers = values.map((v, i): Dec | null => {
    if (missing(v)) return null;
    const read = readNumber(v);
    if (!read.ok) issues.push(makeToolIssue(read.finding.code, ['values', i], read.finding.params));
    return read.ok ? read.value : null;
  });
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);
  const outcome = treatCohort(numbers, compiled);
  for (const { index, finding } of outcome.errors)
    issues.push(makeToolIssue(finding.code, ['values', index], finding.params));
  if (issues.length > 0) throw new YoupinError(issues as [Issue, ...Issue[]]);
  const figures: TreatFigures = {
    values: outcome.values.map((v) => (v === null ? null : exactString(v))),
  };
  const method = treatment.outliers?.method ?? 'none';
  return {
    method,
    variant: variantOf(outcome.record, compiled),
    ...figures,
    warnings: outcome.warnings.map((f) => makeToolIssue(f.code, ['values'], f.params)),
    numbers: { values: figures.values.map((v) => (v === null ? null : Number(v))) },
    treated: Array.from(outcome.treated, (t) => t ?? null),
    record: outcome.record,
  };
}

function variantOf(record: TreatResult['record'], spec: CompiledTreatment): string {
  const imputed = record.imputed ? `${record.imputed.method} imputation, then ` : '';
  const o = spec.outliers;
  switch (o?.method) {
    case 'winsorise':
      return `${imputed}winsorisation of up to ${o.maxPoints} values while |skewness| ≥ ${o.bounds.skewness.toFixed()} and kurtosis ≥ ${o.bounds.kurtosis.toFixed()} (e1071 type 2)${o.otherwise === 'shiftedLog' ? ', else a shifted log' : ''}`;
    case 'log':
      return `${imputed}ln x`;
    case 'boxcox':
      return `${imputed}Box–Cox, ${record.transformed?.formula ?? ''}`;
    default:
      return record.imputed ? `${record.imputed.method} imputation` : 'no treatment';
  }
}
