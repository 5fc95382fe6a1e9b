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
