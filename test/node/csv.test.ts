import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBatch } from 'youpin/node';
import { beyondCoverage, liaocheng, rejection, sample, scratch } from './_files.js';

const file = scratch();
const HEADER = 'id,name,sector,m_Q1';

describe('CSV files (RFC 4180)', () => {
  it('reads quoted fields with delimiters, line breaks and doubled quotes', async () => {
    const path = file(
      'quotes.csv',
      `${HEADER}\r\n"M1","Acme, ""Best"" Co.\r\nsecond line",manufacturing,domestic_leading\r\nM2,plain,manufacturing,""\r\n`,
    );
    const batch = await readBatch(path, liaocheng);
    expect(beyondCoverage(batch.issues)).toEqual([]);
    expect(batch.entities).toEqual([
      {
        id: 'M1',
        name: 'Acme, "Best" Co.\r\nsecond line',
        sector: 'manufacturing',
        values: { m_Q1: 'domestic_leading' },
      },
      // An empty quoted cell is an empty cell: the key is left out.
      { id: 'M2', name: 'plain', sector: 'manufacturing', values: {} },
    ]);
    // A record that spans two lines: the next record starts on line 4.
    expect(batch.locate(['entities', 1, 'name'])).toEqual({
      file: 'quotes.csv',
      sheet: null,
      row: 4,
      column: 'name',
    });
  });

  it('reads LF, CR and CRLF line ends alike, and skips empty lines (still counting them)', async () => {
    const rows = [HEADER, 'M1,a,manufacturing,domestic_leading', '', 'M2,b,manufacturing,'];
    const lf = await readBatch(file('lf.csv', `${rows.join('\n')}\n`), liaocheng);
    const cr = await readBatch(file('cr.csv', rows.join('\r')), liaocheng);
    const crlf = await readBatch(file('crlf.csv', `${rows.join('\r\n')}\r\n\r\n`), liaocheng);
    expect(lf.entities).toHaveLength(2);
    expect(cr.entities).toEqual(lf.entities);
    expect(crlf.entities).toEqual(lf.entities);
    for (const batch of [lf, cr, crlf]) expect(batch.locate(['entities', 1])?.row).toBe(4);
  });

  it('drops the byte-order mark, so the first header is recognised', async () => {
    const batch = await readBatch(
      file('bom.csv', `\uFEFF${HEADER}\nM1,a,manufacturing,domestic_leading\n`),
      liaocheng,
    );
    expect(beyondCoverage(batch.issues)).toEqual([]);
    expect(batch.entities[0]?.id).toBe('M1');
    expect(batch.encoding).toBe('utf-8');
  });

  it('reports a quote that is never closed, with its row; the rows before it are read', async () => {
    const path = file(
      'open.csv',
      `${HEADER}\nM1,a,manufacturing,domestic_leading\nM2,"broken,manufacturing,x\nM3,c,manufacturing,y\n`,
    );
    const batch = await readBatch(path, liaocheng);
    expect(batch.entities.map((e) => e.id)).toEqual(['M1']);
    expect(beyondCoverage(batch.issues).map((i) => [i.code, i.path])).toEqual([
      ['unterminated_quote', ['rows', 3]],
    ]);
    expect(beyondCoverage(batch.issues)[0]?.message).toContain('row 3');
    expect(beyondCoverage(batch.issues)[0]?.messageZh).toContain('第 3 行');
    expect(batch.locate(beyondCoverage(batch.issues)[0]?.path ?? [])).toEqual({
      file: 'open.csv',
      sheet: null,
      row: 3,
      column: null,
    });
  });

  it('keeps a stray quote inside an unquoted field as text, as spreadsheets do', async () => {
    const batch = await readBatch(
      file('stray.csv', `${HEADER}\nM1,5" screen,manufacturing,domestic_leading\n`),
      liaocheng,
    );
    expect(beyondCoverage(batch.issues)).toEqual([]);
    expect(batch.entities[0]?.name).toBe('5" screen');
  });

  it('splits .tsv files, and files whose header has more tabs than commas, on tabs', async () => {
    const rows = ['id\tname\tsector\tm_Q1', 'M1\tA, B\tmanufacturing\tdomestic_leading'];
    for (const name of ['tabs.tsv', 'tabs.txt']) {
      const batch = await readBatch(file(name, rows.join('\n')), liaocheng);
      expect(batch.entities[0]).toEqual({
        id: 'M1',
        name: 'A, B',
        sector: 'manufacturing',
        values: { m_Q1: 'domestic_leading' },
      });
    }
  });

  it('gives an empty file an issue and no entities', async () => {
    const batch = await readBatch(file('empty.csv', '\n\n'), liaocheng);
    expect(batch.entities).toEqual([]);
    expect(beyondCoverage(batch.issues).map((i) => i.code)).toEqual(['empty_table']);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without BOM as utf-8, and GB18030 (GBK) as gb18030', async () => {
    const withBom = await readBatch(sample('sample-batch.csv'), liaocheng);
    const bytes = readFileSync(sample('sample-batch.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const withoutBom = await readBatch(file('no-bom.csv', bytes.subarray(3)), liaocheng);
    const gbk = await readBatch(sample('sample-batch-gbk.csv'), liaocheng);
    expect(withBom.encoding).toBe('utf-8');
    expect(withoutBom.encoding).toBe('utf-8');
    expect(gbk.encoding).toBe('gb18030');
    expect(withoutBom.entities).toEqual(withBom.entities);
    expect(gbk.entities).toEqual(withBom.entities);
    expect(gbk.issues).toEqual([]);
  });

  it('reads GBK bytes when gb18030 is asked for', async () => {
    const gbk = await readBatch(sample('sample-batch-gbk.csv'), liaocheng, {
      encoding: 'gb18030',
    });
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.entities[0]?.sector).toBe('manufacturing');
  });

  it('refuses GBK bytes read as UTF-8, saying where and what to try', async () => {
    const { codes, message, messageZh } = await rejection(() =>
      readBatch(sample('sample-batch-gbk.csv'), liaocheng, { encoding: 'utf-8' }),
    );
    expect(codes).toEqual(['not_utf8']);
    expect(message).toMatch(/sample-batch-gbk\.csv is not valid UTF-8 \(byte \d+\); try .*gb18030/);
    expect(messageZh).toContain('gb18030');
  });

  it('refuses a UTF-8 byte-order mark followed by bytes that are not UTF-8', async () => {
    const gbk = readFileSync(sample('sample-batch-gbk.csv'));
    const path = file('mixed.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gbk]));
    expect((await rejection(() => readBatch(path, liaocheng))).codes).toEqual(['not_utf8']);
  });

  it('reads UTF-16 text that starts with its byte-order mark', async () => {
    const text = `${HEADER}\r\nM1,a,manufacturing,domestic_leading\r\n`;
    const path = file('utf16.csv', Buffer.from(`\uFEFF${text}`, 'utf16le'));
    const batch = await readBatch(path, liaocheng);
    expect(batch.encoding).toBe('utf-16le');
    expect(batch.entities[0]?.values).toEqual({ m_Q1: 'domestic_leading' });
  });
});
