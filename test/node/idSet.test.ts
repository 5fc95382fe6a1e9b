// The compact id set of scoreCsvFile (src/node/_idSet.ts) must answer exactly as a Set of the
// same strings: same membership, whatever the ids (empty, long, non-ASCII, surrogate pairs), and
// through the growth of its arrays and its hash table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSet } from '../../src/node/_idSet.js';

describe('idSet', () => {
  it('answers as a Set does (property)', () => {
    // A small alphabet makes repeats likely; full Unicode strings test the characters.
    const id = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', 'M', '0', '1', '-'), maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), (ids) => {
        const set = idSet();
        const reference = new Set<string>();
        for (const x of ids) {
          expect(set.has(x)).toBe(reference.has(x));
          expect(set.add(x)).toBe(!reference.has(x));
          reference.add(x);
          expect(set.has(x)).toBe(true);
        }
        expect(set.size).toBe(reference.size);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('holds 200,000 ids through its growth, and tells them from near misses', () => {
    const set = idSet();
    for (let i = 0; i < 200_000; i++) expect(set.add(`M${String(i).padStart(7, '0')}`)).toBe(true);
    expect(set.size).toBe(200_000);
    expect(set.has('M0123456')).toBe(true);
    expect(set.add('M0199999')).toBe(false);
    // The same characters in another order, one more or one less, another case: not there.
    for (const miss of ['M6543210', 'M01234567', 'M012345', 'm0123456', '0123456M', ''])
      expect(set.has(miss)).toBe(false);
  });
});
