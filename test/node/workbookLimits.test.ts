import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readBatch } from 'youpin/node';
import { WORKBOOK_LIMITS } from '../../src/node/_checkWorkbook.js';
import { liaocheng, rejection, scratch } from './_files.js';

// Issue 16, item 3: twelve million cells ended in an out-of-memory abort after 80 s at 4.7 GB,
// and a 300 KB workbook inflated a shared string to 300 MB. A workbook is now counted while its
// sheets are inflated, before exceljs reads it, and refused past WORKBOOK_LIMITS
// (`workbook_too_large`).

const file = scratch();

/** A zip archive of deflated entries (with ZIP64 records when `zip64`), as Excel writes one. */
function zip(parts: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === 'string' ? Buffer.from(content) : content;
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

async function refused(name: string, parts: Record<string, string | Buffer>) {
  const path = file(name, zip(parts));
  const started = performance.now();
  const outcome = await rejection(() => readBatch(path, liaocheng));
  return { ...outcome, ms: performance.now() - started };
}

describe('workbook limits', () => {
  it('refuses more cells than the limit, counted in every sheet, prefixed tags too', async () => {
    const half = Math.ceil((WORKBOOK_LIMITS.cells + 1) / 2);
    const { codes, message, messageZh } = await refused('cells.xlsx', {
      'xl/worksheets/sheet1.xml': sheet(`<row r="1">${'<c/>'.repeat(half)}</row>`),
      'xl/worksheets/sheet2.xml': sheet(
        `<x:row r="1">${'<x:c t="n"><x:v>1</x:v></x:c>'.repeat(half)}</x:row>`,
      ),
    });
    expect(codes).toEqual(['workbook_too_large']);
    expect(message).toContain(
      `cells.xlsx has more than ${WORKBOOK_LIMITS.cells} cells (the limit of a workbook); save the applicants as CSV, which is read as a stream`,
    );
    expect(messageZh).toContain('单元格超过');
  });

  it('refuses twelve million cells in seconds, not an out-of-memory abort', async () => {
    const row = `<row>${'<c/>'.repeat(1000)}</row>`;
    const { codes, ms } = await refused('twelve.xlsx', {
      'xl/worksheets/sheet1.xml': sheet(row.repeat(12_000)),
    });
    expect(codes).toEqual(['workbook_too_large']);
    expect(ms).toBeLessThan(20_000); // a generous bound on a busy machine; it takes about 0.2 s
  });

  it('refuses more rows than the limit', async () => {
    const { codes, message } = await refused('rows.xlsx', {
      'xl/worksheets/sheet1.xml': sheet('<row/>'.repeat(WORKBOOK_LIMITS.rows + 1)),
    });
    expect(codes).toEqual(['workbook_too_large']);
    expect(message).toContain(`more than ${WORKBOOK_LIMITS.rows} rows`);
  });

  it('refuses a part that inflates past the limit (a zip bomb), whatever its name', async () => {
    const junk = await refused('junk.xlsx', {
      'xl/worksheets/sheet1.xml': sheet('<row><c/></row>'),
      'docProps/junk.bin': Buffer.alloc(WORKBOOK_LIMITS.bytes + 1),
    });
    expect(junk.codes).toEqual(['workbook_too_large']);
  });

  it('refuses a shared string that inflates past the limit (a zip bomb)', async () => {
    const bomb = Buffer.alloc(WORKBOOK_LIMITS.bytes + 1, 'a');
    const { codes, message } = await refused('bomb.xlsx', {
      'xl/sharedStrings.xml': bomb,
      'xl/worksheets/sheet1.xml': sheet('<row><c t="s"><v>0</v></c></row>'),
    });
    expect(codes).toEqual(['workbook_too_large']);
    expect(message).toContain(`more than ${WORKBOOK_LIMITS.bytes} bytes, inflated`);
  });

  it('reads a workbook within the limits as before', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('申报数据');
    ws.addRow(['编号', '行业', '执行标准水平']);
    for (let i = 0; i < 2000; i++) ws.addRow([`M${i}`, '制造业', 'domestic_leading']);
    const path = file('fine.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const batch = await readBatch(path, liaocheng);
    expect(batch.entities).toHaveLength(2000);
  });
});
