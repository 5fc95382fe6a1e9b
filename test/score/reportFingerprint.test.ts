import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, type Report, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { entities as benchEntities, model as benchModel } from '../../bench/_workload.js';

// The report's JSON, byte for byte, as it was before score() was made to use less memory
// (issue 18, item 7: shared frozen objects, interned strings, intermediates released early).
// Every field counts here, the unrounded ones and the key order included. If a change to the
// report is meant, print the new digests (`digest(report)`) and say why in the commit.
// Issue 20 gave the 聊城优品 preset its monitoring rules: the sample's digests changed with the
// report's `definition` only (without `definition.monitoring` they are the digests of before).
// Value domains (`domain` on 29 leaves and the number facts) changed the `definition` again, and
// only it: with every `domain` key taken out of it, the digests are those of before.

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);

function digest(report: Report): string {
  return createHash('sha256').update(JSON.stringify(report)).digest('hex');
}

/** The sample batch 20 times over (2,540 rows: the fast path by default), ids made unique. */
function repeated(times: number): EntityInput[] {
  return Array.from({ length: times }, (_, k) =>
    sample.map((e) => ({ ...e, id: `${String(e.id)}-${k}` })),
  ).flat();
}

/** The benchmark's applicants, a few with a missing, unreadable or out-of-range value. */
function benchBatch(n: number): EntityInput[] {
  return benchEntities(n).map((e, i) => {
    if (i % 97 === 1) return { ...e, values: { ...e.values, L0_0: null } };
    if (i % 89 === 2) return { ...e, values: { ...e.values, L1_3: 'n/a' } };
    if (i % 83 === 3) return { ...e, values: { ...e.values, L2_7: -5 } };
    if (i % 301 === 4) return { ...e, sector: 'mining' };
    return e;
  });
}

// Scoring 2,540 and 3,000 rows takes a few seconds, more on a busy machine.
describe('score(): the report is unchanged, byte for byte', { timeout: 60_000 }, () => {
  const liaocheng = defineModel(liaocheng2024);

  it('the sample batch, on the exact and on the fast path', () => {
    expect(digest(score(liaocheng, sample, { engine: 'exact' }))).toBe(
      '547d60895eb9cd09f8186cfa6d7f5177c52c127b4328bd7f4d6b03e4c06837b6',
    );
    expect(digest(score(liaocheng, sample, { engine: 'fast' }))).toBe(
      '2b8f2a45a746e8937791e98009f5957a324a17ee8535feb613477ab2b371d9af',
    );
  });

  it('the sample batch repeated to 2,540 rows (fast by default)', () => {
    const report = score(liaocheng, repeated(20));
    expect(report.engine).toBe('fast');
    expect(digest(report)).toBe('90ed4a84901df52a96b235ec85e0019d0665c7fb088a89c3d6ae52279f87bddf');
  });

  it("the benchmark's model on 3,000 generated applicants, on both paths", () => {
    const batch = benchBatch(3000);
    const fast = score(benchModel, batch);
    expect(fast.engine).toBe('fast');
    expect(digest(fast)).toBe('39ea1581cf4747c451c29d78038787ed12e010c5f2e4844ede92e0b865346198');
    expect(digest(score(benchModel, batch, { engine: 'exact' }))).toBe(
      '89a86448ae2beaa33ea8c92ffa20c8866de057aed17e15e403f03efc0876069a',
    );
  });
});
