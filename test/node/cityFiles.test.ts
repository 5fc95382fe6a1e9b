// A city team's own files (test/fixtures/city/, written by scripts/write-city-fixtures.ts from
// the sample batch): each one scores exactly as its clean twin, or says, located, what to change.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Issue, type Report, score } from 'youpin';
import { type BatchFile, formatLocation, readBatch } from 'youpin/node';
import { liaocheng } from './_files.js';

const city = (name: string) => fileURLToPath(new URL(`../fixtures/city/${name}`, import.meta.url));

/** What must not change between a file and its clean twin. */
const outcome = (report: Report) =>
  report.entities.map((e) => ({
    id: e.id,
    sector: e.sector,
    status: e.status,
    total: e.total,
    totalExact: e.totalExact,
    rank: e.rank,
    selection: e.selection,
    gates: e.eligibility.gates.map((g) => [g.rule, g.result, g.facts]),
    vetoes: e.eligibility.vetoes.map((v) => [v.rule, v.result]),
    issues: e.issues.map((i) => i.code),
  }));

const where = (batch: BatchFile, issue: Issue) => {
  const place = batch.locate(issue.path);
  return place ? formatLocation(place, 'en') : issue.path.join('.');
};

async function read(name: string) {
  const batch = await readBatch(city(name), liaocheng);
  return { batch, report: score(liaocheng, batch.entities) };
}

describe('a city team’s files score exactly as their clean twin', async () => {
  const clean = await read('clean.csv');

  it('the clean twin reads without a problem', () => {
    expect(clean.batch.issues).toEqual([]);
    expect(clean.report.counts.entities).toBe(36);
    expect(clean.report.counts.scored).toBeGreaterThan(20);
  });

  it.each([
    ['title-rows.csv', ['header_row']],
    ['wps-gbk.csv', []],
    ['display-values.csv', []],
    ['instructions-first.xlsx', ['sheet_chosen', 'header_row']],
  ])('%s', async (name, notices) => {
    const { batch, report } = await read(name);
    expect(batch.issues.map((i) => i.message)).toEqual([]);
    expect(batch.notices.map((n) => n.code)).toEqual(notices);
    expect(outcome(report)).toEqual(outcome(clean.report));
  });

  it('says where the header is, and which sheet it read', async () => {
    const title = await read('title-rows.csv');
    expect(title.batch.notices[0]?.message).toBe(
      'the header is row 3; the row(s) above it (1, 2) were skipped as a title',
    );
    const book = await read('instructions-first.xlsx');
    expect(book.batch.notices[0]?.messageZh).toBe(
      '读取工作表「汇总表」（其表头与模型相符）；未读取：填表说明（可用 --sheet 指定）',
    );
  });
});

describe('a city team’s files with mistakes say what to change, where', () => {
  it('a header typo: one message with the closest label, one for the indicator it left out', async () => {
    const { batch } = await read('header-typo.csv');
    expect(batch.issues.map((i) => [i.code, where(batch, i), i.messageZh])).toEqual([
      [
        'unknown_column',
        'header-typo.csv, row 1, column 顾客满意度（第三方测平）',
        '列"顾客满意度（第三方测平）"不是模型中的列，该列被忽略。是否应为"顾客满意度（第三方测评）"？',
      ],
      [
        'missing_leaf_column',
        'header-typo.csv, row 1',
        '缺少指标"顾客满意度（第三方测评）"的列（请添加表头为 "顾客满意度（第三方测评）" 的列）：制造业、服务业的所有申报对象都将无效',
      ],
    ]);
  });

  it('a gate’s fact without a column: one message naming it, the rule and the consequence', async () => {
    const { batch, report } = await read('missing-fact.csv');
    expect(batch.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'missing_fact_column',
        'there is no column for the fact "Years of continuous operation" (add a column headed "连续经营年限" / "fact.years_operating"): every applicant will be ineligible under G2 “Operating for at least 3 years”',
      ],
    ]);
    // And so it is: absent is a verdict the rule states, with the fact named by its label.
    const gate = report.entities[0]?.eligibility.gates.find((g) => g.rule === 'G2');
    expect([gate?.result, gate?.missing]).toEqual(['unknown', ['years_operating']]);
  });

  it('present but unreadable: the row is invalid, never ineligible, with the cell and what to write', async () => {
    const { batch, report } = await read('garbage-facts.csv');
    const clean = await read('clean.csv');
    const bad = report.entities.slice(0, 5);
    expect(bad.map((e) => e.status)).toEqual(Array(5).fill('invalid'));
    expect(bad.map((e) => e.issues.map((i) => `${where(batch, i)}: ${i.message}`))).toEqual([
      [
        'garbage-facts.csv, row 2, column fact.years_operating: "五年" (Years of continuous operation) is written in Chinese numerals: write it in digits',
      ],
      [
        'garbage-facts.csv, row 3, column fact.own_trademark: "也许" (Owns a registered trademark) is not yes or no: write one of true yes y 1 是 有 √ ✓ ✔ / false no n 0 否 无 没有 × ✗ ✘',
      ],
      [
        'garbage-facts.csv, row 4, column 研发投入强度（近 3 年平均）: "3,5" (R&D intensity (3-year average)) is not a number: write decimals with a point, as in 12.5',
      ],
      [
        'garbage-facts.csv, row 5, column fact.credit_grade: "AAA" (Public-credit grade) is not one of A, B, C, D',
      ],
      [
        'garbage-facts.csv, row 6, column fact.years_operating: "26万元" (Years of continuous operation) carries the unit "万元": write the number only, in 年 / years',
      ],
    ]);
    // The others are untouched.
    expect(
      outcome(report)
        .slice(5)
        .map((o) => [o.id, o.status]),
    ).toEqual(
      outcome(clean.report)
        .slice(5)
        .map((o) => [o.id, o.status]),
    );
  });
});
