// deriveProfile's entropy and CRITIC read the exact scores of every scored applicant of the
// sector, whichever engine the batch size would choose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineModel, deriveProfile, type EntityInput, entropyWeights, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

describe('deriveProfile on a batch past the fast path', () => {
  it('uses every scored applicant of the sector, not only those the fast path recomputed', () => {
    const model = defineModel(liaocheng2024);
    const batch = JSON.parse(
      readFileSync('examples/data/sample-batch.json', 'utf8'),
    ) as EntityInput[];
    const big = Array.from({ length: 20 }, (_, k) =>
      batch.map((e) => ({ ...e, id: `${e.id}_${k}` })),
    ).flat();
    const { derivations } = deriveProfile(model, {
      sector: 'manufacturing',
      version: 'big',
      parents: { total: { method: 'entropy' } },
      entities: big,
    });
    const rows = score(model, big, { engine: 'exact' })
      .entities.filter((e) => e.status === 'scored' && e.sector === 'manufacturing')
      .map((e) =>
        ['Q', 'I', 'B', 'E', 'S'].map((d) => e.nodes.find((n) => n.id === d)?.exact ?? '0'),
      );
    expect(rows.length).toBeGreaterThan(800);
    expect(derivations[0]?.weights).toEqual(entropyWeights(rows).weights);
  }, 120_000);
});
