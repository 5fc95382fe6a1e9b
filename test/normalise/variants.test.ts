import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Direction,
  defineModel,
  type MaxLowerForm,
  modelJsonSchema,
  normalise,
  type ScoringSpec,
  score,
} from 'youpin';
import { issuesOf } from '../helpers.js';

const D = Decimal.clone({ precision: 50 });
const unit = { scale: { min: 0, max: 1 } } as const;
const fixed = (xs: ReadonlyArray<string | null>, d: number) =>
  xs.map((x) => (x === null ? null : new D(x).toFixed(d)));

// The six rows and two cost columns of pymcdm's normalisation tests (kotbaton/pymcdm,
// test/test_normalizations.py, TestMaxNormalization and TestLinearNormalization; types −1, −1, 1).
const pymcdm = [
  [66, 56, 95],
  [61, 55, 166],
  [65, 49, 113],
  [95, 56, 99],
  [63, 43, 178],
  [74, 59, 140],
];
const column = (j: number) => pymcdm.map((row) => row[j] as number);

describe('max (linear) normalisation: x / max, and for lower-is-better min / x or 1 − x / max', () => {
  it('pymcdm max_normalization: 1 − x / max on the cost columns, x / max on the benefit column', () => {
    const complement = { method: 'max', lowerForm: 'complement' } as const;
    const lower = { ...unit, direction: 'lower' } as const;
    expect(fixed(normalise(column(0), complement, lower).scores, 8)).toEqual([
      '0.30526316',
      '0.35789474',
      '0.31578947',
      '0.00000000',
      '0.33684211',
      '0.22105263',
    ]);
    expect(fixed(normalise(column(1), complement, lower).scores, 8)).toEqual([
      '0.05084746',
      '0.06779661',
      '0.16949153',
      '0.05084746',
      '0.27118644',
      '0.00000000',
    ]);
    expect(fixed(normalise(column(2), { method: 'max' }, unit).scores, 8)).toEqual([
      '0.53370787',
      '0.93258427',
      '0.63483146',
      '0.55617978',
      '1.00000000',
      '0.78651685',
    ]);
  });

  it('pymcdm linear_normalization: min / x on the cost columns (the default lowerForm, inverse)', () => {
    const lower = { ...unit, direction: 'lower' } as const;
    expect(fixed(normalise(column(0), { method: 'max' }, lower).scores, 8)).toEqual([
      '0.92424242',
      '1.00000000',
      '0.93846154',
      '0.64210526',
      '0.96825397',
      '0.82432432',
    ]);
    expect(
      fixed(normalise(column(1), { method: 'max', lowerForm: 'inverse' }, lower).scores, 8),
    ).toEqual(['0.76785714', '0.78181818', '0.87755102', '0.76785714', '1.00000000', '0.72881356']);
  });

  it('the worked example of the docs: costs 2, 4, 5, 10 on 0–100', () => {
    const costs = [2, 4, 5, 10];
    const lower = { direction: 'lower' } as const;
    const inverse = normalise(costs, { method: 'max' }, lower);
    const complement = normalise(costs, { method: 'max', lowerForm: 'complement' }, lower);
    expect(inverse.scores).toEqual(['100', '50', '40', '20']);
    expect(complement.scores).toEqual(['80', '60', '50', '0']);
    expect(inverse.statistics).toEqual({ min: '2', max: '10' });
    expect(complement.variant).toBe('max, 1 − x / max, lower is better');
  });

  it('degenerate cases: all zero, a zero under min / x, one entity, all equal, a negative value', () => {
    const lower = { direction: 'lower' } as const;
    const complement = { method: 'max', lowerForm: 'complement' } as const;
    // max = 0: 0/0 in every form; the midpoint and zero_range.
    for (const [spec, options] of [
      [{ method: 'max' }, {}],
      [{ method: 'max' }, lower],
      [complement, lower],
    ] as const) {
      const r = normalise([0, 0, null], spec, options);
      expect(r.scores).toEqual(['50', '50', null]);
      expect(r.warnings.map((w) => w.code)).toEqual(['zero_range']);
    }
    // A zero under min / x is the best (t = 1), and with min = 0 every other value scores 0; under
    // 1 − x / max a zero is simply the top.
    expect(normalise([0, 5, 10], { method: 'max' }, lower).scores).toEqual(['100', '0', '0']);
    expect(normalise([0, 5, 10], complement, lower).scores).toEqual(['100', '50', '0']);
    // One entity, or all equal and > 0: x / max = min / x = 1 (the top), 1 − x / max = 0 (the
    // bottom); a ratio, not a range, so no warning.
    for (const values of [[7], [7, 7, 7]]) {
      expect(normalise(values, { method: 'max' }).scores.every((s) => s === '100')).toBe(true);
      expect(normalise(values, { method: 'max' }, lower).scores.every((s) => s === '100')).toBe(
        true,
      );
      const r = normalise(values, complement, lower);
      expect(r.scores.every((s) => s === '0')).toBe(true);
      expect(r.warnings).toEqual([]);
    }
    // A negative value is an error for that entity (in a model: the applicant is invalid).
    expect(issuesOf(() => normalise([3, -1], complement, lower))).toEqual([
      { code: 'negative_value', path: 'values.1' },
    ]);
  });

  it('lowerForm on a higher-is-better leaf is refused, in a call and in a model, rather than ignored', () => {
    expect(issuesOf(() => normalise([1, 2], { method: 'max', lowerForm: 'complement' }))).toEqual([
      { code: 'lower_form_unused', path: 'spec.lowerForm' },
    ]);
    expect(
      issuesOf(() => defineModel(model({ method: 'max', lowerForm: 'inverse' }, 'higher'))),
    ).toEqual([{ code: 'lower_form_unused', path: 'tree.children.0.scoring.lowerForm' }]);
  });
});

