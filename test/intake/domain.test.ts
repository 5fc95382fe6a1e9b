// A number outside the values its leaf or fact can take (its `domain`) is a data error,
// `out_of_domain`: the applicant is invalid, located and told why, on every path — score() on
// the exact and the fast engine, scoreColumns, the streamed row programme and the CLI. Found by
// trying the sample spreadsheet with a satisfaction of "1,083.4" (a typing error for 83.4): it
// read as 1083.4 %, scored the top of the scale, and nothing said so.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  type ModelInput,
  safeDefineModel,
  score,
  scoreColumns,
  toCsv,
} from 'youpin';
import { readBatch, scoreCsvFile } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { floatDomain, withinFloatDomain } from '../../src/fast/floatDomain.js';
import { readLeafValue } from '../../src/intake/readLeafValue.js';
import { resolveModel } from '../../src/model/resolveModel.js';
import { Dec } from '../../src/numeric/decimal.js';
import { youpin } from '../cli/_cli.js';
import { splitCsvLine } from '../helpers.js';
import { liaocheng, sample, scratch } from '../node/_files.js';

const label = (s: string) => ({ zh: s, en: s });
const file = scratch();

const model = defineModel({
  id: 'domains',
  version: '1',
  name: label('domains'),
  tree: {
    id: 'total',
    label: label('total'),
    children: [
      {
        id: 'share',
        label: { zh: '满意度', en: 'Satisfaction' },
        unit: '%',
        domain: { min: 0, max: 100 },
        scoring: { method: 'linear', lower: 70, upper: 95 },
      },
      {
        id: 'patents',
        label: { zh: '专利', en: 'Patents' },
        domain: { min: 0, integer: true },
        scoring: { method: 'linear', lower: 0, upper: 20 },
      },
      {
        id: 'rating',
        label: { zh: '评分', en: 'Rating' },
        domain: { min: '0.1', max: '4.9' },
        scoring: { method: 'linear', lower: 0, upper: 5 },
      },
    ],
  },
  sectors: [{ id: 'mfg', label: label('制造业') }],
  profile: { weights: { share: '1/2', patents: '1/4', rating: '1/4' } },
  facts: [{ id: 'years', label: label('经营年限'), type: 'number', domain: { min: 0 } }],
  gates: [
    {
      id: 'G1',
      label: label('经营满三年'),
      when: { fact: 'years', op: '>=', value: 3 },
    },
  ],
});

const row = (id: string, values: Record<string, unknown>, facts = { years: 5 }): EntityInput =>
  ({ id, sector: 'mfg', values: { share: 80, patents: 3, rating: 4, ...values }, facts }) as never;

describe('out_of_domain', () => {
  it('makes an applicant invalid, located, in both languages, for text and JSON numbers', () => {
    const report = score(model, [
      row('typo', { share: '1,083.4' }),
      row('percent', { share: '101%' }),
      row('negative', { patents: -1 }),
      row('half', { patents: '8.5' }),
      row('low', { rating: 0.05 }),
      row('ends', { share: '100', patents: 0, rating: '4.9' }),
      row('years', {}, { years: -2 }),
    ]);
    const byId = new Map(report.entities.map((e) => [e.id, e]));
    const first = (id: string) => byId.get(id)?.issues[0];
    expect(first('typo')).toMatchObject({
      code: 'out_of_domain',
      path: ['entities', 0, 'values', 'share'],
      message: '"1,083.4" (Satisfaction) is not a possible value: it must be from 0 to 100',
      messageZh: '"1,083.4"（满意度）不是可能的取值：应为 0 到 100 之间的数',
    });
    expect(first('percent')?.code).toBe('out_of_domain');
    expect(first('negative')?.message).toBe(
      '-1 (Patents) is not a possible value: it must be a whole number of at least 0',
    );
    expect(first('half')?.messageZh).toBe('"8.5"（专利）不是可能的取值：应为不小于 0 的整数');
    expect(first('low')?.path).toEqual(['entities', 4, 'values', 'rating']);
    // Both ends are possible values.
    expect(byId.get('ends')?.status).toBe('scored');
    // A fact outside its domain is unreadable: the applicant is invalid, the gate is not failed.
    expect(byId.get('years')?.status).toBe('invalid');
    expect(first('years')).toMatchObject({
      code: 'out_of_domain',
      path: ['entities', 6, 'facts', 'years'],
    });
    for (const id of ['typo', 'percent', 'negative', 'half', 'low'])
      expect(byId.get(id)?.status).toBe('invalid');
  });

  it('gives the same verdicts on the fast engine (2,000 applicants and more) as on the exact', () => {
    const rows = Array.from({ length: 2400 }, (_, i) =>
      row(`a${i}`, {
        share: i % 97 === 0 ? 100 + (i % 7) : 60 + (i % 40),
        patents: i % 113 === 0 ? '2.5' : i % 30,
        rating: i % 131 === 0 ? '4.95' : `${(i % 49) / 10}`,
      }),
    );
    const fast = score(model, rows);
    const exact = score(model, rows, { engine: 'exact' });
    expect(fast.engine).toBe('fast');
    const verdicts = (r: typeof fast) =>
      r.entities.map((e) => [e.id, e.status, e.issues.map((i) => i.code).join()]);
    expect(verdicts(fast)).toEqual(verdicts(exact));
    expect(exact.entities.filter((e) => e.status === 'invalid').length).toBeGreaterThan(40);
  });

  it('in scoreColumns, whatever the column type, and with ends a float cannot hold', () => {
    const scores = scoreColumns(model, {
      sectors: Array(6).fill('mfg'),
      values: {
        share: Float64Array.of(100, 0, 100.5, -0.1, 80, 80),
        patents: ['3', '3.5', 2, '1e1', 0, '2.0'],
        // 0.1 is the float nearest 0.1, and so the value 0.1: within the domain from 0.1.
        rating: Float64Array.of(0.1, 4, 4, 4, 4.9, 0.09999999999999999),
      },
    });
    expect(scores.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'out_of_domain rows.1.patents',
      'out_of_domain rows.2.share',
      'out_of_domain rows.3.share',
      'out_of_domain rows.5.rating',
    ]);
    expect([...scores.status]).toEqual([0, 1, 1, 1, 0, 1]);
  });

  it('agrees with the exact comparison for any value and domain (property)', () => {
    const compiled = resolveModel(model);
    const rating = compiled.nodes.find((n) => n.id === 'rating');
    const decimal = fc
      .tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 3 }))
      .map(([units, places]) => new Dec(units).div(10 ** places).toFixed());
    fc.assert(
      fc.property(decimal, decimal, decimal, fc.boolean(), (a, b, v, integer) => {
        const [min, max] = new Dec(a).lte(b) ? [a, b] : [b, a];
        const exact = { min: new Dec(min), max: new Dec(max), integer };
        const inside = !(
          new Dec(v).lt(min) ||
          new Dec(v).gt(max) ||
          (integer && !new Dec(v).isInteger())
        );
        // The row programme's float check never admits a value the decimal refuses.
        const d = floatDomain(exact);
        if (d && withinFloatDomain(Number(v), v, d)) expect(inside).toBe(true);
        // readLeafValue's verdict is the exact one.
        const node = { ...rating, leaf: { ...rating?.leaf, domain: exact } } as never;
        expect(readLeafValue(node, v).ok).toBe(inside);
      }),
      { numRuns: 500 },
    );
  });

  it('is a model error on a leaf that is no number, or when min is above max', () => {
    const definition = model.definition as ModelInput;
    const tree = definition.tree;
    const bad = safeDefineModel({
      ...definition,
      tree: {
        ...tree,
        children: [
          { ...(tree.children[0] as object), domain: { min: 5, max: 1 } },
          {
            id: 'grade',
            label: label('grade'),
            domain: { max: 3 },
            scoring: { method: 'categorical', categories: [{ value: 'a', score: 100 }] },
          },
          tree.children[2],
        ],
      } as never,
      profile: { weights: { share: '1/2', grade: '1/4', rating: '1/4' } },
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.error.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'invalid_domain tree.children.0.domain',
      'invalid_domain tree.children.1.domain',
    ]);
  });
});

