// JSON.parse keeps the last of two equal keys without a word; duplicateKeys finds them in the
// text, with where the second one is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/node/_jsonDuplicateKeys.js';

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
