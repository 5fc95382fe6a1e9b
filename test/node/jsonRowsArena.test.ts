// _jsonRows writes applicants into an arena and gives views of it: a view must keep its bytes
// while the arena fills and grows (a batch of the spool bigger than the arena), and release()
// reuses the arena's room only for applicants written after it.
import { describe, expect, it } from 'vitest';
import { score } from 'youpin';
import { readBatch } from 'youpin/node';
import { TextBytes } from '../../src/node/_fileWriter.js';
import { jsonRows } from '../../src/node/_jsonRows.js';
import { liaocheng, sample } from './_files.js';

describe('jsonRows: the arena of rendered applicants', () => {
  const rank = () => ({ sector: 1, overall: 2 });

  it('keeps every view of a batch intact as the arena grows, and reuses it after release()', async () => {
    const batch = await readBatch(sample('sample-batch.csv'), liaocheng);
    const report = score(liaocheng, batch.entities, { engine: 'exact' });
    const scored = report.entities.filter((e) => e.status === 'scored');
    const rows = jsonRows('standard', 2);
    const records = scored.map((e, k) => {
      const into = new TextBytes();
      rows.record(e, 1000 + k, into);
      return into.bytes.subarray(0, into.length);
    });
    const finish = (r: Uint8Array, k: number) => rows.finish(r, 0, r.length, k, rank, undefined);
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
    // Each applicant alone, released after it: the reference texts.
    const alone = records.map((r, k) => {
      rows.release();
      return text(finish(r, k));
    });
    expect(alone[0]).toContain('"scores": {');
    // One batch of 40 rounds of them, about 7 MB: the arena of 1 MB fills and grows several times
    // while the views made before are still to be written.
    rows.release();
    const views: Uint8Array[] = [];
    for (let round = 0; round < 40; round++)
      for (const [k, r] of records.entries()) views.push(finish(r, k));
    const total = views.reduce((sum, v) => sum + v.length, 0);
    expect(total).toBeGreaterThan(4 << 20);
    for (const [i, v] of views.entries()) expect(text(v)).toBe(alone[i % records.length]);
    // After release() the next batch starts over in the (grown) arena, as right as before.
    rows.release();
    const again = records.map((r, k) => text(finish(r, k)));
    expect(again).toEqual(alone);
  });
});
