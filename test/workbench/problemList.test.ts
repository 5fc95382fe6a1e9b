import { constants } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineModel, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { checkWorkbook } from '../../src/node/_checkWorkbook.js';
import { loadExceljs } from '../../src/node/_loadExceljs.js';
import { readBatchBytes } from '../../src/node/_readBatchBytes.js';
import { MAX_TEXT_BYTES } from '../../src/node/_textLimit.js';
import { type Lang, problemList } from '../../src/workbench/problemList.js';
import { validateLines } from './_validateLines.js';

// The workbench reads a dropped file's bytes with the platform-neutral reader that readBatch
// uses, and lists what `youpin validate` prints, worded and located alike. Here the page's list
// (made in Node with the same functions the page bundles) is compared, line for line, with the
// BUILT command line's stderr on the sample files (run `npm run build` first), in both languages.

const model = defineModel(liaocheng2024);
const files = [
  'examples/data/sample-batch.xlsx',
  'examples/data/sample-batch.csv',
  'examples/data/sample-batch-gbk.csv',
  'examples/data/bad-applicants.csv',
  'examples/data/sample-batch.json',
];

/** The page's lines in the order validate prints them, with validate's prefix for notices. */
async function pageLines(file: string, lang: Lang): Promise<string[]> {
  const name = basename(file);
  const batch = await readBatchBytes(
    readFileSync(file),
    name,
    model,
    {},
    {
      check: checkWorkbook,
      excel: (f) => loadExceljs(f),
    },
  );
  const lines = problemList(batch, score(model, batch.entities), name, lang);
  const notice = (line: string) => (lang === 'zh' ? `提示：${line}` : `notice: ${line}`);
  const of = (kind: string) => lines.filter((l) => l.kind === kind).map((l) => l.line);
  return [
    ...of('notice').slice(0, batch.notices.length).map(notice),
    ...of('file'),
    ...of('row'),
    ...of('notice').slice(batch.notices.length).map(notice),
    ...of('action'),
  ];
}

describe('the workbench lists what youpin validate says', () => {
  for (const file of files)
    for (const lang of ['en', 'zh'] as const)
      it(`${basename(file)} (${lang})`, async () => {
        const [page, cli] = await Promise.all([pageLines(file, lang), validateLines(file, lang)]);
        expect(cli.length).toBeGreaterThan(0);
        expect(page).toEqual(cli);
      }, 60_000);

  it('finds the three invalid rows of the sample workbook, located', async () => {
    const lines = await pageLines('examples/data/sample-batch.xlsx', 'en');
    const rows = lines.filter((l) => / row (50|62|95),/.test(l) && !l.includes('notice'));
    expect(rows).toEqual([
      'sample-batch.xlsx, sheet 申报数据, row 50, column 销售利润率: "12,5" (Profit margin on sales) is not a number: write decimals with a point, as in 12.5',
      'sample-batch.xlsx, sheet 申报数据, row 62, column 农产品质量安全抽检合格率（近 3 年）: value of "Quality-safety spot-check pass rate (3 years)" (a_Q2) is missing and its policy is "invalid"',
      'sample-batch.xlsx, sheet 申报数据, row 95, column fact.credit_grade: "AAA" (Public-credit grade) is not one of A, B, C, D',
    ]);
  }, 60_000);

  it('refuses text files at the length V8 can hold, as Node says it', () => {
    expect(MAX_TEXT_BYTES).toBe(constants.MAX_STRING_LENGTH);
  });
});
