// scoreCsvFile writes JSON and NDJSON as reportChunks writes score()'s report of the same file,
// byte for byte, at every detail, however the file is cut into chunks: the streamed path and the
// in-memory path are one output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Detail, reportChunks, score } from 'youpin';
import { readBatch, scoreCsvFile } from 'youpin/node';
import { generateBigCsv } from '../../scripts/generate-big-csv.js';
import { liaocheng, sample, scratch } from './_files.js';

const file = scratch();

async function inMemory(detail: Detail, format: 'json' | 'ndjson', indent: 0 | 2) {
  const batch = await readBatch(sample('sample-batch.csv'), liaocheng);
  const report = score(liaocheng, batch.entities, { engine: 'fast' });
  let text = '';
  for await (const chunk of reportChunks(report, { detail, format, indent })) text += chunk;
  return text;
}

async function streamed(
  detail: Detail,
  format: 'json' | 'ndjson',
  indent: 0 | 2,
  chunkSize: number,
) {
  let text = '';
  await scoreCsvFile(sample('sample-batch.csv'), liaocheng, {
    chunkSize,
    format,
    detail,
    indent,
    out: (piece) => {
      text += piece;
    },
  });
  return text;
}

describe('scoreCsvFile as JSON and NDJSON', () => {
  for (const detail of ['summary', 'standard', 'full'] as const) {
    it(`${detail}: the streamed text is reportChunks(score(…))'s, in chunks of 1, 40 and 1,000`, async () => {
      for (const [format, indent] of [
        ['json', 0],
        ['json', 2],
        ['ndjson', 0],
      ] as const) {
        const expected = await inMemory(detail, format, indent);
        for (const size of [1, 40, 1000]) {
          expect(await streamed(detail, format, indent, size)).toBe(expected);
        }
      }
    }, 120_000);
  }

  it('picks json from an --out ending in .json', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const out = join(mkdtempSync(join(tmpdir(), 'youpin-json-')), 'report.json');
    await scoreCsvFile(sample('sample-batch.csv'), liaocheng, { out });
    const parsed = JSON.parse(readFileSync(out, 'utf8'));
    expect(parsed.entities).toHaveLength(parsed.counts.entities);
    expect(parsed.definition).toBeDefined();
  });

  it('writes a file as it gives the text to a function, chunk after chunk (several MB)', {
    timeout: 120_000,
  }, async () => {
    // 3,000 rows of the preset: from 1.3 MB (NDJSON summary) to 5 MB (indented standard), each
    // chunk's pieces encoded one after the other into the buffer the file is written through.
    const path = await generateBigCsv(3000, file('gen-3000.csv', ''));
    for (const layout of [
      { format: 'json', detail: 'summary', indent: 2 },
      { format: 'json', detail: 'standard', indent: 2 },
      { format: 'json', detail: 'full', indent: 0 },
      { format: 'ndjson', detail: 'summary', indent: 0 },
      { format: 'csv' },
    ] as const) {
      let text = '';
      await scoreCsvFile(path, liaocheng, {
        ...layout,
        locale: 'both',
        out: (piece) => {
          text += piece;
        },
      });
      const out = file(`out.${layout.format}`, '');
      await scoreCsvFile(path, liaocheng, { ...layout, locale: 'both', out });
      const written = readFileSync(out, 'utf8');
      if (layout.format !== 'csv') expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
      expect(written === text).toBe(true);
    }
  });
});
