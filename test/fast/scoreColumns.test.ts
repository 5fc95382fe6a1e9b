import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineModel, formatScaled, isYoupinError, score, scoreColumns } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const label = (s: string) => ({ zh: s, en: s });

// A three-sector model like the benchmark's: dimensions of linear, log and categorical leaves.
const model = defineModel({
  id: 'cols',
  version: '1',
  name: label('cols'),
  rounding: { decimals: 2, mode: 'half-up' },
  tree: {
    id: 'total',
    label: label('total'),
    children: [
      {
        id: 'D1',
        label: label('D1'),
        children: [
          { id: 'a', label: label('a'), scoring: { method: 'linear', lower: 0, upper: 80 } },
          { id: 'b', label: label('b'), scoring: { method: 'log', lower: 1, upper: 1000 } },
        ],
      },
      {
        id: 'D2',
        label: label('D2'),
        children: [
          {
            id: 'c',
            label: label('c'),
            scoring: {
              method: 'categorical',
              categories: [
                { value: 'A', score: 100 },
                { value: 'B', score: '62.5' },
              ],
            },
          },
          { id: 'd', label: label('d'), scoring: { method: 'direct' } },
        ],
      },
    ],
  },
  sectors: [
    { id: 'agri', label: label('农业') },
    { id: 'mfg', label: label('制造业'), profile: { weights: { D1: 0.7, D2: 0.3 } } },
  ],
  profile: { weights: { D1: '1/3', D2: '2/3', a: 0.5, b: 0.5, c: 0.25, d: 0.75 } },
});

const row = fc.record({
  sector: fc.constantFrom('agri', 'mfg', 'svc'),
  a: fc.oneof(
    fc.double({ min: -10, max: 100, noNaN: true }),
    fc.constantFrom(40, 20.125, Number.NaN),
  ),
  b: fc.oneof(fc.double({ min: 0, max: 5000, noNaN: true }), fc.constant(-1)),
  c: fc.constantFrom('A', 'B', 'Z', null),
  d: fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.constant(63.875)),
});

