import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { EntityInput, Issue } from 'youpin';
import { type CsvChunk, readBatch, readCsvChunks } from 'youpin/node';
import { type CsvPiece, csvSplitter, MAX_RECORD } from '../../src/node/_csvSplitter.js';
import { parseCsv } from '../../src/node/_parseCsv.js';
// The splitter is private; its records are compared here with parseCsv's, split anywhere.
import { plainPieces } from '../helpers.js';
import { beyondCoverage, liaocheng, rejection, sample, scratch } from './_files.js';

const file = scratch();
const HEADER = 'id,name,sector,m_Q1';
/** Bytes the stream reads at a time (src/node/readCsvChunks.ts). */
const READ_SIZE = 1 << 16;

async function chunksOf(path: string, chunkSize?: number): Promise<CsvChunk[]> {
  const chunks: CsvChunk[] = [];
  for await (const chunk of readCsvChunks(
    path,
    liaocheng,
    chunkSize === undefined ? {} : { chunkSize },
  ))
    chunks.push(chunk);
  return chunks;
}

/** Everything the chunks give, joined, with the row and column of every entity's cells. */
async function streamed(path: string, chunkSize?: number) {
  const chunks = await chunksOf(path, chunkSize);
  const entities: EntityInput[] = chunks.flatMap((c) => c.entities);
  const issues: Issue[] = chunks.flatMap((c) => c.issues);
  // The coverage check comes last, with the last chunk, as readBatch gives it last.
  expect(
    chunks
      .slice(0, -1)
      .flatMap((c) => c.issues)
      .map((i) => i.code),
  ).not.toContain('missing_leaf_column');
  const places = chunks.flatMap((c) =>
    c.entities.map((e, k) =>
      Object.keys(e.values).map((leaf) =>
        c.locate(['entities', c.first + k, 'values', leaf, 'extra']),
      ),
    ),
  );
  return { chunks, entities, issues, places, encoding: chunks.at(-1)?.encoding };
}

/** What readBatch gives, in the same shape. */
async function whole(path: string) {
  const batch = await readBatch(path, liaocheng);
  const places = batch.entities.map((e, i) =>
    Object.keys(e.values).map((leaf) => batch.locate(['entities', i, 'values', leaf, 'extra'])),
  );
  return { entities: batch.entities, issues: batch.issues, places, encoding: batch.encoding };
}

describe('readCsvChunks gives what readBatch gives, a chunk at a time', () => {
  it.each([1, 10, 2000])('for the sample files, in chunks of %i', async (size) => {
    for (const name of ['sample-batch.csv', 'sample-batch-gbk.csv']) {
      const expected = await whole(sample(name));
      const got = await streamed(sample(name), size);
      expect(got.entities).toEqual(expected.entities);
      expect(got.issues).toEqual(expected.issues);
      expect(got.places).toEqual(expected.places);
      expect(got.encoding).toBe(expected.encoding);
      // Full chunks, then the rest; entity indexes count from the start of the file.
      const sizes = got.chunks.map((c) => c.entities.length);
      expect(sizes.slice(0, -1).every((n) => n === size)).toBe(true);
      expect(got.chunks.map((c) => c.first)).toEqual(
        sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0)),
      );
      expect(got.chunks.at(-1)?.bytesRead).toBe(readFileSync(sample(name)).length);
    }
  });

  it('reports the header problems once, with the first chunk, in readBatch order', async () => {
    const path = file(
      'header.csv',
      // Every row reaches the header's last column (fact.x), so that no row is short_row.
      `${HEADER},notes,,fact.x\nM1,a,manufacturing,domestic_leading,n,1,\nM2,,manufacturing,,,,\n,c,manufacturing,,,2,\n`,
    );
    const expected = await whole(path);
    const got = await streamed(path, 1);
    expect(got.issues).toEqual(expected.issues);
    expect(got.chunks[0]?.issues.map((i) => i.code)).toEqual(['unknown_column', 'unknown_column']);
    expect(beyondCoverage(got.issues).map((i) => i.code)).toEqual([
      'unknown_column',
      'unknown_column',
    ]);
  });

  it('gives one empty chunk with empty_table for a file without a header', async () => {
    const got = await streamed(file('empty.csv', '\n\r\n'));
    expect(got.chunks).toHaveLength(1);
    expect(got.entities).toEqual([]);
    expect(got.issues.map((i) => [i.code, i.path])).toEqual([['empty_table', ['rows', 1]]]);
  });

  it('checks a header without rows (a missing sector column is still reported)', async () => {
    const got = await streamed(file('header-only.csv', 'id,name\n'));
    expect(beyondCoverage(got.issues).map((i) => i.code)).toEqual(['missing_column']);
  });
});