describe('out_of_domain in files', () => {
  // The sample spreadsheet with one satisfaction typed "1,083.4" and one rank of 0.
  const csv = () => {
    const [header, ...lines] = readFileSync(sample('sample-batch.csv'), 'utf8').split('\r\n');
    const cells = splitCsvLine(header as string);
    const satisfaction = cells.indexOf('顾客满意度（第三方测评）');
    const rank = cells.indexOf('国内市场占有率排名');
    const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    const edit = (line: string, at: number, value: string) => {
      const parts = splitCsvLine(line);
      parts[at] = value;
      return parts.map(quote).join(',');
    };
    lines[0] = edit(lines[0] as string, satisfaction, '1,083.4');
    lines[1] = edit(lines[1] as string, rank, '0');
    return file('domains.csv', [header, ...lines].join('\r\n'));
  };

  it('streams byte for byte as score() on the whole file does (the row programme defers)', async () => {
    const path = csv();
    const reference = toCsv(score(liaocheng, (await readBatch(path, liaocheng)).entities), {
      locale: 'both',
    });
    let text = '';
    await scoreCsvFile(path, liaocheng, {
      format: 'csv',
      locale: 'both',
      out: (piece) => {
        text += piece;
      },
    });
    expect(text).toBe(reference);
    const rows = (await readBatch(path, liaocheng)).entities;
    const report = score(liaocheng, rows);
    expect(report.entities.slice(0, 2).map((e) => [e.status, e.issues[0]?.code])).toEqual([
      ['invalid', 'out_of_domain'],
      ['invalid', 'out_of_domain'],
    ]);
  });

  it('is located by youpin validate, which exits 1', async () => {
    const run = await youpin(['validate', csv(), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'row 2, column 顾客满意度（第三方测评）: "1,083.4" (Customer satisfaction (third-party)) is not a possible value: it must be from 0 to 100',
    );
    expect(run.stderr).toContain(
      'row 3, column 国内市场占有率排名: "0" (Domestic market-share rank) is not a possible value: it must be a whole number of at least 1',
    );
  });

  it('is declared by the shipped presets for their percentages, counts, ranks and ratings', () => {
    const domains = new Map<string, unknown>();
    const visit = (n: ModelInput['tree']['children'][number]): void => {
      if ('children' in n) n.children.forEach(visit);
      else if (n.domain) domains.set(n.id, n.domain);
    };
    visit(liaocheng2024.tree);
    expect(domains.get('m_Q4')).toEqual({ min: 0, max: 100 });
    expect(domains.get('m_I2')).toEqual({ min: 0, integer: true });
    expect(domains.get('m_B1')).toEqual({ min: 1, integer: true });
    expect(domains.get('s_B4')).toEqual({ min: 0, max: 5 });
    expect(domains.size).toBeGreaterThanOrEqual(25);
  });
});
