import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  explain,
  type ModelInput,
  narrate,
  score,
  type TreatmentInput,
  toLongCsv,
  treat,
} from 'youpin';
import { ASEM, ASEM_CODES } from '../fixtures/asem.js';
import { issuesOf } from '../helpers.js';

const seven = (v: string | null) => (v === null ? null : Number(v).toPrecision(7));
const table = (values: readonly string[], treatment: TreatmentInput) =>
  treat(values, treatment).record.checks.map((c) => [
    c.stage,
    seven(c.skewness),
    seven(c.kurtosis),
    c.pass,
  ]);

describe('treat: COINr’s published outputs', () => {
  it('the outlier-treatment vignette: 1…10, 30, 100 with at most 2 values winsorised', () => {
    // COINr, vignettes/treat.Rmd: skew(x) 3.063241, kurt(x) 9.741391; after Treat(…, winmax = 2)
    // one point is winsorised and check_SkewKurt gives 1.712038 and 1.815781.
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
    const r = treat(x, { outliers: { method: 'winsorise', maxPoints: 2 } });
    expect(table(x.map(String), { outliers: { method: 'winsorise', maxPoints: 2 } })).toEqual([
      ['before', '3.063241', '9.741391', false],
      ['winsorised', '1.712038', '1.815781', true],
    ]);
    expect(r.values).toEqual([...x.slice(0, 11).map(String), '30']);
    expect(r.record.winsorised).toEqual({ points: 1, high: '30', low: null });
    expect(r.record.outcome).toBe('winsorised');
  });

  it('COINr’s test-treat.R: c(1:10, 100) winsorises 100 to 10 and then passes', () => {
    const r = treat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100], {
      outliers: { method: 'winsorise', maxPoints: 5 },
    });
    expect(r.values.at(-1)).toBe('10');
    expect(r.record.checks.at(-1)?.pass).toBe(true);
    expect(r.treated.slice(0, 10).every((t) => t === null)).toBe(true);
  });

  it('the vignette’s ASEM table with the defaults: Flights, Goods and Services', () => {
    // l_treat$Dets_Table of Treat(ASEM_iData[c("Flights", "Goods", "Services")]).
    const w = { outliers: { method: 'winsorise' } } as const;
    expect(table(ASEM.Flights, w)).toEqual([
      ['before', '2.103287', '4.508879', false],
      ['winsorised', '1.900658', '3.336065', true],
    ]);
    expect(table(ASEM.Goods, w)).toEqual([
      ['before', '2.649973', '8.266610', false],
      ['winsorised', '1.140608', '0.1572047', true],
    ]);
    expect(table(ASEM.Services, w)).toEqual([['before', '1.701085', '2.375656', true]]);
    expect(treat(ASEM.Goods, w).record.winsorised?.points).toBe(2);
    // l_treat$Treated_Points: "winhi" at row 30 for Flights, rows 11 and 35 for Goods.
    const rows = (values: readonly string[]) =>
      treat(values, w).treated.flatMap((t, i) => (t?.winsorised?.side === 'high' ? [i + 1] : []));
    expect(rows(ASEM.Flights)).toEqual([30]);
    expect(rows(ASEM.Goods)).toEqual([11, 35]);
    expect(ASEM_CODES[29]).toBe('GBR');
  });

  it('the coin’s table with winmax = 1: Goods falls back to the log, the others pass', () => {
    // coin$Analysis$Treated$Dets_Table after Treat(coin, global_specs = list(f1_para = list(winmax = 1))).
    const one = { outliers: { method: 'winsorise', maxPoints: 1 } } as const;
    expect(table(ASEM.Goods, one)).toEqual([
      ['before', '2.649973', '8.266610', false],
      ['winsorised', '2.469910', '7.087309', false],
      ['transformed', '0.03104001', '-0.8888965', true],
    ]);
    expect(table(ASEM.Bord, one)).toEqual([
      ['before', '2.148236', '5.791490', false],
      ['winsorised', '1.899211', '4.346298', true],
    ]);
    expect(table(ASEM.Elec, one)).toEqual([
      ['before', '2.225274', '5.791027', false],
      ['winsorised', '1.717744', '2.586062', true],
    ]);
    expect(table(ASEM.Gas, one)).toEqual([
      ['before', '2.829449', '10.33465', false],
      ['winsorised', '1.602518', '1.525576', true],
    ]);
    const goods = treat(ASEM.Goods, one);
    expect(goods.record.outcome).toBe('transformed');
    // The log is taken of the original values, not of the winsorised ones (combine_treat = FALSE).
    expect(goods.treated.every((t) => t?.transformed?.method === 'shiftedLog')).toBe(true);
    expect(goods.treated.some((t) => t?.winsorised)).toBe(false);
  });

  it('Flights with winmax = 0 goes straight to the log (the vignette’s individual treatment)', () => {
    expect(table(ASEM.Flights, { outliers: { method: 'winsorise', maxPoints: 0 } })).toEqual([
      ['before', '2.103287', '4.508879', false],
      ['winsorised', '2.103287', '4.508879', false],
      ['transformed', '-0.09502644', '-0.8305217', true],
    ]);
  });
});

