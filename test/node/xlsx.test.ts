import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readBatch } from 'youpin/node';
import { beyondCoverage, liaocheng, rejection, scratch } from './_files.js';

const file = scratch();

async function workbook(
  name: string,
  sheets: Record<string, ReadonlyArray<readonly ExcelJS.CellValue[]>>,
  decorate?: (book: ExcelJS.Workbook) => void,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(sheet);
    for (const row of rows) ws.addRow([...row]);
  }
  decorate?.(book);
  return file(name, new Uint8Array(await book.xlsx.writeBuffer()));
}

const APPLICANTS = [
  ['编号', '行业', '执行标准水平', '顾客满意度（第三方测评）'],
  ['M1', '制造业', 'domestic_leading', 90],
  ['S1', '服务业', null, 80],
] as const;

describe('workbooks', () => {
  it('read the long sheets: expert scores (leaf by label and sector), events, yearly series', async () => {
    const path = await workbook('long.xlsx', {
      年度数据: [
        ['编号', '名称', '年份', '数值'],
        ['M1', 'net_profit', 2023, 120.5],
        ['M1', 'net_profit', '2022', '-3'],
      ],
      申报数据: APPLICANTS.map((r) => [...r]),
      专家评分: [
        ['编号', '指标', '专家', '评分'],
        ['M1', '社会责任', 'E1', 70],
        ['S1', '社会责任', 'E1', 60],
        ['S1', 's_S3', 'E2', '65.5'],
      ],
      事件: [
        ['编号', '类型', '日期', '等级'],
        ['M1', 'quality_accident', new Date(Date.UTC(2023, 4, 1)), 'major'],
        ['S1', 'major_tax_violation', '2023/4/20', null],
      ],
    });
    const batch = await readBatch(path, liaocheng);
    expect(beyondCoverage(batch.issues)).toEqual([]);
    expect(batch.entities).toEqual([
      {
        id: 'M1',
        sector: 'manufacturing',
        values: { m_Q1: 'domestic_leading', m_Q4: '90' },
        series: { net_profit: { '2023': '120.5', '2022': '-3' } },
        events: [{ type: 'quality_accident', date: '2023-05-01', severity: 'major' }],
        panels: { m_S4: [{ expert: 'E1', score: '70' }] },
      },
      {
        id: 'S1',
        sector: 'services',
        values: { s_Q2: '80' },
        events: [{ type: 'major_tax_violation', date: '2023-04-20' }],
        panels: {
          s_S3: [
            { expert: 'E1', score: '60' },
            { expert: 'E2', score: '65.5' },
          ],
        },
      },
    ]);
    expect(batch.locate(['entities', 1, 'panels', 's_S3', 1])).toEqual({
      file: 'long.xlsx',
      sheet: '专家评分',
      row: 4,
      column: null,
    });
    expect(batch.locate(['entities', 0, 'series', 'net_profit', '2022'])).toEqual({
      file: 'long.xlsx',
      sheet: '年度数据',
      row: 3,
      column: '数值',
    });
    expect(batch.locate(['entities', 0, 'events', 0, 'date'])?.column).toBe('日期');
  });

  it('report rows of the long sheets that belong to no applicant, bad dates and bad years, located', async () => {
    const path = await workbook('problems.xlsx', {
      applicants: APPLICANTS.map((r) => [...r]),
      events: [
        ['id', 'type', 'date', 'severity', 'colour'],
        ['X9', 'quality_accident', '2023-05-01', 'major'],
        ['M1', 'quality_accident', '2023-02-30', 'major'],
        [null, 'quality_accident', '2023-01-01'],
      ],
      series: [
        ['id', 'name', 'year', 'value'],
        ['M1', 'net_profit', 23, 1],
      ],
      panels: [
        ['id', 'leaf', 'expert', 'score'],
        ['M1', 'nonsense', 'E1', 50],
      ],
    });
    const batch = await readBatch(path, liaocheng);
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['unknown_leaf', ['sheets', 'panels', 'rows', 2, 'columns', 'leaf']],
      ['unknown_column', ['sheets', 'events', 'rows', 1, 'columns', 'colour']],
      ['unknown_applicant', ['sheets', 'events', 'rows', 2, 'columns', 'id']],
      ['bad_date', ['entities', 0, 'events', 0, 'date']],
      ['missing_id', ['sheets', 'events', 'rows', 4, 'columns', 'id']],
      ['bad_year', ['sheets', 'series', 'rows', 2, 'columns', 'year']],
    ]);
    for (const issue of beyondCoverage(batch.issues))
      expect(batch.locate(issue.path)).not.toBeNull();
    expect(batch.locate(['entities', 0, 'events', 0, 'date'])).toEqual({
      file: 'problems.xlsx',
      sheet: 'events',
      row: 3,
      column: 'date',
    });
    // The event with the bad date is kept as written, so the entity cannot escape a veto.
    expect(batch.entities[0]?.events).toEqual([
      { type: 'quality_accident', date: '2023-02-30', severity: 'major' },
    ]);
  });

  it('use the sheet asked for, else 申报数据 / applicants, else the first other sheet', async () => {
    const path = await workbook('sheets.xlsx', {
      事件: [['编号', '类型', '日期']],
      Sheet1: APPLICANTS.map((r) => [...r]),
      Other: [
        ['id', 'sector'],
        ['Z1', 'services'],
      ],
    });
    expect((await readBatch(path, liaocheng)).entities.map((e) => e.id)).toEqual(['M1', 'S1']);
    expect(
      (await readBatch(path, liaocheng, { sheet: 'Other' })).entities.map((e) => e.id),
    ).toEqual(['Z1']);
    const missing = await rejection(() => readBatch(path, liaocheng, { sheet: '申报' }));
    expect(missing.codes).toEqual(['sheet_not_found']);
    expect(missing.message).toContain('事件, Sheet1, Other');
  });

  it('read formulas by their result, rich text by its text, and booleans as facts', async () => {
    const path = await workbook(
      'cells.xlsx',
      {
        申报数据: [
          ['id', 'sector', 'm_Q4', 'm_Q1', 'fact.own_trademark', 'm_Q5'],
          ['M1', 'manufacturing', null, null, true, null],
        ],
      },
      (book) => {
        const ws = book.getWorksheet('申报数据') as ExcelJS.Worksheet;
        ws.getCell('C2').value = { formula: '0.1+0.2', result: 0.30000000000000004 };
        ws.getCell('D2').value = { richText: [{ text: 'domestic_' }, { text: 'leading' }] };
        ws.getCell('F2').value = 0.0125;
        ws.getCell('F2').numFmt = '0.00%';
      },
    );
    const batch = await readBatch(path, liaocheng);
    expect(batch.entities[0]).toEqual({
      id: 'M1',
      sector: 'manufacturing',
      values: { m_Q4: '0.3', m_Q1: 'domestic_leading', m_Q5: '1.25' },
      facts: { own_trademark: true },
    });
  });

  it('refuse a file that is not a workbook', async () => {
    const path = file('fake.xlsx', 'id,sector\n');
    const { codes, message } = await rejection(() => readBatch(path, liaocheng));
    expect(codes).toEqual(['file_unreadable']);
    expect(message).toContain('fake.xlsx');
  });
});
