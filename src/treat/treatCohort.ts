import type { Finding } from '../normalise/method.js';
import type { Dec } from '../numeric/decimal.js';
import { exactString } from '../numeric/settle.js';
import { boxCoxOf } from './boxCoxOf.js';
import { checkShape, DEFAULT_BOUNDS } from './checkShape.js';
import type { CompiledTreatment } from './compiledTreatment.js';
import { imputeValue } from './imputeValue.js';
import { logOf } from './logOf.js';
import { shiftedLog } from './shiftedLog.js';
import type { ShapeCheck, TreatedValue, TreatmentRecord } from './types.js';
import { winsorise } from './winsorise.js';

/** What treating one cohort gave: the values to score, what happened to each, and the record. */
export interface TreatOutcome {
  /** The values the scoring method reads (`null` where missing, or where a transform refused it). */
  readonly values: Array<Dec | null>;
  /** Per value: what changed it (a hole where nothing did). */
  readonly treated: Array<TreatedValue | undefined>;
  /** Values a transform cannot take (≤ 0 under `log` or `boxcox`), by position. */
  readonly errors: Array<{ readonly index: number; readonly finding: Finding }>;
  /** Warnings: `treatment_unchecked`, `outliers_remain`. */
  readonly warnings: Finding[];
  readonly record: Omit<TreatmentRecord, 'leaf' | 'group'>;
}

/**
 * Treats one cohort of one leaf: imputes its missing values, then treats its outliers (see
 * `OutlierTreatment`), in exact decimals. The rule's statistics are computed on the cohort as it
 * stands after imputation (COINr treats the imputed data).
 */
export function treatCohort(
  input: ReadonlyArray<Dec | null>,
  spec: CompiledTreatment,
): TreatOutcome {
  const present = input.filter((v): v is Dec => v !== null);
  const treated: Array<TreatedValue | undefined> = [];
  const note = (i: number, change: Partial<TreatedValue>) => {
    treated[i] = { imputed: null, winsorised: null, transformed: null, ...treated[i], ...change };
  };
  const values = [...input];
  const method = spec.impute;
  const fill = method && imputeValue(present, method);
  const imputed = fill
    ? { method, value: exactString(fill), count: input.length - present.length }
    : null;
  if (imputed?.count) {
    values.forEach((v, i) => {
      if (v !== null) return;
      values[i] = fill;
      note(i, { imputed: { method: imputed.method, value: imputed.value } });
    });
  }
  const out: TreatOutcome = {
    values,
    treated,
    errors: [],
    warnings: [],
    record: {
      values: present.length,
      imputed: imputed?.count ? imputed : null,
      method: 'none',
      checks: [],
      winsorised: null,
      transformed: null,
      outcome: 'untreated',
    },
  };
  const o = spec.outliers;
  if (!o) return out;
  const at = values.flatMap((v, i) => (v === null ? [] : [i]));
  const cohort = at.map((i) => values[i] as Dec);
  const bounds = o.method === 'winsorise' ? o.bounds : DEFAULT_BOUNDS();
  const checks: ShapeCheck[] = [];
  const check = (stage: ShapeCheck['stage'], xs: readonly Dec[]) => {
    const { sign, ...c } = checkShape(stage, xs, bounds);
    checks.push(c);
    return { ...c, sign };
  };
  // Every value of the cohort on a transform: the record's formula, and each value flagged.
  const transform = (
    kind: 'shiftedLog' | 'log' | 'boxcox',
    ys: ReadonlyArray<Dec | null>,
    formula: string,
  ) => {
    at.forEach((i, k) => {
      const x = cohort[k] as Dec;
      const y = ys[k] ?? null;
      values[i] = y;
      if (y) note(i, { transformed: { method: kind, from: exactString(x), to: exactString(y) } });
      else
        out.errors.push({
          index: i,
          finding: {
            code: 'transform_nonpositive',
            path: [],
            params: { value: x.toFixed(), method: kind },
          },
        });
    });
    check(
      'transformed',
      ys.filter((y): y is Dec => y !== null),
    );
    return { method: kind, formula };
  };
  const remain = (after: string, c: ShapeCheck) =>
    out.warnings.push({
      code: 'outliers_remain',
      path: [],
      params: {
        after,
        skewness: c.skewness ?? '—',
        kurtosis: c.kurtosis ?? '—',
        maxPoints: o.method === 'winsorise' ? o.maxPoints : 0,
      },
    });
  const before = check('before', cohort);
  let record: { -readonly [K in keyof TreatmentRecord]?: TreatmentRecord[K] } = {
    method: o.method,
    checks,
  };
  if (o.method !== 'winsorise') {
    const lambda = o.method === 'boxcox' ? o.lambda : null;
    const shown = lambda && !lambda.isZero() && exactString(lambda);
    record = {
      ...record,
      outcome: 'transformed',
      transformed: transform(
        o.method,
        cohort.map((x) => (lambda ? boxCoxOf(x, lambda) : logOf(x))),
        shown ? `(x^${shown} − 1) / ${shown}` : 'ln x',
      ),
    };
  } else if (before.pass === null) {
    record.outcome = 'unchecked';
    out.warnings.push({ code: 'treatment_unchecked', path: [], params: { count: cohort.length } });
  } else if (!before.pass) {
    const w = winsorise(cohort, bounds, o.maxPoints);
    const after = check('winsorised', w.values);
    record.winsorised = {
      points: w.points,
      high: w.high && exactString(w.high),
      low: w.low && exactString(w.low),
    };
    if (after.pass !== false || o.otherwise === 'none') {
      record.outcome = after.pass === false ? 'failed' : 'winsorised';
      if (after.pass === false) remain('winsorised', after);
      at.forEach((i, k) => {
        const side = w.moved[k];
        if (!side) return;
        values[i] = w.values[k] as Dec;
        note(i, {
          winsorised: {
            from: exactString(cohort[k] as Dec),
            to: exactString(w.values[k] as Dec),
            side,
          },
        });
      });
    } else {
      // Winsorising was not enough: the original values on a shifted log (COINr's default f2).
      const logged = shiftedLog(cohort, before.sign);
      record.transformed = transform('shiftedLog', logged.values, logged.formula);
      const last = checks[checks.length - 1] as ShapeCheck;
      record.outcome = last.pass === false ? 'failed' : 'transformed';
      if (last.pass === false) remain('transformed', last);
    }
  }
  return { ...out, record: { ...out.record, ...record } };
}