describe('treat: conventions', () => {
  it('imputes the mean or the median of the values present, and leaves them alone', () => {
    expect(treat([4, null, 10, 6, ''], { impute: { method: 'mean' } }).values).toEqual([
      '4',
      '6.666666666666666666666666667',
      '10',
      '6',
      '6.666666666666666666666666667',
    ]);
    const median = treat([4, null, 10, 6, 1], { impute: { method: 'median' } });
    expect(median.values).toEqual(['4', '5', '10', '6', '1']);
    expect(median.treated[1]).toEqual({
      imputed: { method: 'median', value: '5' },
      winsorised: null,
      transformed: null,
    });
    expect(median.record.imputed).toEqual({ method: 'median', value: '5', count: 1 });
    // Nothing present: nothing to impute from, the value stays missing.
    expect(treat([null, null], { impute: { method: 'mean' } }).values).toEqual([null, null]);
  });

  it('fixed transforms: ln x and Box–Cox, refusing values ≤ 0', () => {
    expect(treat([1, 4], { outliers: { method: 'boxcox', lambda: 0.5 } }).values).toEqual([
      '0',
      '2',
    ]);
    expect(treat([1], { outliers: { method: 'log' } }).values).toEqual(['0']);
    expect(treat([1], { outliers: { method: 'boxcox', lambda: 0 } }).values).toEqual(['0']);
    expect(issuesOf(() => treat([1, 0, -2], { outliers: { method: 'log' } }))).toEqual([
      { code: 'transform_nonpositive', path: 'values.1' },
      { code: 'transform_nonpositive', path: 'values.2' },
    ]);
    expect(issuesOf(() => treat([1], { outliers: { method: 'boxcox', lambda: 9 } }))).toEqual([
      { code: 'out_of_scale', path: 'treatment.outliers.lambda' },
    ]);
  });

  it('too few values to check, every value equal, ties moved together', () => {
    const few = treat([1, 2, 100], { outliers: { method: 'winsorise' } });
    expect(few.record.outcome).toBe('unchecked');
    expect(few.warnings.map((w) => w.code)).toEqual(['treatment_unchecked']);
    expect(few.values).toEqual(['1', '2', '100']);
    const flat = treat([5, 5, 5, 5, 5], { outliers: { method: 'winsorise' } });
    expect(flat.record.checks).toEqual([
      { stage: 'before', skewness: null, kurtosis: null, pass: true },
    ]);
    // Two equal outliers: both move even with maxPoints 1 (equal figures are never treated apart).
    const tied = treat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 100, 100], {
      outliers: { method: 'winsorise', maxPoints: 1, otherwise: 'none' },
    });
    expect(tied.values.slice(-2)).toEqual(['15', '15']);
    expect(tied.record.winsorised?.points).toBe(2);
  });

  it('otherwise: none keeps the winsorised values and says the outliers remain', () => {
    const x = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200];
    const r = treat(x, { outliers: { method: 'winsorise', maxPoints: 1, otherwise: 'none' } });
    expect(r.record.outcome).toBe('failed');
    expect(r.values.at(-1)).toBe('100');
    expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'outliers_remain',
        'outliers remain once winsorised (at most 1 values winsorised): skewness 2.816999617055154709683401493, kurtosis 7.133542196518296237305112438',
      ],
    ]);
  });

  it('a negative skewness winsorises the lowest values and mirrors the log', () => {
    const x = [-100, ...Array.from({ length: 20 }, (_, i) => i + 1)];
    const w = treat(x, { outliers: { method: 'winsorise' } });
    expect(w.treated[0]?.winsorised).toEqual({ from: '-100', to: '1', side: 'low' });
    const l = treat(x, { outliers: { method: 'winsorise', maxPoints: 0 } });
    expect(l.record.transformed?.formula).toBe('−ln(21.2 − x)');
  });

  it('property: order kept, present values untouched by imputation, permutation-invariant', () => {
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 100000 }),
      fc.constant(null),
      fc.integer({ min: 1, max: 10 ** 6 }).map((n) => n * 1000),
    );
    const spec = fc.constantFrom<TreatmentInput>(
      { outliers: { method: 'winsorise' } },
      { outliers: { method: 'winsorise', maxPoints: 0 } },
      { outliers: { method: 'winsorise', maxPoints: 3, otherwise: 'none' } },
      { impute: { method: 'median' }, outliers: { method: 'winsorise', maxPoints: 2 } },
      { impute: { method: 'mean' } },
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 30 }), spec, (xs, t) => {
        const r = treat(xs, t);
        const pairs = xs.flatMap((x, i) => (x === null ? [] : [[x, Number(r.values[i])] as const]));
        for (const [a, ta] of pairs)
          for (const [b, tb] of pairs) if (a < b) expect(ta).toBeLessThanOrEqual(tb);
        if (!t.impute)
          for (const [i, x] of xs.entries()) if (x === null) expect(r.values[i]).toBeNull();
        const reversed = treat([...xs].reverse(), t);
        expect([...reversed.values].reverse()).toEqual(r.values);
        expect(reversed.record).toEqual(r.record);
      }),
      { numRuns: 150 },
    );
  });
});

