import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregatePanel, type EntityInput, type Report, score, type ValueInput } from 'youpin';
import { formatLocation, readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { asTable, liaocheng, sample } from './_files.js';

// The sample batch, written as CSV, GBK CSV and XLSX by scripts/write-sample-files.ts, reads back
// to the JSON batch: exactly (the workbook), or without expert scores and events (CSV).

const json = JSON.parse(readFileSync(sample('sample-batch.json'), 'utf8')) as EntityInput[];
const outcome = (report: Report) =>
  report.entities.map((e) => ({
    id: e.id,
    status: e.status,
    total: e.total,
    totalExact: e.totalExact,
    rank: e.rank,
    selected: e.selection?.selected ?? null,
    // The facts each rule read, typed: the table's 是/否 and lists read as the JSON's values.
    eligibility: e.eligibility,
  }));

/** A table cannot hold an empty list of a fact: a blank cell is a missing fact (see asTable). */
const noEmptyLists = (e: EntityInput): EntityInput => ({
  ...e,
  ...(e.facts
    ? {
        facts: Object.fromEntries(
          Object.entries(e.facts).filter(([, v]) => !(Array.isArray(v) && v.length === 0)),
        ),
      }
    : {}),
});

/** An entity without its facts: a table gives them as written, and the core types them. */
const withoutFacts = ({ facts: _facts, ...rest }: EntityInput): EntityInput => rest;

/** A CSV has no expert scores: the sample writer puts each panel's result in as the leaf's value. */
function panelsAsValues(e: EntityInput): EntityInput {
  const values: Record<string, ValueInput | undefined> = { ...e.values };
  for (const [leaf, scores] of Object.entries(e.panels ?? {})) {
    values[leaf] = aggregatePanel(scores, liaocheng2024.panel ?? { method: 'mean' }).value;
  }
  return { ...e, values, panels: undefined };
}

describe('the sample batch as CSV', () => {
  it('carries every value, fact, series and verification of the JSON batch', async () => {
    const batch = await readBatch(sample('sample-batch.csv'), liaocheng);
    expect(batch.format).toBe('csv');
    expect(batch.issues).toEqual([]);
    expect(batch.entities.map(withoutFacts)).toEqual(
      json.map((e) => withoutFacts(asTable(panelsAsValues(e), false))),
    );
  });

  it('scores like the JSON batch with its panels’ results as values and without events (which CSV cannot carry)', async () => {
    const batch = await readBatch(sample('sample-batch.csv'), liaocheng);
    const stripped = json.map((e) => {
      const { panels: _p, events: _e, ...rest } = panelsAsValues(e);
      return rest;
    });
    expect(outcome(score(liaocheng, batch.entities))).toEqual(
      outcome(score(liaocheng, stripped.map(noEmptyLists))),
    );
  });

  it('locates the core’s "12,5" issue at its row and column', async () => {
    const batch = await readBatch(sample('sample-batch.csv'), liaocheng);
    const report = score(liaocheng, batch.entities);
    const index = json.findIndex((e) => e.values['a_E3'] === '12,5');
    const issue = report.entities[index]?.issues.find((i) => i.code === 'decimal_comma');
    expect(issue?.path).toEqual(['entities', index, 'values', 'a_E3']);
    const where = batch.locate(issue?.path ?? []);
    expect(where).toEqual({
      file: 'sample-batch.csv',
      sheet: null,
      row: index + 2,
      column: '销售利润率',
    });
    const csvRow = readFileSync(sample('sample-batch.csv'), 'utf8').split('\r\n')[index + 1];
    expect(csvRow).toContain('"12,5"');
    expect(formatLocation(where ?? { file: '', sheet: null, row: 0, column: null }, 'zh')).toBe(
      `sample-batch.csv 第 ${index + 2} 行 销售利润率 列`,
    );
  });
});

describe('the sample batch as XLSX', () => {
  it('reads back to the JSON batch, expert scores and events included', async () => {
    const batch = await readBatch(sample('sample-batch.xlsx'), liaocheng);
    expect(batch.format).toBe('xlsx');
    expect(batch.encoding).toBeNull();
    expect(batch.issues).toEqual([]);
    expect(batch.entities.map(withoutFacts)).toEqual(
      json.map((e) => withoutFacts(asTable(e, true))),
    );
  });

  it('gives exactly the report totals, statuses, ranks and selection of the JSON batch', async () => {
    const batch = await readBatch(sample('sample-batch.xlsx'), liaocheng);
    const fromXlsx = score(liaocheng, batch.entities);
    const fromJson = score(liaocheng, json.map(noEmptyLists));
    expect(fromXlsx.counts).toEqual(fromJson.counts);
    expect(new Set(fromJson.entities.map((e) => e.status))).toEqual(
      new Set(['scored', 'ineligible', 'vetoed', 'invalid']),
    );
    expect(outcome(fromXlsx)).toEqual(outcome(fromJson));
  });

  it('locates issues in the applicants’ sheet and in the sheet of expert scores', async () => {
    const batch = await readBatch(sample('sample-batch.xlsx'), liaocheng);
    const index = json.findIndex((e) => e.values['a_E3'] === '12,5');
    expect(batch.locate(['entities', index, 'values', 'a_E3'])).toEqual({
      file: 'sample-batch.xlsx',
      sheet: '申报数据',
      row: index + 2,
      column: '销售利润率',
    });
    const panel = batch.locate(['entities', 0, 'panels', 'm_Q2', 1, 'score']);
    expect(panel).toEqual({ file: 'sample-batch.xlsx', sheet: '专家评分', row: 3, column: '评分' });
    expect(formatLocation(panel ?? { file: '', sheet: null, row: 0, column: null }, 'en')).toBe(
      'sample-batch.xlsx, sheet 专家评分, row 3, column 评分',
    );
  });

  it('reads a percentage cell by the number it shows (0.834 shown as 83.4 % is "83.4")', async () => {
    const batch = await readBatch(sample('sample-batch.xlsx'), liaocheng);
    expect(json[0]?.values['m_Q4']).toBe(83.4);
    expect(batch.entities[0]?.values['m_Q4']).toBe('83.4');
  });
});

describe('the problem file of the command line’s tests', () => {
  it('has an unknown column, a missing id and an unterminated quote; "12,5" and the sector are the core’s', async () => {
    const batch = await readBatch(sample('bad-applicants.csv'), liaocheng);
    expect(batch.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_column', ['rows', 1, 'columns', '备注说明']],
      ['unterminated_quote', ['rows', 6]],
    ]);
    const report = score(liaocheng, batch.entities);
    expect(report.entities.map((e) => e.status)).toEqual([
      'scored',
      'invalid',
      'invalid',
      'invalid',
    ]);
    const located = report.entities.flatMap((e) =>
      e.issues.map((i) => [
        i.code,
        formatLocation(
          batch.locate(i.path) ?? { file: '', sheet: null, row: 0, column: null },
          'en',
        ),
      ]),
    );
    expect(located).toEqual([
      ['decimal_comma', 'bad-applicants.csv, row 3, column 研发投入强度（近 3 年平均）'],
      ['unknown_sector', 'bad-applicants.csv, row 4, column 行业'],
      ['invalid_entity', 'bad-applicants.csv, row 5, column 编号'],
    ]);
  });
});
