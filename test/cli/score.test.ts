import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineModel, type Report, score, toCsv } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { ANSI, type Run, sampleBatch, scratch, smallBatch, uncoloured, youpin } from './_cli.js';

const SAMPLE = 'examples/data/sample-batch.json';

describe('youpin score', () => {
  const expected = score(defineModel(liaocheng2024), sampleBatch());
  const small = smallBatch();
  const smallReport = score(defineModel(liaocheng2024), small.entities);
  const dir = scratch();
  const html = join(dir, 'report.html');
  const csv = join(dir, 'report.csv');
  const md = join(dir, 'report.md');
  let table: Run;
  let json: Run;
  let zh: Run;
  let lenient: Run;
  let strict: Run;
  let plain: Run;
  let forced: Run;
  let files: Run[];
  beforeAll(async () => {
    [table, json, zh, lenient, strict, plain, forced, ...files] = await Promise.all([
      youpin(['score', SAMPLE]),
      youpin(['score', SAMPLE, '--format', 'json']),
      youpin(['score', SAMPLE, '--lang', 'zh']),
      youpin(['score', small.file, '--format', 'json']),
      youpin(['score', small.file, '--strict', '--format', 'json']),
      youpin(['score', small.file]),
      youpin(['score', small.file], { FORCE_COLOR: '1' }),
      youpin([
        'score',
        small.file,
        '--format',
        'html',
        '--out',
        html,
        '--benchmark',
        'haopinShandong',
      ]),
      youpin(['score', small.file, '--out', csv, '--locale', 'en']),
      youpin(['score', small.file, '-o', md]),
    ]);
  });

  it('prints the report as a table, sector by sector, and exits 0', () => {
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe(
      'Liaocheng Premium Products — liaocheng-youpin 2024.1-proposed · examples/data/sample-batch.json',
    );
    expect(lines[1]).toBe(
      '127 applicants · 104 scored · 10 ineligible · 10 vetoed · 3 invalid · 20 selected',
    );
    expect(table.stdout).toContain('■ Manufacturing — 54 applied · 42 scored · 8/8 selected');
    expect(table.stdout).toMatch(/^Rank {2}ID {4}Name +Total {2}Quality {2}Innovation/m);
    // The top of the manufacturing list, with its published figures.
    expect(table.stdout).toMatch(
      /^ {3}1 {2}M002 {2}Linqing Rongyi New Material… {2}93\.50 .* ✓ Selected · Excellent$/m,
    );
    // Rows that were not scored are still there, with the reason.
    expect(table.stdout).toMatch(/^ {3}— {2}A009 .*Invalid data \(1 problem\)$/m);
  });

  it('keeps invalid rows and lists their problems on stderr, located', () => {
    expect(table.stderr.split('\n')).toEqual([
      '3 rows have problems (kept in the report as not scored):',
      'sample-batch.json, row 49, column values.a_E3: "12,5" (Profit margin on sales) is not a number: write decimals with a point, as in 12.5',
      'sample-batch.json, row 61, column values.a_Q2: value of "Quality-safety spot-check pass rate (3 years)" (a_Q2) is missing and its policy is "invalid"',
      'sample-batch.json, row 94, column facts.credit_grade: "AAA" (Public-credit grade) is not one of A, B, C, D',
      '',
    ]);
  });

  it('writes no colour when stdout is not a terminal', () => {
    expect(table.stdout).not.toMatch(ANSI);
    expect(table.stderr).not.toMatch(ANSI);
  });

  it('--format json is exactly the report data of the library', () => {
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(json.stdout) as Report).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('--strict exits 1 when a row is invalid, and still prints the report', () => {
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(`${JSON.stringify(smallReport, null, 2)}\n`);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(lenient.stdout);
    expect(strict.stderr).toBe(lenient.stderr);
  });

  it('writes csv, md and html with --out (the format follows the extension)', () => {
    const [a, b, c] = files as [Run, Run, Run];
    expect(a.code).toBe(0);
    expect(a.stdout).toBe('');
    expect(a.stderr).toContain(`Wrote ${html}`);
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>') || page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('聊城优品');

    expect(b.code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(toCsv(smallReport, { locale: 'en' }));

    expect(c.code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^#|\|/);
    expect(existsSync(join(dir, 'report.txt'))).toBe(false);
  });

  it('speaks Chinese with --lang zh', () => {
    expect(zh.stdout.split('\n')[1]).toBe(
      '申报 127 · 合格参评 104 · 不符合申报条件 10 · 一票否决 10 · 数据无效 3 · 入选 20',
    );
    expect(zh.stdout).toContain('■ 制造业 — 申报 54 · 参评 42 · 入选 8/8');
    expect(zh.stderr).toContain(
      'sample-batch.json 第 49 行 values.a_E3 列：' +
        '"12,5"（销售利润率）不是数字：小数请用小数点，如 12.5',
    );
  });

  it('colours the table with FORCE_COLOR, and only the colour differs', () => {
    expect(forced.stdout).toMatch(ANSI);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(uncoloured(forced.stdout)).toBe(plain.stdout);
  });
});
