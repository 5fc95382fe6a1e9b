// What a person looking at a workbook may not see — hidden rows (by hand or by a filter), hidden
// columns, merged cells — was read in silence, and a formula saved without its computed value read
// as an empty cell, so a leaf whose missing values score the bottom or renormalise was scored
// anyway. Found by editing the sample workbook with exceljs as other programs write workbooks.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { score } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng, sample, scratch } from './_files.js';

const file = scratch();

async function edited(name: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample('sample-batch.xlsx'));
  const sheet = workbook.getWorksheet('申报数据') as ExcelJS.Worksheet;
  edit(sheet);
  const path = file(name, new Uint8Array());
  await workbook.xlsx.writeFile(path);
  return path;
}

const column = (sheet: ExcelJS.Worksheet, header: string) =>
  (sheet.getRow(1).values as unknown[]).indexOf(header);

describe('a workbook', () => {
  it('with hidden rows, hidden columns and merged cells says so, and reads them all', async () => {
    const path = await edited('hidden.xlsx', (sheet) => {
      sheet.getRow(3).hidden = true;
      sheet.getRow(5).hidden = true;
      sheet.getColumn(column(sheet, '英文名称')).hidden = true;
      sheet.getRow(3).getCell(column(sheet, '行业')).value = '农业';
      sheet.mergeCells(2, column(sheet, '行业'), 3, column(sheet, '行业'));
    });
    const batch = await readBatch(path, liaocheng);
    expect(batch.notices.map((n) => [n.code, n.message])).toEqual([
      [
        'hidden_rows',
        '2 row(s) of the sheet are hidden (3, 5), by hand or by a filter: they are read and scored like the others',
      ],
      ['hidden_columns', '1 column(s) of the sheet are hidden (C): they are read like the others'],
      [
        'merged_cells',
        '1 range(s) of cells are merged (D2:D3): every cell of a merge reads the merged value',
      ],
    ]);
    // Each at the first row concerned (the hidden column at its header cell): "sheet, row".
    expect(batch.notices.map((n) => n.path.join('.'))).toEqual([
      'sheets.申报数据.rows.3',
      'sheets.申报数据.rows.1.columns.C',
      'sheets.申报数据.rows.2',
    ]);
    expect(batch.entities).toHaveLength(127);
    // The merge's value (row 2's) is row 3's too, whatever row 3 held before.
    expect(batch.entities[1]?.sector).toBe('manufacturing');
  });

  it('with a formula saved without its value makes that row invalid, located at the cell', async () => {
    const path = await edited('formula.xlsx', (sheet) => {
      // 国内市场占有率排名 (m_B1) scores the bottom when it is missing: an empty cell would be scored.
      sheet.getRow(2).getCell(column(sheet, '国内市场占有率排名')).value = {
        formula: 'X1+1',
      } as never;
    });
    const batch = await readBatch(path, liaocheng);
    const problem = batch.issues.find((i) => i.code === 'formula_without_value');
    expect(problem?.path).toEqual(['sheets', '申报数据', 'rows', 2, 'columns', 'X']);
    expect(problem?.messageZh).toBe(
      '该单元格是公式 =X1+1，但没有计算结果（文件由不计算公式的程序保存）：请用 Excel 或 WPS 打开后重新保存',
    );
    const first = score(liaocheng, batch.entities).entities[0];
    expect(first?.status).toBe('invalid');
    expect(first?.issues.map((i) => i.code)).toContain('not_a_number');
  });

  it('without any of these has no such notice', async () => {
    const batch = await readBatch(sample('sample-batch.xlsx'), liaocheng);
    const codes = [...batch.notices, ...batch.issues].map((i) => i.code);
    for (const code of ['hidden_rows', 'hidden_columns', 'merged_cells', 'formula_without_value'])
      expect(codes).not.toContain(code);
  });
});
