// The spool of scoreCsvFile (src/node/_spool.ts) must give back every record exactly as written,
// in order: whatever the characters (a Chinese name is three bytes in UTF-8, an emoji four), where
// the file is cut into the pieces it is read back in (64 KiB as text, 256 KiB as bytes), and
// whatever the separator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSpool } from '../../src/node/_spool.js';

async function roundTrip(records: readonly string[], separator: string, batch: number) {
  const spool = await openSpool();
  try {
    for (let k = 0; k < records.length; k += batch)
      await spool.write(
        records
          .slice(k, k + batch)
          .map((r) => `${r}${separator}`)
          .join(''),
      );
    const back: string[] = [];
    for await (const part of spool.records(separator)) back.push(...part);
    return back;
  } finally {
    await spool.close();
  }
}

/** Records written as bytes, read back as bytes (recordBytes), each copied out of its batch. */
async function roundTripBytes(records: readonly Uint8Array[], batch: number) {
  const spool = await openSpool();
  try {
    for (let k = 0; k < records.length; k += batch)
      await spool.write(Buffer.concat(records.slice(k, k + batch).flatMap((r) => [r, ZERO])));
    const back: string[] = [];
    for await (const { bytes, ends, count } of spool.recordBytes(0)) {
      let from = 0;
      for (let r = 0; r < count; r++) {
        back.push(bytes.toString('hex', from, ends[r]));
        from = (ends[r] as number) + 1;
      }
    }
    return back;
  } finally {
    await spool.close();
  }
}
const ZERO = Buffer.from([0]);
const hex = (records: readonly Uint8Array[]) => records.map((r) => Buffer.from(r).toString('hex'));

describe('openSpool', () => {
  it('gives back records as bytes across the pieces it reads, and records longer than one', async () => {
    const records: Uint8Array[] = [];
    for (let shift = 0; shift < 6; shift++) {
      records.push(Buffer.alloc(262_144 - 2 - shift, 7)); // ends at the edge of a piece, or near
      records.push(Buffer.from('东昌允栎 😀 \u0001\u0003 x'));
      records.push(Buffer.alloc(600_000 + shift, 9)); // longer than a piece: the buffer grows
      records.push(Buffer.alloc(0)); // an empty record between two others
    }
    records.push(Buffer.from('last'));
    expect(await roundTripBytes(records, 1)).toEqual(hex(records));
    expect(await roundTripBytes(records, 5)).toEqual(hex(records));
  });

  it('gives back random byte records as written (property)', async () => {
    const record = fc.uint8Array({ min: 1, maxLength: 90_000 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 30 }),
        fc.integer({ min: 1, max: 9 }),
        async (records, batch) => {
          expect(await roundTripBytes(records, batch)).toEqual(hex(records));
        },
      ),
      { numRuns: 30, seed: 18 },
    );
  });

  it('gives back records whose characters straddle the pieces it reads', async () => {
    // Records of 1 to 4 bytes a character, shifted byte by byte across the first 64 KiB edge.
    const records: string[] = [];
    for (let shift = 0; shift < 8; shift++) {
      records.push('x'.repeat(65_536 - 3 - shift));
      records.push('东昌允栎新材料有限公司 é 😀 Dong\u0001chang');
      records.push('聊城'.repeat(20_000 + shift)); // 120 KB: across a piece on its own
    }
    expect(await roundTrip(records, '\n', 3)).toEqual(records);
    expect(await roundTrip(records, '\u0000', 1)).toEqual(records);
  });

  it('gives back random records as written (property)', async () => {
    const record = fc
      .string({ unit: 'grapheme', maxLength: 3000 })
      .map((s) => s.replace(/\n/g, ''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 80 }),
        fc.integer({ min: 1, max: 9 }),
        async (records, batch) => {
          // A record read back is never empty at the end (an empty last record is no record).
          const kept =
            records.length > 0 && records[records.length - 1] === ''
              ? [...records, 'end']
              : records;
          expect(await roundTrip(kept, '\n', batch)).toEqual(kept);
        },
      ),
      { numRuns: 40, seed: 18 },
    );
  });
});
