// scoreCsvFile writes JSON and NDJSON as reportChunks writes score()'s report of the same file,
// byte for byte, at every detail, however the file is cut into chunks: the streamed path and the
// in-memory path are one output.
import { describe, expect, it } from 'vitest';
import { type Detail, reportChunks, score } from 'youpin';
import { readBatch, scoreCsvFile } from 'youpin/node';
import { liaocheng, sample } from './_files.js';

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
});
