// The stream decoder counts lines (CR, LF and CRLF each end one) so that a line breaking the
// file's encoding is named by its number. Without a byte-order mark it counts every line of a
// UTF-8 file with the native search of line breaks (_streamDecoder.ts, count): the number must
// be the one of a count byte by byte, wherever the pieces are cut — a CRLF split between two
// pieces is one break — and whatever line breaks the file mixes.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { YoupinError } from 'youpin';
import { streamDecoder } from '../../src/node/_streamDecoder.js';

/** Decodes `bytes` cut at `cuts`; the error's code and line, or the text. */
function decodeCut(bytes: Uint8Array, cuts: number[]) {
  const decoder = streamDecoder('auto', 'lines.csv');
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  try {
    let from = 0;
    for (const to of [...at, bytes.length]) {
      // A plain Uint8Array sometimes, a Buffer other times (the native search is over either).
      const piece = bytes.subarray(from, to);
      text += decoder.decode(to % 2 === 0 ? new Uint8Array(piece) : Buffer.from(piece));
      from = to;
    }
    text += decoder.end();
    return { text };
  } catch (error) {
    if (!(error instanceof YoupinError)) throw error;
    const issue = error.issues[0];
    return { code: issue?.code, path: issue?.path };
  }
}

const line = fc.constantFrom('M1,聊城优品,x', 'ascii,1', '', 'é,😀', '"a,b",c');
const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('streamDecoder: line numbers', () => {
  it('names the line that breaks UTF-8, however the lines end and the pieces are cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, eol), { maxLength: 30 }),
        eol,
        fc.array(fc.nat(), { maxLength: 12 }),
        (lines, end, cuts) => {
          // The first line decides UTF-8; then the lines; then one line of GBK.
          const before = `编号,名称${end}${lines.map(([l, e]) => l + e).join('')}`;
          const bytes = Buffer.concat([
            Buffer.from(before, 'utf8'),
            iconv.encode('G1,阳谷华泰', 'gbk'),
            Buffer.from(`${end}M2,x${end}`),
          ]);
          const expected = before.split(/\r\n|\r|\n/).length; // the GBK line's number
          expect(decodeCut(bytes, cuts)).toMatchObject({
            code: 'mixed_encoding',
            path: ['rows', expected],
          });
        },
      ),
      { numRuns: 300, seed: 2026 },
    );
  });

  it('gives the text back whole when every line is UTF-8', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, eol), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (lines, cuts) => {
          const text = `编号,名称\n${lines.map(([l, e]) => l + e).join('')}`;
          expect(decodeCut(Buffer.from(text, 'utf8'), cuts)).toEqual({ text });
        },
      ),
      { numRuns: 200, seed: 2027 },
    );
  });
});
