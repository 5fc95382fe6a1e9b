import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBatch, readCsvChunks } from 'youpin/node';
import { liaocheng, rejection, scratch } from './_files.js';

// Issue 16, item 7: UTF-8 rows followed by one GBK row were decoded whole as GB18030 in memory
// (every UTF-8 name garbled, exit 0) and refused as not_utf8 at a byte offset when streamed. Now
// one decision per file, the same on both paths: the first line with a byte above 0x7F decides,
// and the first line that breaks the decision is a `mixed_encoding` problem at that line.

const file = scratch();
const HEADER = 'id,name,sector,m_Q1';
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const gbk = (text: string) => iconv.encode(text, 'gbk');

async function streamed(path: string, chunkSize = 2) {
  const entities = [];
  for await (const chunk of readCsvChunks(path, liaocheng, { chunkSize }))
    entities.push(...chunk.entities);
  return entities;
}

/** The outcome of both paths: the names read, or the error's codes and paths. */
async function outcome(path: string, read: 'whole' | 'streamed') {
  try {
    const entities =
      read === 'whole' ? (await readBatch(path, liaocheng)).entities : await streamed(path);
    return { names: entities.map((e) => e.name) };
  } catch (error) {
    const { codes, paths, message } = await rejection(() => Promise.reject(error));
    return { codes, paths, message };
  }
}

describe('one encoding decision per file, the same read whole or streamed', () => {
  it('refuses UTF-8 rows followed by one GBK row at that row, on both paths', async () => {
    const path = file(
      'utf8-then-gbk.csv',
      Buffer.concat([
        utf8(`${HEADER}\nM1,聊城优品有限公司,manufacturing,x\nM2,东阿阿胶,manufacturing,x\n`),
        gbk('M3,阳谷华泰,manufacturing,x\n'),
        utf8('M4,鲁西化工,manufacturing,x\n'),
      ]),
    );
    const whole = await outcome(path, 'whole');
    expect(whole).toMatchObject({ codes: ['mixed_encoding'], paths: [['rows', '4']] });
    expect(whole.message).toMatch(
      /utf8-then-gbk\.csv, line 4: not UTF-8 like the lines before it \(UTF-8 from line 2\); it reads as GB18030/,
    );
    expect(await outcome(path, 'streamed')).toEqual(whole);
  });

  it('refuses GBK rows followed by a UTF-8 row at that row, on both paths', async () => {
    const path = file(
      'gbk-then-utf8.csv',
      Buffer.concat([
        gbk(`编号,名称,行业,m_Q1\r\nG1,聊城优品有限公司,制造业,x\r\n`),
        utf8('G2,东阿阿胶股份有限公司,制造业,x\r\n'),
      ]),
    );
    const whole = await outcome(path, 'whole');
    expect(whole).toMatchObject({ codes: ['mixed_encoding'], paths: [['rows', '3']] });
    expect(whole.message).toContain(
      'not GB18030 like the lines before it (GB18030 from line 1); it reads as UTF-8',
    );
    expect(await outcome(path, 'streamed')).toEqual(whole);
  });

  it('locates a GBK row far beyond the first piece the stream reads', async () => {
    const rows = Array.from({ length: 5000 }, (_, n) => `M${n},优品${n},manufacturing,x\n`);
    const path = file(
      'late.csv',
      Buffer.concat([utf8(`${HEADER}\n${rows.join('')}`), gbk('M9,东阿,manufacturing,x\n')]),
    );
    const whole = await outcome(path, 'whole');
    expect(whole).toMatchObject({ codes: ['mixed_encoding'], paths: [['rows', '5002']] });
    expect(await outcome(path, 'streamed')).toEqual(whole);
  });

  it('reads every line with a named encoding', async () => {
    const path = file(
      'named.csv',
      Buffer.concat([
        utf8(`${HEADER}\nM1,质量,manufacturing,x\n`),
        gbk('M2,质量,manufacturing,x\n'),
      ]),
    );
    const forced = await readBatch(path, liaocheng, { encoding: 'gb18030' });
    expect(forced.entities).toHaveLength(2);
    expect(
      (await rejection(() => readBatch(path, liaocheng, { encoding: 'utf-8' }))).codes,
    ).toEqual(['not_utf8']);
  });

  it('decides alike on both paths for any mixture of UTF-8 and GBK rows, split anywhere', async () => {
    const row = fc.record({
      name: fc.constantFrom('聊城优品', '东阿阿胶股份', 'ascii', '质量', '阳谷'),
      encoding: fc.constantFrom('utf8', 'gbk'),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        async (rows, eol) => {
          const bytes = Buffer.concat([
            utf8(`${HEADER}${eol}`),
            ...rows.map((r, i) =>
              (r.encoding === 'utf8' ? utf8 : gbk)(`M${i},${r.name},manufacturing,x${eol}`),
            ),
          ]);
          const path = file(`mix${n++}.csv`, bytes);
          expect(await outcome(path, 'streamed')).toEqual(await outcome(path, 'whole'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