describe("'distanceToBest', the deprecated name of 'max'", () => {
  it('scores exactly as max, and the result names the method max', () => {
    const values = [0, 3, 6, null, 12];
    for (const direction of ['higher', 'lower'] as const) {
      for (const lowerForm of [undefined, 'complement'] as const) {
        if (direction === 'higher' && lowerForm) continue;
        const extra = lowerForm ? { lowerForm } : {};
        const old = normalise(values, { method: 'distanceToBest', ...extra }, { direction });
        const current = normalise(values, { method: 'max', ...extra }, { direction });
        expect(old).toEqual(current);
        expect(old.method).toBe('max');
      }
    }
  });

  it('is accepted in a model, scores as max there, and is marked deprecated in the JSON Schema', () => {
    const rows = [4, 8, 10].map((x, i) => ({ id: `e${i}`, sector: 's', values: { x } }));
    const totals = (spec: ScoringSpec) =>
      score(defineModel(model(spec, 'higher')), rows).entities.map((e) => e.total);
    expect(totals({ method: 'distanceToBest' })).toEqual(totals({ method: 'max' }));
    expect(totals({ method: 'max' })).toEqual(['40.00', '80.00', '100.00']);
    const deprecated = JSON.stringify(modelJsonSchema()).match(
      /\{[^{}]*"const":"distanceToBest"[^{}]*\}[\s\S]*?"deprecated":true/,
    );
    expect(deprecated).not.toBeNull();
  });
});

describe("min-max on ln x (`{ method: 'minmax', transform: 'log' }`)", () => {
  it('the worked example of the docs: 1, 10, 100, 1000 score 0, 33.33, 66.67, 100', () => {
    const r = normalise([1, 10, 100, 1000, null], { method: 'minmax', transform: 'log' });
    expect(r.scores).toEqual([
      '0',
      '33.33333333333333333333333333',
      '66.66666666666666666666666667',
      '100',
      null,
    ]);
    expect(r.statistics).toEqual({
      min: '1',
      max: '1000',
      lnMin: '0',
      lnMax: new D(1000).ln().toSignificantDigits(28).toFixed(),
    });
    expect(r.variant).toBe('minmax on ln x');
    expect(
      normalise([1, 10, 100, 1000], { method: 'minmax', transform: 'log' }, { direction: 'lower' })
        .scores,
    ).toEqual(['100', '66.66666666666666666666666667', '33.33333333333333333333333333', '0']);
  });

  it('UNDP, Human Development Report 2010, technical note 1: the income index between the observed extremes', () => {
    // GNI per capita (PPP $): maximum 108,211 (United Arab Emirates, 1980), minimum 163
    // (Zimbabwe, 2008); China 7,263 → (ln 7,263 − ln 163) / (ln 108,211 − ln 163) = 0.584.
    const r = normalise([163, 7263, 108211], { method: 'minmax', transform: 'log' }, unit);
    expect(fixed(r.scores, 3)).toEqual(['0.000', '0.584', '1.000']);
    const want = new D(7263)
      .ln()
      .minus(new D(163).ln())
      .div(new D(108211).ln().minus(new D(163).ln()));
    expect(new D(r.scores[1] as string).minus(want).abs().lte('1e-27')).toBe(true);
  });

  it('degenerate cases: a value ≤ 0, all equal, one entity, an empty cohort', () => {
    const spec = { method: 'minmax', transform: 'log' } as const;
    expect(issuesOf(() => normalise([10, 0, -5, 100], spec))).toEqual([
      { code: 'log_nonpositive', path: 'values.1' },
      { code: 'log_nonpositive', path: 'values.2' },
    ]);
    for (const values of [[42], [42, 42, 42]]) {
      const r = normalise(values, spec);
      expect(r.scores.every((s) => s === '50')).toBe(true);
      expect(r.warnings.map((w) => w.code)).toEqual(['zero_range']);
    }
    expect(normalise([null, ''], spec)).toMatchObject({ scores: [null, null], statistics: {} });
  });

  it('in a model: a non-positive value makes that applicant invalid, the others are scored without it', () => {
    const m = defineModel(model({ method: 'minmax', transform: 'log' }, 'higher'));
    const report = score(m, [
      { id: 'a', sector: 's', values: { x: 10 } },
      { id: 'b', sector: 's', values: { x: 0 } },
      { id: 'c', sector: 's', values: { x: 1000 } },
      { id: 'd', sector: 's', values: { x: 100 } },
    ]);
    expect(report.entities.map((e) => [e.status, e.total])).toEqual([
      ['scored', '0.00'],
      ['invalid', null],
      ['scored', '100.00'],
      ['scored', '50.00'], // ln 100 is halfway between ln 10 and ln 1000: b is not in the cohort
    ]);
    expect(report.entities[1]?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['log_nonpositive', 'entities.1.values.x'],
    ]);
  });
});