/** A model of the vignette's three trade indicators, min-max scored, with a treatment. */
function asemModel(treatment: TreatmentInput, leafOwn?: TreatmentInput): ModelInput {
  return {
    id: 'asem-trade',
    version: '1',
    name: { zh: '亚欧会议贸易', en: 'ASEM trade' },
    tree: {
      id: 'root',
      label: { zh: '总分', en: 'Total' },
      children: [
        {
          id: 'trade',
          label: { zh: '贸易', en: 'Trade' },
          treatment,
          children: (['Flights', 'Goods', 'Services'] as const).map((id) => ({
            id,
            label: { zh: id, en: id },
            scoring: { method: 'minmax' as const },
            ...(id === 'Services' && leafOwn ? { treatment: leafOwn } : {}),
          })),
        },
      ],
    },
    sectors: [{ id: 'asem', label: { zh: '亚欧会议', en: 'ASEM' } }],
    profile: { weights: { trade: 1, Flights: '1/3', Goods: '1/3', Services: '1/3' } },
  };
}

const rows = ASEM_CODES.map((id, i) => ({
  id,
  sector: 'asem',
  values: {
    Flights: ASEM.Flights[i],
    Goods: i === 4 ? null : ASEM.Goods[i],
    Services: ASEM.Services[i],
  },
}));

