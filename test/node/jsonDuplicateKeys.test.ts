// JSON.parse keeps the last of two equal keys without a word; duplicateKeys finds them in the
// text, with where the second one is.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBatch, readModelFile } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { duplicateKeys } from '../../src/node/_jsonDuplicateKeys.js';
import { youpin } from '../cli/_cli.js';
import { liaocheng, rejection, sample, scratch } from './_files.js';

describe('duplicateKeys', () => {
  it('finds a key written twice in one object, with the path, line and column', () => {
    const text = '{\n  "a": 1,\n  "b": { "a": 2 },\n  "a": 3\n}';
    expect(duplicateKeys(text)).toEqual([{ path: ['a'], key: 'a', line: 4, column: 3 }]);
  });

  it('locates one inside an array of entities, and reads escapes as JSON does', () => {
    const text = '[{"id":"A","values":{"x":1}},{"id":"B","values":{"x":1,"\\u0078":2}}]';
    expect(duplicateKeys(text).map((d) => d.path)).toEqual([[1, 'values', 'x']]);
  });

  it('is not misled by strings that hold quotes, braces, brackets, colons and commas', () => {
    const text = JSON.stringify({ a: '{"a":1,', b: ']:,"', c: [{ a: '\\"' }, { a: 1 }], d: {} });
    expect(duplicateKeys(text)).toEqual([]);
    expect(duplicateKeys('{"a":{"a":{"a":[]}},"b":[[],{}],"c":"a"}')).toEqual([]);
  });

  it('finds none in what JSON.stringify writes, and exactly the one put in (property)', () => {
    const object = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), {
      minKeys: 1,
    });
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 4 }), fc.nat(), (items, pick) => {
        const text = JSON.stringify(items, null, pick % 2 === 0 ? 0 : 2);
        expect(duplicateKeys(text)).toEqual([]);
        // The first key of item k written again at the start of that item.
        const k = pick % items.length;
        const key = Object.keys(items[k] as object)[0] as string;
        const parts = items.map((item, i) =>
          i === k
            ? `{${JSON.stringify(key)}:null,${JSON.stringify(item).slice(1)}`
            : JSON.stringify(item),
        );
        const found = duplicateKeys(`[${parts.join(',')}]`);
        expect(found.map((d) => d.path)).toEqual([[k, key]]);
      }),
      { numRuns: 300 },
    );
  });

  it('stops at the limit', () => {
    const text = `{${Array.from({ length: 50 }, () => '"k":1').join(',')}}`;
    expect(duplicateKeys(text, 10)).toHaveLength(10);
    expect(duplicateKeys(text)).toHaveLength(49);
  });
});

describe('a key written twice in a JSON file', () => {
  const file = scratch();
  const rows = readFileSync(sample('sample-batch.json'), 'utf8');

  it('in an applicant, is a located problem of the batch (JSON keeps the last value)', async () => {
    const text = rows.replace('"m_Q4": ', '"m_Q4": 1, "m_Q4": ');
    const batch = await readBatch(file('dup.json', text), liaocheng);
    expect(batch.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_key', 'entities.0.values.m_Q4'],
    ]);
    expect(batch.locate(batch.issues[0]?.path ?? [])).toMatchObject({
      row: 1,
      column: 'values.m_Q4',
    });
    expect(batch.issues[0]?.message).toMatch(
      /^the key "m_Q4" is written twice in one object \(line \d+, column \d+\); JSON keeps only the last: remove one$/,
    );
  });

  it('outside the applicants, or in a model file, refuses the file', async () => {
    const twice = `{"entities": [], "entities": ${rows}}`;
    const batch = await rejection(() => readBatch(file('twice.json', twice), liaocheng));
    expect(batch.codes).toEqual(['duplicate_key']);
    const model = JSON.stringify(liaocheng2024).replace('"version":', '"version":"9","version":');
    const refused = await rejection(() => readModelFile(file('model.json', model)));
    expect(refused.codes).toEqual(['duplicate_key']);
  });

  it('in a model given to the CLI, exits 1 with where the key is (a subprocess)', async () => {
    const model = JSON.stringify(liaocheng2024, null, 2).replace(
      '"version": ',
      '"version": "9",\n  "version": ',
    );
    const run = await youpin(['validate', '--model', file('m.json', model), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'm.json: the key "version" is written twice in one object (line 4, column 3); JSON keeps only the last: remove one',
    );
  });
});
