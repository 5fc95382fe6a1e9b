// readBatch tells a progress callback the applicant rows read, every 1,000 and at the end, for
// CSV and XLSX; the rows it counts are the data rows the entities come from.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineModel } from 'youpin';
import { type ReadProgress, readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { scratch } from '../cli/_cli.js';

const model = defineModel(liaocheng2024);

describe('readBatch onProgress', () => {
  it('counts the rows of a CSV file in steps of 1,000 and once at the end', async () => {
    const sample = 'examples/data/sample-batch.csv';
    const [header, ...rows] = (await import('node:fs'))
      .readFileSync(sample, 'utf8')
      .trimEnd()
      .split('\n');
    // 2,540 rows: the sample's 127 twenty times over, with fresh ids.
    const body = Array.from({ length: 20 }, (_, copy) =>
      rows.map((line) => line.replace(/^(\w+),/, `$1_${copy},`)),
    ).flat();
    const file = join(scratch(), 'progress.csv');
    writeFileSync(file, [header, ...body].join('\n'));
    const seen: ReadProgress[] = [];
    const batch = await readBatch(file, model, { onProgress: (p) => seen.push(p) });
    expect(batch.entities).toHaveLength(2540);
    expect(seen).toEqual([
      { rows: 1000, total: 2540 },
      { rows: 2000, total: 2540 },
      { rows: 2540, total: 2540 },
    ]);
  });

  it('counts the rows of a workbook', async () => {
    const seen: ReadProgress[] = [];
    const batch = await readBatch('examples/data/sample-batch.xlsx', model, {
      onProgress: (p) => seen.push(p),
    });
    expect(seen).toEqual([{ rows: batch.entities.length, total: batch.entities.length }]);
  });
});