describe('treatment in a model', () => {
  const model = defineModel(
    asemModel(
      { impute: { method: 'median' }, outliers: { method: 'winsorise' } },
      { outliers: { method: 'none' } },
    ),
  );

  it('records each cohort, flags each changed value, and scores the treated values', () => {
    const report = score(model, rows, { engine: 'exact' });
    expect(report.counts.scored).toBe(51);
    expect(report.treatments?.map((t) => [t.leaf, t.group, t.method, t.outcome])).toEqual([
      ['Flights', 'asem', 'winsorise', 'winsorised'],
      ['Goods', 'asem', 'winsorise', 'winsorised'],
      ['Services', 'asem', 'none', 'untreated'],
    ]);
    const goods = report.treatments?.[1];
    expect(goods?.values).toBe(50);
    expect(goods?.imputed?.count).toBe(1);
    const gbr = report.entities.find((e) => e.id === 'GBR');
    const flights = gbr?.nodes.find((n) => n.id === 'Flights');
    expect(flights?.treated?.winsorised?.from).toBe(ASEM.Flights[29]);
    // Winsorised to the next value in, so GBR ties for the top of the min-max scale.
    expect(flights?.score).toBe('100.00');
    const imputed = report.entities[4]?.nodes.find((n) => n.id === 'Goods');
    expect(imputed?.missing).toBe(true);
    expect(imputed?.value).toBeNull();
    expect(imputed?.treated?.imputed).toEqual({ method: 'median', value: goods?.imputed?.value });
    // Nodes that nothing changed carry no key at all.
    expect(Object.hasOwn(report.entities[0]?.nodes[0] ?? {}, 'treated')).toBe(false);
  });

  it('the fast engine publishes the same report', () => {
    const exact = score(model, rows, { engine: 'exact' });
    const fast = score(model, rows, { engine: 'fast' });
    expect(fast.engine).toBe('fast');
    const strip = (r: typeof exact) =>
      r.entities.map((e) => [
        e.id,
        e.total,
        e.rank,
        e.nodes.map((n) => [n.id, n.score, n.missing, n.treated]),
      ]);
    expect(strip(fast)).toEqual(strip(exact));
    expect(fast.treatments).toEqual(exact.treatments);
  });

  it('explains a treated value to the applicant, in both languages', () => {
    const report = score(model, rows);
    const why = explain(report, 'GBR');
    expect(why.nodes.find((n) => n.id === 'Flights')?.treated?.record?.outcome).toBe('winsorised');
    const en = narrate(why, { locale: 'en' });
    expect(en).toContain(
      `Flights: the value ${ASEM.Flights[29]} was an outlier among the ASEM applicants (skewness 2.10, kurtosis 4.51, beyond the model's limits) and was winsorised to ${report.treatments?.[0]?.winsorised?.high} before scoring.`,
    );
    const zh = narrate(explain(report, ASEM_CODES[4] as string), { locale: 'zh-CN' });
    expect(zh.some((s) => s.startsWith('「Goods」缺失，按亚欧会议申报对象的中位数'))).toBe(true);
  });

  it('a model without treatment keeps its report bytes: no treatments key, no treated keys', () => {
    const plain = score(
      asemModel({}),
      rows.filter((_, i) => i !== 4),
    );
    expect(Object.hasOwn(plain, 'treatments')).toBe(false);
    expect(JSON.stringify(plain)).not.toContain('treated');
  });

  it('refuses a treatment on a leaf scored alone, and a bad treatment where it is written', () => {
    const input = asemModel({});
    type Tree = { children: [{ children: Array<Record<string, unknown>> }] };
    const bad = structuredClone(input) as ModelInput;
    const leaf = (bad.tree as unknown as Tree).children[0].children[0] as Record<string, unknown>;
    leaf['scoring'] = { method: 'linear', lower: 0, upper: 100 };
    leaf['treatment'] = { outliers: { method: 'log' } };
    expect(issuesOf(() => defineModel(bad))).toEqual([
      { code: 'treatment_needs_cohort', path: 'tree.children.0.children.0.treatment' },
    ]);
    expect(
      issuesOf(() => defineModel(asemModel({ outliers: { method: 'boxcox', lambda: -6 } }))),
    ).toEqual([{ code: 'out_of_scale', path: 'tree.children.0.treatment.outliers.lambda' }]);
    expect(
      issuesOf(() =>
        defineModel(asemModel({ outliers: { method: 'winsorise', maxPoints: 101 } })),
      ).map((i) => i.path),
    ).toEqual(['tree.children.0.treatment.outliers.maxPoints']);
  });

  it('the long CSV says what changed each value and what the method read', () => {
    const lines = toLongCsv(score(model, rows)).split('\n');
    expect(lines[0]?.endsWith(',verification,treatment,treated_value')).toBe(true);
    const gbr = lines.find((l) => l.startsWith('29,GBR,asem,scored,Flights,'));
    expect(
      gbr?.endsWith(`,winsorised,${score(model, rows).treatments?.[0]?.winsorised?.high}`),
    ).toBe(true);
    const imputed = lines.find((l) => l.startsWith(`4,${ASEM_CODES[4]},asem,scored,Goods,`));
    expect(imputed).toMatch(/,imputed,[0-9.]+$/);
    // Without treatment, the columns of before.
    expect(
      toLongCsv(score(asemModel({}), rows.slice(0, 4)))
        .split('\n')[0]
        ?.endsWith(',verification'),
    ).toBe(true);
  });

  it('an ineligible or invalid applicant never enters the statistics', () => {
    const spoiled = rows.map((r, i) =>
      i === 10 ? { ...r, values: { ...r.values, Services: 'n/a' } } : r,
    );
    const report = score(model, spoiled, { engine: 'exact' });
    expect(report.entities[10]?.status).toBe('invalid');
    // DEU (row 11) was one of Goods' outliers; without it the cohort is a different one.
    expect(report.treatments?.[1]?.values).toBe(49);
  });
});
