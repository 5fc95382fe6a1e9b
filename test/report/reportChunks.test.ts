import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  entityAtDetail,
  type Report,
  reportChunks,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const model = defineModel(liaocheng2024);
const report = score(model, sample);

async function text(
  r: Report,
  options: Parameters<typeof reportChunks>[1] = {},
): Promise<{ text: string; chunks: string[] }> {
  const chunks: string[] = [];
  for await (const chunk of reportChunks(r, options)) chunks.push(chunk);
  return { text: chunks.join(''), chunks };
}

describe('reportChunks', () => {
  it('at full detail is JSON.stringify of the report, compact or indented, byte for byte', async () => {
    expect((await text(report)).text).toBe(JSON.stringify(report));
    expect((await text(report, { indent: 2 })).text).toBe(JSON.stringify(report, null, 2));
    const empty = score(model, []);
    expect((await text(empty, { indent: 2 })).text).toBe(JSON.stringify(empty, null, 2));
    expect((await text(empty)).text).toBe(JSON.stringify(empty));
  });

  it('comes in bounded chunks, never the whole report at once', async () => {
    const { chunks } = await text(report);
    expect(chunks.length).toBeGreaterThan(10);
    const largest = Math.max(...report.entities.map((e) => JSON.stringify(e).length));
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(64 * 1024 + largest + 1);
  });

  it('NDJSON: a header line without the applicants, then one applicant per line', async () => {
    const lines = (await text(report, { format: 'ndjson', detail: 'standard' })).text
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(report.entities.length + 1);
    const header = JSON.parse(lines[0] ?? '');
    expect(header.entities).toBeUndefined();
    expect(header.definition).toBeUndefined();
    expect(header.detail).toBe('standard');
    expect(header.counts).toEqual(report.counts);
    lines.slice(1).forEach((line, i) => {
      expect(JSON.parse(line)).toEqual(
        JSON.parse(JSON.stringify(entityAtDetail(report.entities[i] as never, 'standard'))),
      );
    });
  });

  it('summary and standard are small: standard at most a third of full, summary under 1 KB', async () => {
    const bytes = async (detail: 'summary' | 'standard' | 'full') =>
      Buffer.byteLength((await text(report, { format: 'ndjson', detail })).text) /
      report.entities.length;
    const full = await bytes('full');
    const standard = await bytes('standard');
    const summary = await bytes('summary');
    expect(standard).toBeLessThanOrEqual(full / 3);
    expect(summary).toBeLessThan(1024);
  });

  it('summary and standard are the same text whichever engine scored the batch', async () => {
    const fast = score(model, sample, { engine: 'fast' });
    const exact = score(model, sample, { engine: 'exact' });
    expect(fast.engine).toBe('fast');
    for (const detail of ['summary', 'standard'] as const)
      expect((await text(fast, { detail })).text).toBe((await text(exact, { detail })).text);
  });

  it('summary says why: failed gates, fired vetoes, issue codes, notices', () => {
    for (const e of report.entities) {
      const s = entityAtDetail(e, 'summary');
      if (!('reasons' in s)) throw new Error('no reasons');
      if (e.status === 'ineligible')
        expect(s.reasons.failedGates.length + s.reasons.uncheckedGates.length).toBeGreaterThan(0);
      if (e.status === 'vetoed') expect(s.reasons.firedVetoes.length).toBeGreaterThan(0);
      if (e.status === 'invalid') expect(s.reasons.issues.length).toBeGreaterThan(0);
      expect(s.total).toBe(e.total);
      expect(s.rank).toEqual(e.rank);
      expect(s.selection).toEqual(e.selection);
    }
  });

  it('any subset of the batch, any detail: the JSON parses to the applicants at that detail (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(sample, { maxLength: 30 }),
        fc.constantFrom('summary', 'standard', 'full'),
        fc.constantFrom(0, 2),
        async (rows, detail, indent) => {
          const r = score(model, rows);
          const parsed = JSON.parse((await text(r, { detail, indent: indent as 0 | 2 })).text);
          expect(parsed.entities).toEqual(
            JSON.parse(JSON.stringify(r.entities.map((e) => entityAtDetail(e, detail)))),
          );
          expect(parsed.counts).toEqual(r.counts);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
