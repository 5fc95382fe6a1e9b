// toLongCsv: one row per applicant and node, exact text, nothing lost; the same text whichever
// engine scored the report. toCsv's codes mode: the same table with codes for scripts.
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, score, toCsv, toLongCsv } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { issuesOf, parseCsvText as parse } from '../helpers.js';

const model = defineModel(liaocheng2024);
const batch: EntityInput[] = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const report = score(model, batch);
// decimal.js keeps 20 digits by default: the exact figures have 28.
const D = Decimal.clone({ precision: 50 });

describe('toLongCsv', () => {
  const rows = parse(toLongCsv(report));
  const [header, ...body] = rows;
  const col = (name: string) => (header ?? []).indexOf(name);

  it('has one row per applicant and node, and one for an applicant without nodes', () => {
    expect(header).toEqual([
      'index',
      'id',
      'sector',
      'status',
      'node',
      'parent',
      'depth',
      'kind',
      'value',
      'missing',
      'score',
      'exact',
      'weight',
      'effective_weight',
      'contribution',
      'verification',
    ]);
    const expected = report.entities.reduce((n, e) => n + Math.max(1, e.nodes.length), 0);
    expect(body).toHaveLength(expected);
    expect(new Set(body.map((r) => r[0]))).toEqual(
      new Set(report.entities.map((e) => String(e.index))),
    );
    expect(body.every((r) => r.length === header?.length)).toBe(true);
  });

  it("a scored applicant's leaf contributions add up to its exact total, in exact text", () => {
    for (const e of report.entities) {
      if (e.status !== 'scored') continue;
      const mine = body.filter((r) => r[0] === String(e.index));
      const sum = mine
        .filter((r) => r[col('kind')] === 'leaf')
        .reduce((s, r) => s.plus(r[col('contribution')] || 0), new D(0));
      const total = mine.find((r) => r[col('node')] === 'total')?.[col('exact')];
      expect(
        sum
          .minus(total ?? 'NaN')
          .abs()
          .lt('1e-20'),
      ).toBe(true);
      // Published figures keep their trailing zeros.
      expect(mine.find((r) => r[col('node')] === 'total')?.[col('score')]).toBe(e.total);
    }
  });

  it('is the same text on the fast path as on the exact one (2,540 applicants, past 2,000)', () => {
    const big = Array.from({ length: 20 }, (_, k) =>
      batch.map((e) => ({ ...e, id: `${e.id}_${k}` })),
    ).flat();
    const fast = score(model, big, { engine: 'fast' });
    const exact = score(model, big, { engine: 'exact' });
    expect(fast.engine).toBe('fast');
    expect(toLongCsv(fast)).toBe(toLongCsv(exact));
  }, 120_000);

  it('writes raw values as given, and neutralises a cell a spreadsheet would run', () => {
    const m = defineModel({
      id: 'demo',
      version: '1',
      name: { zh: '示例', en: 'Demo' },
      tree: {
        id: 'total',
        label: { zh: '总分', en: 'Total' },
        children: [
          { id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
        ],
      },
      profile: { weights: { Q: 1 } },
      sectors: [{ id: 'food', label: { zh: '食品', en: 'Food' } }],
    });
    const text = toLongCsv(score(m, [{ id: 'A', sector: 'food', values: { Q: '=1+2' } }]));
    expect(text.split('\n')[2]).toBe("0,A,food,invalid,Q,total,1,leaf,'=1+2,false,,,1,1,,");
    expect(text.startsWith('index,')).toBe(true); // no byte-order mark
    expect(text).not.toContain('\r');
  });
});

describe('toCsv codes mode', () => {
  const text = toCsv(report, { codes: true, locale: 'en' });
  const [header, ...body] = parse(text);

  it('holds codes: sector ids, statuses, true/false, reason and notice codes', () => {
    expect(header?.slice(0, 11)).toEqual([
      'index',
      'id',
      'name',
      'sector',
      'status',
      'total',
      'rank_sector',
      'rank_overall',
      'selected',
      'reason',
      'band',
    ]);
    expect(header?.slice(11, 16)).toEqual(['Q', 'I', 'B', 'E', 'S']);
    expect(text.startsWith('index,')).toBe(true);
    expect(text).not.toContain('\r');
    expect(new Set(body.map((r) => r[4]))).toEqual(
      new Set(['scored', 'ineligible', 'vetoed', 'invalid']),
    );
    expect(new Set(body.map((r) => r[8]))).toEqual(new Set(['true', 'false']));
    const reasons = body.map((r) => r[9] ?? '');
    expect(reasons).toContain('selected');
    expect(reasons.some((r) => /^gate:G\d/.test(r))).toBe(true);
    expect(reasons.some((r) => /^veto:/.test(r))).toBe(true);
    expect(reasons).toContain('decimal_comma@entities.48.values.a_E3');
    // The same rows and figures as the labelled table.
    const labelled = toCsv(report, { locale: 'en' }).slice(1).split('\r\n');
    expect(body).toHaveLength(labelled.length - 2);
    expect(body.map((r) => r[5])).toEqual(report.entities.map((e) => e.total ?? ''));
  });

  it('refuses a codes option that is not true or false', () => {
    expect(issuesOf(() => toCsv(report, { codes: 'yes' as never }))).toEqual([
      { code: 'wrong_value_type', path: 'options.codes' },
    ]);
  });
});
