// Two rows of one applicant under ids written differently — `M001`, `m001`, `Ｍ００１` typed with a
// Chinese input method, `M0​01` with a zero-width space pasted from a web page — were scored as
// two applicants, each with its own rank. Ids are now compared by idKey (NFKC, invisible
// characters and surrounding spaces out, lower case), on every path.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, toCsv } from 'youpin';
import { readBatch, scoreCsvFile } from 'youpin/node';
import { idKey } from '../../src/entity/idKey.js';
import { youpin } from '../cli/_cli.js';
import { splitCsvLine } from '../helpers.js';
import { liaocheng, sample, scratch } from '../node/_files.js';

const file = scratch();
const SPELLINGS = ['M001', 'm001', 'Ｍ００１', 'M0\u200b01', ' M001 ', 'M001\ufeff'];

describe('idKey', () => {
  it('makes one key of an id written in case, width or invisible characters', () => {
    expect(new Set(SPELLINGS.map(idKey))).toEqual(new Set(['m001']));
    expect(idKey('M002')).not.toBe(idKey('M001'));
    expect(idKey('聊城-001')).toBe('聊城-001');
  });

  it('is idempotent, ignores what NFKC folds and, in ASCII, letter case (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: 'grapheme' }), (id) => {
        expect(idKey(idKey(id))).toBe(idKey(id));
        expect(idKey(id.normalize('NFKC'))).toBe(idKey(id));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (id) => {
        expect(idKey(id.toUpperCase())).toBe(idKey(id.toLowerCase()));
      }),
    );
  });
});

describe('duplicate ids written differently', () => {
  // The sample batch's first six rows given the six spellings of one id.
  const rows = () => {
    const entities = JSON.parse(readFileSync(sample('sample-batch.json'), 'utf8')) as Array<{
      id: string;
    }>;
    return entities.slice(0, 8).map((e, i) => ({ ...e, id: SPELLINGS[i] ?? e.id }));
  };

  it('makes every row after the first invalid, saying how ids compare', () => {
    const report = score(liaocheng, rows() as never);
    const first = report.entities.map((e) => e.issues.find((i) => i.code === 'duplicate_id'));
    expect(first[0]).toBeUndefined();
    for (const issue of first.slice(1, 6)) expect(issue?.code).toBe('duplicate_id');
    expect(first.slice(6)).toEqual([undefined, undefined]);
    expect(first[2]?.message).toBe(
      'id "Ｍ００１" is used twice (ids are compared ignoring letter case, full-width characters and invisible characters)',
    );
    expect(first[2]?.messageZh).toBe(
      '编号 "Ｍ００１" 重复（比较编号时不区分大小写、全角与半角，并忽略不可见字符）',
    );
    expect(report.entities.slice(1, 6).every((e) => e.status === 'invalid')).toBe(true);
  });

  it('streamed in chunks of any size, byte for byte as score() on the whole file', async () => {
    const [header, ...lines] = readFileSync(sample('sample-batch.csv'), 'utf8').split('\r\n');
    const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    // Rows 1, 40 and 90 (the cells reader trims spaces, so no surrounding spaces here).
    const spell = ['m001', 'Ｍ００１', 'M0\u200b01'];
    [1, 40, 90].forEach((at, k) => {
      const cells = splitCsvLine(lines[at] as string);
      cells[0] = spell[k] as string;
      lines[at] = cells.map(quote).join(',');
    });
    const first = splitCsvLine(lines[0] as string);
    first[0] = 'M001';
    lines[0] = first.map(quote).join(',');
    const path = file('ids.csv', [header, ...lines].join('\r\n'));
    const whole = score(liaocheng, (await readBatch(path, liaocheng)).entities);
    expect(
      whole.entities.filter((e) => e.issues.some((i) => i.code === 'duplicate_id')),
    ).toHaveLength(3);
    const reference = toCsv(whole, { locale: 'both' });
    for (const chunkSize of [1, 7, 1000]) {
      let text = '';
      await scoreCsvFile(path, liaocheng, {
        format: 'csv',
        locale: 'both',
        chunkSize,
        out: (piece) => {
          text += piece;
        },
      });
      expect(text).toBe(reference);
    }
  });
});

describe('youpin explain with an id written another way', () => {
  it('suggests the applicant’s id (a subprocess)', async () => {
    const run = await youpin(['explain', 'm001', sample('sample-batch.csv'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no applicant with the id "m001" in');
    expect(run.stderr).toContain('; did you mean "M001"?');
  });
});