/** Records of a splitter fed with `pieces`, then ended. */
function split(pieces: readonly string[], delimiter = ','): CsvPiece[] {
  const splitter = csvSplitter(delimiter);
  return plainPieces([...pieces.flatMap((p) => splitter.push(p)), ...splitter.end()]);
}

describe('the splitter reads records across any cut of the text', () => {
  const texts = [
    `\uFEFF${HEADER}\r\n"M1","Acme, ""Best"" Co.\r\nsecond line",manufacturing,x\r\n\r\nM2,plain,manufacturing,""\r\n`,
    `${HEADER}\rM1,"a\rb",manufacturing,x\rM2,5" screen,manufacturing,y\r`,
    `${HEADER}\nM1,"x""y"z,manufacturing,"multi\n\nline"\n\nM2,,,\nM3,"",manufacturing,q`,
    'a\tb\tc\n1\t"2\t3"\t4\n',
  ];

  it('at every single cut, as parseCsv reads the whole text', () => {
    for (const text of texts) {
      const delimiter = text.startsWith('a\t') ? '\t' : ',';
      const expected = parseCsv(text, delimiter).records;
      for (let cut = 0; cut <= text.length; cut++)
        expect(split([text.slice(0, cut), text.slice(cut)], delimiter), `cut ${cut}`).toEqual(
          expected,
        );
    }
  });

  it('at any number of cuts (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts.slice(0, 3)),
        fc.uniqueArray(fc.nat({ max: 200 }), { maxLength: 12 }),
        (text, cuts) => {
          const points = [0, ...cuts.filter((c) => c < text.length).sort((a, b) => a - b)];
          const pieces = points.map((p, i) => text.slice(p, points[i + 1] ?? text.length));
          expect(split(pieces)).toEqual(parseCsv(text).records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads random text over quotes, delimiters and line breaks as parseCsv does (property)', () => {
    // A header of three cells first (it sets the width that a record spanning lines must have),
    // then any text: the splitter's one-line reading and its general one must agree with
    // parseCsv wherever no quote is left open (an open one is a stray quote in the stream).
    const text = fc
      .array(fc.constantFrom('a', 'b', ',', '"', '""', '\r', '\n', '\r\n', ' ', '1.5'), {
        maxLength: 60,
      })
      .map((parts) => `h1,h2,h3\n${parts.join('')}`);
    fc.assert(
      fc.property(text, fc.uniqueArray(fc.nat({ max: 80 }), { maxLength: 5 }), (t, cuts) => {
        const expected = parseCsv(t).records;
        if (expected.some((r) => 'problem' in r)) return;
        const streamed = split([t]);
        if (streamed.some((r) => 'problem' in r)) return; // a stray quote, read on (documented)
        expect(streamed).toEqual(expected);
        const points = [0, ...cuts.filter((c) => c < t.length).sort((a, b) => a - b)];
        expect(split(points.map((p, i) => t.slice(p, points[i + 1] ?? t.length)))).toEqual(
          expected,
        );
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('takes a quote that is not closed where its row ends as a stray quote, and reads on', () => {
    // The quote opened in row 3 closes at the next quote (row 4's name): a record with too
    // many cells, which spans lines. Row 3 is skipped; row 4 is read afresh.
    const text = `${HEADER}\nM1,a,manufacturing,x\nM2,b,"manufacturing,x\nM3,"c, d",manufacturing,y\nM4,e,manufacturing,z\n`;
    expect(split([text])).toEqual([
      { line: 1, cells: ['id', 'name', 'sector', 'm_Q1'] },
      { line: 2, cells: ['M1', 'a', 'manufacturing', 'x'] },
      { line: 3, problem: 'stray_quote', next: 4 },
      { line: 4, cells: ['M3', 'c, d', 'manufacturing', 'y'] },
      { line: 5, cells: ['M4', 'e', 'manufacturing', 'z'] },
    ]);
    // Never closed before the end: the row is skipped and the lines after it are read.
    expect(split([`${HEADER}\nM1,"a,manufacturing,x\nM2,b,manufacturing,y`])).toEqual([
      { line: 1, cells: ['id', 'name', 'sector', 'm_Q1'] },
      { line: 2, problem: 'stray_quote', next: 3 },
      { line: 3, cells: ['M2', 'b', 'manufacturing', 'y'] },
    ]);
  });

  it('keeps a field that spans lines when the record has as many cells as the header', () => {
    const text = `${HEADER}\nM1,"two\nlines",manufacturing,x\n`;
    expect(split([text])).toEqual(parseCsv(text).records);
  });

  it('skips a row longer than MAX_RECORD and reads on, holding no more than that', () => {
    const long = 'y'.repeat(MAX_RECORD + 10);
    const pieces = [`${HEADER}\nM1,${long.slice(0, 1000)}`];
    for (let at = 1000; at < long.length; at += 65_536) pieces.push(long.slice(at, at + 65_536));
    pieces.push(',manufacturing,x\r', '\nM2,b,manufacturing,y\n');
    expect(split(pieces)).toEqual([
      { line: 1, cells: ['id', 'name', 'sector', 'm_Q1'] },
      { line: 2, problem: 'row_too_long', next: 3 },
      { line: 3, cells: ['M2', 'b', 'manufacturing', 'y'] },
    ]);
    // A quote left open for more than MAX_RECORD characters is a stray quote.
    const open = [`${HEADER}\nM1,"${'z'.repeat(100)}\n`];
    for (let n = 0; n < 17; n++) open.push(`${'z'.repeat(65_535)}\n`);
    const pieces2 = split(open);
    expect(pieces2[1]).toEqual({ line: 2, problem: 'stray_quote', next: 3 });
  });
});

/**
 * A CSV file whose byte READ_SIZE · k falls `offset` bytes into `target` (a row with its line
 * end), after filler rows, with a few rows after it.
 */
function placed(name: string, target: string, offset: number, k = 1): string {
  const head = `\uFEFF${HEADER}\r\n`;
  const filler = (n: number, pad: number) => `F${n},${'x'.repeat(pad)},manufacturing,\r\n`;
  let text = head;
  let n = 0;
  const goal = READ_SIZE * k - offset;
  while (Buffer.byteLength(text) + 200 < goal) text += filler(n++, 150);
  const rest = goal - Buffer.byteLength(text);
  const bare = Buffer.byteLength(filler(n, 0));
  if (rest < bare + 1) throw new Error('no room for the padding row');
  text += filler(n, rest - bare);
  expect(Buffer.byteLength(text)).toBe(goal);
  text += target;
  for (let m = 0; m < 5; m++) text += `T${m},tail,manufacturing,domestic_leading\r\n`;
  return file(name, text);
}

describe('a chunk of bytes may end anywhere', () => {
  const cases: Array<[string, string, number]> = [
    ['inside a quoted field that spans lines', 'Q1,"one\r\ntwo, ""three""",manufacturing,x\r\n', 8],
    ['between the CR and the LF of a line end', 'Q2,plain,manufacturing,x\r\n', 25],
    ['between the two quotes of a doubled quote', 'Q3,"a""b",manufacturing,x\r\n', 6],
    ['inside a character of three bytes', 'Q4,质量好,manufacturing,x\r\n', 4],
    ['inside a quoted line break', 'Q5,"a\r\nb",manufacturing,x\r\n', 6],
  ];
  it.each(cases)('%s', async (_what, target, offset) => {
    const path = placed(`cut-${offset}.csv`, target, offset);
    const expected = await whole(path);
    const got = await streamed(path, 7);
    expect(got.entities).toEqual(expected.entities);
    expect(got.issues).toEqual(expected.issues);
    expect(got.places).toEqual(expected.places);
    expect(got.entities.some((e) => String(e.id).startsWith('Q'))).toBe(true);
  });
});

describe('encodings, decided as the bytes come', () => {
  it('reads GB18030 whose first 64 KiB are ASCII (the choice waits for the first other byte)', async () => {
    let text = `${HEADER},fact.note\r\n`;
    for (let n = 0; Buffer.byteLength(text) < 3 * READ_SIZE; n++)
      text += `A${n},ascii ${n},manufacturing,domestic_leading,plain\r\n`;
    text += 'G1,聊城优品有限公司,制造业,国内领先,是\r\nG2,东阿阿胶,制造业,,否\r\n';
    const path = file('late-gbk.csv', iconv.encode(text, 'gb18030'));
    const expected = await whole(path);
    const got = await streamed(path);
    expect(expected.encoding).toBe('gb18030');
    expect(got.encoding).toBe('gb18030');
    expect(got.entities).toEqual(expected.entities);
    expect(got.entities.at(-2)).toMatchObject({
      name: '聊城优品有限公司',
      sector: 'manufacturing',
      values: { m_Q1: '国内领先' },
      facts: { note: '是' }, // as written: the core reads facts by their declared type
    });
  });

  it('reads UTF-16 with its byte-order mark, and gb18030 when it is asked for', async () => {
    const utf16 = file(
      'utf16.csv',
      Buffer.from(`\uFEFF${HEADER}\r\nM1,质量,manufacturing,domestic_leading\r\n`, 'utf16le'),
    );
    expect((await streamed(utf16)).entities).toEqual((await whole(utf16)).entities);
    expect((await streamed(utf16)).encoding).toBe('utf-16le');
    const chunks: CsvChunk[] = [];
    for await (const c of readCsvChunks(sample('sample-batch-gbk.csv'), liaocheng, {
      encoding: 'gb18030',
    }))
      chunks.push(c);
    expect(chunks.flatMap((c) => c.entities)).toEqual(
      (await whole(sample('sample-batch.csv'))).entities,
    );
  });

  it('refuses bytes that stop being UTF-8 after the choice: at their line, or their offset when forced', async () => {
    const good = Buffer.from(
      `${HEADER}\r\nM1,质量,manufacturing,x\r\n${'M2,b,manufacturing,y\r\n'.repeat(8000)}`,
    );
    const bad = Buffer.concat([good, iconv.encode('M3,质量,manufacturing,x\r\n', 'gbk')]);
    const path = file('late-bad.csv', bad);
    const streaming = await rejection(() => chunksOf(path));
    const whole = await rejection(() => readBatch(path, liaocheng));
    const forced = await rejection(() => readBatch(path, liaocheng, { encoding: 'utf-8' }));
    expect(streaming.codes).toEqual(['mixed_encoding']);
    expect(streaming.paths).toEqual([['rows', '8003']]);
    expect(whole).toEqual(streaming);
    expect(forced.codes).toEqual(['not_utf8']);
    // 质 is D6 CA in GBK: D6 starts a UTF-8 character, CA cannot continue it.
    expect(forced.message).toContain(`(byte ${good.length + 4})`);
  });
});

describe('a malformed row deep in a file', () => {
  it('is reported with its row number, and every other row is read', async () => {
    const rows = Array.from({ length: 3000 }, (_, n) => `M${n},name ${n},manufacturing,x`);
    rows[1999] = 'M1999,"broken,manufacturing,x'; // row 2001 (the header is row 1)
    const path = file('deep.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const got = await streamed(path, 500);
    expect(got.entities).toHaveLength(2999);
    expect(beyondCoverage(got.issues).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'stray_quote',
        ['rows', 2001],
        'a quoted field that starts in row 2001 is not closed where the row ends; row 2001 is skipped and reading goes on at row 2002',
      ],
    ]);
    expect(got.issues[0]?.messageZh).toBe(
      '第 2001 行开始的带引号字段未在行尾闭合，跳过第 2001 行，从第 2002 行继续读取',
    );
    // The issue comes with the chunk whose rows surround it, located by its row.
    const chunk = got.chunks.find((c) => c.issues.length > 0) as CsvChunk;
    expect(chunk.first).toBe(1500);
    expect(chunk.locate(['rows', 2001])).toEqual({
      file: 'deep.csv',
      sheet: null,
      row: 2001,
      column: null,
    });
    // The rows after it keep their row numbers and their indexes follow on.
    expect(got.entities[1999]?.id).toBe('M2000');
    const at = got.chunks.find((c) => c.first <= 1999 && 1999 < c.first + c.entities.length);
    expect(at?.locate(['entities', 1999, 'id'])?.row).toBe(2002);
  });
});

describe('what cannot be streamed, or read', () => {
  it('refuses files that are not CSV, a bad chunk size and a missing file', async () => {
    expect((await rejection(() => chunksOf(sample('sample-batch.xlsx')))).codes).toEqual([
      'not_csv',
    ]);
    expect((await rejection(() => chunksOf(sample('sample-batch.csv'), 0))).codes).toEqual([
      'bad_option',
    ]);
    const missing = await rejection(() => chunksOf('no/such/file.csv'));
    expect(missing.codes).toEqual(['file_unreadable']);
    expect(missing.message).toContain('no such file');
  });
});