describe('scoreColumns', () => {
  it('publishes what score() publishes, row by row (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const columns = scoreColumns(model, {
          sectors: rows.map((r) => r.sector),
          values: {
            a: Float64Array.from(rows, (r) => r.a),
            b: Float64Array.from(rows, (r) => r.b),
            c: rows.map((r) => r.c),
            d: Float64Array.from(rows, (r) => r.d),
          },
        });
        const report = score(
          model,
          rows.map((r, i) => ({
            id: `r${i}`,
            sector: r.sector,
            values: { a: Number.isNaN(r.a) ? null : r.a, b: r.b, c: r.c, d: r.d },
          })),
          { engine: 'exact' },
        );
        report.entities.forEach((e, i) => {
          const scored = e.status === 'scored';
          expect(columns.status[i]).toBe(scored ? 0 : 1);
          const total = columns.totals[i] as number;
          expect(Number.isNaN(total) ? null : formatScaled(total, 2)).toBe(e.total);
          for (const id of ['D1', 'D2']) {
            const v = columns.branches[id]?.[i] as number;
            const published = e.nodes.find((n) => n.id === id)?.score ?? null;
            expect(Number.isNaN(v) ? null : formatScaled(v, 2)).toBe(scored ? published : null);
          }
          expect(columns.rank.overall[i]).toBe(e.rank.overall ?? 0);
          expect(columns.rank.sector[i]).toBe(e.rank.sector ?? 0);
        });
        // Every invalid row has its issues, located at the row.
        const invalid = report.entities.filter((e) => e.status !== 'scored').length;
        expect(new Set(columns.issues.map((x) => x.path[1])).size).toBe(invalid);
      }),
      { numRuns: 200 },
    );
  });

  it('publishes what score() publishes when sectors differ in their tree (property)', () => {
    // mfg leaves out leaf b, and D2 is a minimum whose positive children differ by sector:
    // rows of each sector are scored in chunks of their own.
    const split = defineModel({
      id: 'split',
      version: '1',
      name: label('split'),
      rounding: { decimals: 2, mode: 'half-up' },
      tree: {
        id: 'total',
        label: label('total'),
        children: [
          {
            id: 'D1',
            label: label('D1'),
            children: [
              { id: 'a', label: label('a'), scoring: { method: 'linear', lower: 0, upper: 80 } },
              {
                id: 'b',
                label: label('b'),
                direction: 'lower' as const,
                scoring: { method: 'log', lower: 1, upper: 1000 },
              },
            ],
          },
          {
            id: 'D2',
            label: label('D2'),
            operator: { method: 'minimum' as const },
            children: [
              { id: 'd', label: label('d'), scoring: { method: 'direct' } },
              {
                id: 'e',
                label: label('e'),
                direction: 'lower' as const,
                scoring: { method: 'linear', lower: 0, upper: 10 },
              },
            ],
          },
        ],
      },
      sectors: [
        { id: 'agri', label: label('农业') },
        {
          id: 'mfg',
          label: label('制造业'),
          profile: { weights: { D1: 0.7, D2: 0.3, a: 1, d: 1, e: 0 }, exclude: ['b'] },
        },
      ],
      profile: { weights: { D1: '1/3', D2: '2/3', a: 0.5, b: 0.5, d: 0.25, e: 0.75 } },
    });
    const line = fc.record({
      sector: fc.constantFrom('agri', 'mfg', 'svc'),
      a: fc.oneof(fc.double({ min: -10, max: 100, noNaN: true }), fc.constantFrom(40, Number.NaN)),
      b: fc.oneof(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.constantFrom(Number.NaN, 1000, 999.9999999999999),
      ),
      d: fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.constant(63.875)),
      e: fc.oneof(fc.double({ min: -5, max: 15, noNaN: true }), fc.constant(2.5)),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (rows) => {
        const ids = ['a', 'b', 'd', 'e'] as const;
        const columns = scoreColumns(split, {
          sectors: rows.map((r) => r.sector),
          values: Object.fromEntries(ids.map((id) => [id, Float64Array.from(rows, (r) => r[id])])),
        });
        const report = score(
          split,
          rows.map((r, i) => ({
            id: `r${i}`,
            sector: r.sector,
            values: Object.fromEntries(ids.map((id) => [id, Number.isNaN(r[id]) ? null : r[id]])),
          })),
          { engine: 'exact' },
        );
        report.entities.forEach((e, i) => {
          const scored = e.status === 'scored';
          expect(columns.status[i]).toBe(scored ? 0 : 1);
          const total = columns.totals[i] as number;
          expect(Number.isNaN(total) ? null : formatScaled(total, 2)).toBe(e.total);
          for (const id of ['D1', 'D2']) {
            const v = columns.branches[id]?.[i] as number;
            const published = e.nodes.find((n) => n.id === id)?.score ?? null;
            expect(Number.isNaN(v) ? null : formatScaled(v, 2)).toBe(scored ? published : null);
          }
          expect(columns.rank.overall[i]).toBe(e.rank.overall ?? 0);
          expect(columns.rank.sector[i]).toBe(e.rank.sector ?? 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('ranks by counting and by sorting alike: ties, wide ranges, unscored rows', () => {
    const model1 = defineModel({
      id: 'r',
      version: '1',
      name: label('r'),
      rounding: { decimals: 4, mode: 'half-up' },
      tree: {
        id: 'total',
        label: label('total'),
        children: [{ id: 'x', label: label('x'), scoring: { method: 'direct' } }],
      },
      sectors: [
        { id: 's', label: label('s') },
        { id: 't', label: label('t') },
      ],
      profile: { weights: { x: 1 } },
    });
    // Few rows over a wide range (sorted) and many rows over a narrow one (counted).
    for (const values of [
      [0, 100, 50, 50, Number.NaN, 99.9999, 0.0001, 50],
      Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? Number.NaN : (i * 37) % 101)),
    ]) {
      const sectors = values.map((_, i) => (i % 3 === 0 ? 's' : i % 3 === 1 ? 't' : 'u'));
      const columns = scoreColumns(model1, { sectors, values: { x: Float64Array.from(values) } });
      const report = score(
        model1,
        values.map((x, i) => ({
          id: `r${i}`,
          sector: sectors[i] as string,
          values: { x: Number.isNaN(x) ? null : x },
        })),
        { engine: 'exact' },
      );
      report.entities.forEach((e, i) => {
        expect(columns.rank.overall[i]).toBe(e.rank.overall ?? 0);
        expect(columns.rank.sector[i]).toBe(e.rank.sector ?? 0);
      });
    }
  });

  it('recomputes a total on a rounding boundary exactly (63.875 → 63.88)', () => {
    const result = scoreColumns(model, {
      sectors: ['agri'],
      values: {
        a: Float64Array.of(40),
        b: Float64Array.of(1000),
        c: ['A'],
        d: Float64Array.of(0),
      },
    });
    // (0.5·50 + 0.5·100)/3 + 2/3·(0.25·100) = 25 + 16.6… ; use score() as the oracle instead:
    const report = score(model, [
      { id: 'x', sector: 'agri', values: { a: 40, b: 1000, c: 'A', d: 0 } },
    ]);
    expect(formatScaled(result.totals[0] as number, 2)).toBe(report.entities[0]?.total);
    const boundary = defineModel({
      id: 'b',
      version: '1',
      name: label('b'),
      tree: {
        id: 'total',
        label: label('total'),
        children: [{ id: 'x', label: label('x'), scoring: { method: 'direct' } }],
      },
      sectors: [{ id: 's', label: label('s') }],
      profile: { weights: { x: 1 } },
    });
    const exact = scoreColumns(boundary, {
      sectors: ['s'],
      values: { x: Float64Array.of(63.875) },
    });
    expect(formatScaled(exact.totals[0] as number, 2)).toBe('63.88');
    expect(exact.recomputed).toBe(1);
  });

  it('settles exact ties the float misses: x/3 on .xx5 under every rounding mode', () => {
    // 100·x/3 is exactly n.nn5 for x = 3(2n + 1)/20000, but x/3 is not exact in binary: the
    // float lands a hair either side of the boundary and only the error bound sends it to decimal.
    const values = Float64Array.from({ length: 2000 }, (_, n) => (3 * (2 * n + 1)) / 20000);
    for (const mode of ['half-up', 'half-even', 'down', 'up'] as const) {
      const thirds = defineModel({
        id: 'thirds',
        version: '1',
        name: label('thirds'),
        rounding: { decimals: 2, mode },
        tree: {
          id: 'total',
          label: label('total'),
          children: [
            { id: 'x', label: label('x'), scoring: { method: 'linear', lower: 0, upper: 3 } },
          ],
        },
        sectors: [{ id: 's', label: label('s') }],
        profile: { weights: { x: 1 } },
      });
      const sectors = Array.from(values, () => 's');
      const columns = scoreColumns(thirds, { sectors, values: { x: values } });
      const report = score(
        thirds,
        Array.from(values, (x, i) => ({ id: `r${i}`, sector: 's', values: { x } })),
      );
      const published = Array.from(columns.totals, (t) => formatScaled(t, 2));
      expect(published).toEqual(report.entities.map((e) => e.total));
    }
  });

  it('refuses a model without a float form, and columns that do not fit', () => {
    const codes = (f: () => unknown) => {
      try {
        f();
        return [];
      } catch (error) {
        return isYoupinError(error) ? error.issues.map((i) => i.code) : ['other'];
      }
    };
    expect(
      codes(() =>
        scoreColumns(
          defineModel({
            id: 'mm',
            version: '1',
            name: label('mm'),
            tree: {
              id: 't',
              label: label('t'),
              children: [{ id: 'x', label: label('x'), scoring: { method: 'minmax' } }],
            },
            sectors: [{ id: 's', label: label('s') }],
            profile: { weights: { x: 1 } },
          }),
          { sectors: [], values: {} },
        ),
      ),
    ).toEqual(['no_fast_path']);
    expect(
      codes(() => scoreColumns(model, { sectors: ['agri'], values: { a: Float64Array.of(1, 2) } })),
    ).toEqual(['length_mismatch']);
    expect(codes(() => scoreColumns(model, { sectors: ['agri'], values: { D1: [1] } }))).toEqual([
      'unknown_node',
    ]);
    expect(
      codes(() => scoreColumns(defineModel(liaocheng2024), { sectors: [], values: {} })),
    ).toEqual([]);
  });
});
