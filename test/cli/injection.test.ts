import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Run, scratch, youpin } from './_cli.js';

// Hostile names, ids and labels through the built command line: the CSV it writes is safe to open
// in a spreadsheet (OWASP "CSV Injection": a text cell starting with = + - @, a tab or a carriage
// return is prefixed with ' so that it is never run as a formula; a plain number stays a number),
// and the Markdown it writes shows markup as text.

const l = (zh: string, en: string) => ({ zh, en });
const model = {
  id: 'inject',
  version: '1',
  name: l('注入', 'Injection'),
  scale: { min: -100, max: 100 },
  tree: {
    id: 'total',
    label: l('总分', 'Total'),
    children: [
      { id: 'Q', label: l('质量', 'Quality'), scoring: { method: 'direct' } },
      { id: 'I', label: l('创新', 'Innovation'), scoring: { method: 'direct' } },
    ],
  },
  profile: { weights: { Q: 0.6, I: 0.4 } },
  sectors: [
    { id: 'food', label: l('食品', 'Food') },
    { id: 'tea', label: l('=茶叶', '=cmd|" /C calc"!A0') },
  ],
};

// [id, name, expected id cell, expected name cell]
const rows: Array<[string, string, string, string]> = [
  [
    '=1+2',
    '=HYPERLINK("http://evil.example","click")',
    "'=1+2",
    `'=HYPERLINK("http://evil.example","click")`,
  ],
  ['@SUM(1)', '@SUM(A1:A9)', "'@SUM(1)", "'@SUM(A1:A9)"],
  ['+SUM(1,2)', '-1+1', "'+SUM(1,2)", "'-1+1"],
  ['tab', '\t=1+2', 'tab', "'\t=1+2"],
  ['cr', '\r=1+2', 'cr', "'\r=1+2"],
  // Plain numbers are data: a spreadsheet reads them as numbers and runs nothing.
  ['-7', '+1', '-7', '+1'],
  ['n1', '-1.50', 'n1', '-1.50'],
  [
    'md',
    '<script>alert(1)</script> | `rm -rf` *x*',
    'md',
    '<script>alert(1)</script> | `rm -rf` *x*',
  ],
];

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** RFC 4180: fields, quoted fields with "" for a quote, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

describe('youpin score writes CSV and Markdown that hostile text cannot break', () => {
  const dir = scratch();
  const modelFile = join(dir, 'model.json');
  const batchFile = join(dir, 'batch.json');
  const csvOut = join(dir, 'report.csv');
  const mdOut = join(dir, 'report.md');
  let csv: Run;
  let md: Run;

  beforeAll(async () => {
    writeFileSync(modelFile, JSON.stringify(model));
    const batch = rows.map(([id, name], i) => ({
      id,
      name,
      sector: i === 0 ? 'tea' : 'food',
      // Row "-7" scores below zero: its total and dimension scores are negative numbers.
      values: id === '-7' ? { Q: -5, I: 5 } : { Q: 60 + i, I: 40 },
    }));
    writeFileSync(batchFile, JSON.stringify(batch));
    [csv, md] = await Promise.all([
      youpin([
        'score',
        batchFile,
        '--model',
        modelFile,
        '--format',
        'csv',
        '--locale',
        'en',
        '--out',
        csvOut,
      ]),
      youpin([
        'score',
        batchFile,
        '--model',
        modelFile,
        '--format',
        'md',
        '--locale',
        'en',
        '--out',
        mdOut,
      ]),
    ]);
  });

  it('prefixes every text cell that starts with = + - @, a tab or a CR, and keeps numbers', () => {
    expect(csv.code).toBe(0);
    const records = parseCsv(readFileSync(csvOut, 'utf8').replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(rows.length + 1);
    const byIndex = records.slice(1);
    rows.forEach(([, , id, name], i) => {
      expect(byIndex[i]?.[1]).toBe(id);
      expect(byIndex[i]?.[2]).toBe(name);
    });
    // A model's label is data too.
    expect(byIndex[0]?.[3]).toBe(`'=cmd|" /C calc"!A0`);
    // The negative total and dimension scores of row "-7" are numbers, not text.
    expect(byIndex[5]?.[5]).toBe('-1.00');
    expect(byIndex[5]?.slice(11)).toEqual(['-5.00', '5.00', '']);
    // No cell a spreadsheet would run: each starts safely or is a plain number.
    for (const record of records)
      for (const cell of record) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(NUMBER);
  });

  it('escapes markup in Markdown: tags, pipes and backticks show as text', () => {
    expect(md.code).toBe(0);
    const text = readFileSync(mdOut, 'utf8');
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>alert(1)\\</script\\> \\| \\`rm -rf\\` \\*x\\*');
    // Every row of the ranked table keeps its columns: an escaped pipe is not a cell border.
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.startsWith('| Rank |'));
    const end = lines.findIndex((line, k) => k > start && !line.startsWith('|'));
    const borders = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const table = lines.slice(start, end);
    expect(table.length).toBe(2 + rows.length - 1);
    for (const line of table) expect(borders(line)).toBe(borders(lines[start] as string));
    expect(table.some((line) => line.startsWith('| 1 | md | \\<script\\>'))).toBe(true);
  });
});