// Property tests of both variants: scores stay on the scale, follow the direction, and do not
// depend on the order of the applicants.
type Variant = { spec: ScoringSpec; direction: Direction; positive: boolean };
const variantArb: fc.Arbitrary<Variant> = fc.oneof(
  fc.constantFrom<Direction>('higher', 'lower').map((direction) => ({
    spec: { method: 'minmax', transform: 'log' } as ScoringSpec,
    direction,
    positive: true,
  })),
  fc.constant({
    spec: { method: 'max' } as ScoringSpec,
    direction: 'higher' as const,
    positive: false,
  }),
  fc.constantFrom<MaxLowerForm>('inverse', 'complement').map((lowerForm) => ({
    spec: { method: 'max', lowerForm } as ScoringSpec,
    direction: 'lower' as const,
    positive: false,
  })),
);
const valuesArb = (positive: boolean) =>
  fc.array(
    fc.oneof(
      fc.integer({ min: positive ? 1 : 0, max: 5000 }),
      fc.integer({ min: 1, max: 99999 }).map((k) => `${k / 100}`),
    ),
    { minLength: 1, maxLength: 12 },
  );

describe('properties of the new variants (STYLE.md §14)', () => {
  it('every score lies on the scale [min, max]', () => {
    fc.assert(
      fc.property(
        variantArb.chain((v) => fc.tuple(fc.constant(v), valuesArb(v.positive))),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1, max: 200 }),
        ([v, values], low, width) => {
          const scale = { min: low, max: low + width };
          const r = normalise(values, v.spec, { direction: v.direction, scale });
          for (const s of r.scores) {
            expect(new D(s as string).gte(scale.min) && new D(s as string).lte(scale.max)).toBe(
              true,
            );
          }
          expect(r.numbers.scores.every((x) => Number.isFinite(x))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('monotone in x for a higher-is-better leaf, antitone for a lower-is-better one', () => {
    fc.assert(
      fc.property(
        variantArb.chain((v) => fc.tuple(fc.constant(v), valuesArb(v.positive))),
        ([v, values]) => {
          const r = normalise(values, v.spec, { direction: v.direction });
          const pairs = values.map((x, i) => [new D(x), new D(r.scores[i] as string)] as const);
          for (const [x, s] of pairs) {
            for (const [y, t] of pairs) {
              if (x.lt(y)) expect(v.direction === 'higher' ? s.lte(t) : s.gte(t)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reordering the applicants reorders the scores and leaves the statistics unchanged', () => {
    fc.assert(
      fc.property(
        variantArb.chain((v) =>
          fc.tuple(
            fc.constant(v),
            valuesArb(v.positive).chain((values) =>
              fc.tuple(
                fc.constant(values),
                fc.shuffledSubarray([...values.keys()], {
                  minLength: values.length,
                  maxLength: values.length,
                }),
              ),
            ),
          ),
        ),
        ([v, [values, order]]) => {
          const options = { direction: v.direction };
          const a = normalise(values, v.spec, options);
          const b = normalise(
            order.map((i) => values[i] as number | string),
            v.spec,
            options,
          );
          expect(b.scores).toEqual(order.map((i) => a.scores[i]));
          expect(b.statistics).toEqual(a.statistics);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A model with one leaf `x` under the root, in one sector `s`. */
function model(scoring: ScoringSpec, direction: Direction) {
  const label = { zh: 'x', en: 'x' };
  return {
    id: 'variants',
    version: '1',
    name: label,
    tree: { id: 'total', label, children: [{ id: 'x', label, scoring, direction }] },
    sectors: [{ id: 's', label, profile: { weights: { x: 1 } } }],
  };
}
