import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  isYoupinError,
  score,
  sensitivity,
  sensitivityFromParts,
  sensitivityPart,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const liaocheng = defineModel(liaocheng2024);
const label = (s: string) => ({ zh: s, en: s });

// Two dimensions; D1 has two leaves, D2 one (so D2's leaf weight is always 1: no influence).
const small = defineModel({
  id: 'small',
  version: '1',
  name: label('small'),
  tree: {
    id: 'total',
    label: label('total'),
    children: [
      {
        id: 'D1',
        label: label('D1'),
        children: [
          { id: 'a', label: label('a'), scoring: { method: 'direct' } },
          { id: 'b', label: label('b'), scoring: { method: 'linear', lower: 0, upper: 50 } },
        ],
      },
      {
        id: 'D2',
        label: label('D2'),
        children: [{ id: 'c', label: label('c'), scoring: { method: 'direct' } }],
      },
    ],
  },
  sectors: [{ id: 's', label: label('s') }],
  profile: { weights: { D1: 0.5, D2: 0.5, a: 0.5, b: 0.5, c: 1 } },
  selection: {
    quotas: { s: 2 },
    bands: [{ id: 'A', label: label('A'), min: 60 }],
  },
});
const batch: EntityInput[] = [
  { id: 'e1', sector: 's', values: { a: 90, b: 45, c: 40 } },
  { id: 'e2', sector: 's', values: { a: 60, b: 20, c: 90 } },
  { id: 'e3', sector: 's', values: { a: 70, b: 30, c: 65 } },
  { id: 'e4', sector: 's', values: { a: 20, b: 5, c: 20 } },
  { id: 'e5', sector: 's', values: { a: 'x', b: 5, c: 20 } },
];

describe('sensitivity', () => {
  it('the same seed gives identical output; another seed differs', () => {
    const options = {
      seed: 'paper-2026',
      draws: 300,
      weights: { kind: 'uniform', fraction: 0.3 },
    } as const;
    const a = sensitivity(small, batch, options);
    expect(JSON.stringify(sensitivity(small, batch, options))).toBe(JSON.stringify(a));
    expect(JSON.stringify(sensitivity(small, batch, { ...options, seed: 'other' }))).not.toBe(
      JSON.stringify(a),
    );
  });

  it('zero perturbation gives zero-width rank intervals and the model’s own selection (sample batch)', () => {
    const result = sensitivity(liaocheng, sample, {
      seed: 1,
      draws: 40,
      weights: { kind: 'uniform', fraction: 0 },
    });
    const scored = result.entities.filter((e) => e.status === 'scored');
    expect(scored).toHaveLength(104);
    for (const e of scored) {
      expect(e.rank).toEqual({ median: e.nominal.rank, p5: e.nominal.rank, p95: e.nominal.rank });
      expect(e.sectorRank?.p5).toBe(e.sectorRank?.p95);
      expect(e.probability?.selected).toBe(e.nominal.selected ? 1 : 0);
      expect(e.probability?.standardError).toBe(0);
    }
    // Every row is listed; the unscored have no interval.
    expect(result.entities).toHaveLength(sample.length);
    expect(result.entities.filter((e) => e.rank === null)).toHaveLength(23);
  });

  it('answers the issue: P(selected) under ±20 % weights and which dimension weight matters most', () => {
    const result = sensitivity(liaocheng, sample, {
      seed: 2026,
      draws: 1000,
      weights: { kind: 'uniform', fraction: 0.2 },
      sobol: { n: 128, bootstrap: 200 },
    });
    const selectedNominally = result.entities.filter((e) => e.nominal.selected);
    expect(selectedNominally).toHaveLength(20);
    // Some applicants near the cut are uncertain; the clear ones are not.
    const uncertain = result.entities.filter(
      (e) => e.probability && e.probability.selected > 0.05 && e.probability.selected < 0.95,
    );
    expect(uncertain.length).toBeGreaterThan(0);
    expect(uncertain.length).toBeLessThan(30);
    const dimensions = ['Q', 'I', 'B', 'E', 'S'].map(
      (id) => result.sobol?.indices.find((x) => x.input === `weight:${id}`) ?? null,
    );
    expect(dimensions.every((d) => d !== null)).toBe(true);
    expect(result.sobol?.estimator).toEqual({ first: 'saltelli2010', total: 'jansen1999' });
    for (const d of dimensions) {
      expect(d?.total.lower).not.toBeNull();
      expect(Number.isFinite(d?.total.estimate)).toBe(true);
    }
  }, 60_000);

  it('an input without influence has zero total index; an influential one does not', () => {
    const result = sensitivity(small, batch, {
      seed: 5,
      draws: 200,
      weights: { kind: 'uniform', fraction: 0.5 },
      sobol: { n: 512, bootstrap: 100 },
    });
    const index = (id: string) => result.sobol?.indices.find((x) => x.input === id);
    // c is D2's only child: its weight renormalises to 1 whatever the draw.
    expect(index('weight:c')?.total.estimate).toBe(0);
    expect(index('weight:c')?.first.estimate).toBeCloseTo(0, 10);
    expect(index('weight:D1')?.total.estimate).toBeGreaterThan(0.05);
  });

  it('alternative scoring, operators, exclusion and Dirichlet weights run and stay consistent', () => {
    const result = sensitivity(small, batch, {
      seed: 9,
      draws: 400,
      weights: { kind: 'dirichlet', concentration: 50 },
      scoring: { b: [{ method: 'linear', lower: 0, upper: 100 }, { method: 'minmax' }] },
      operators: { total: [{ method: 'geometric' }, { method: 'minimum' }] },
      exclude: true,
      sobol: { n: 64, bootstrap: 50 },
    });
    expect(result.inputs.map((i) => i.id)).toEqual([
      'weights:total',
      'weights:D1',
      'weights:D2',
      'scoring:b',
      'operator:total',
      'exclude',
    ]);
    for (const e of result.entities.filter((x) => x.status === 'scored')) {
      const p = e.probability;
      expect(p).not.toBeNull();
      expect(p?.selected).toBeGreaterThanOrEqual(0);
      expect(p?.selected).toBeLessThanOrEqual(1);
      expect((e.rank?.p5 ?? 0) <= (e.rank?.median ?? 0)).toBe(true);
      expect((e.rank?.median ?? 0) <= (e.rank?.p95 ?? 0)).toBe(true);
    }
    // Two are selected in every draw: the shares sum to the quota.
    const sum = result.entities.reduce((a, e) => a + (e.probability?.selected ?? 0), 0);
    expect(sum).toBeCloseTo(2, 10);
    expect(result.entities.find((e) => e.id === 'e5')?.status).toBe('invalid');
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|null,"p5"/);
  });

  it('any split into parts gives exactly the one-pass result, Sobol included', () => {
    const options = {
      seed: 'parts',
      draws: 101,
      weights: { kind: 'uniform', fraction: 0.4 },
      exclude: true,
      sobol: { n: 37, bootstrap: 50 },
    } as const;
    const whole = JSON.stringify(sensitivity(small, batch, options));
    const parts = [
      sensitivityPart(small, batch, options, { draws: [50, 101], sobolRows: [0, 10] }),
      sensitivityPart(small, batch, options, { draws: [0, 50], sobolRows: [10, 37] }),
    ];
    expect(JSON.stringify(sensitivityFromParts(small, batch, options, parts))).toBe(whole);
    expect(() => sensitivityFromParts(small, batch, options, parts.slice(1))).toThrow(/101/);
  });

  it('refuses unknown nodes and bad settings with located issues', () => {
    const codes = (options: Parameters<typeof sensitivity>[2]) => {
      try {
        sensitivity(small, batch, options);
        return [];
      } catch (error) {
        return isYoupinError(error)
          ? error.issues.map((i) => `${i.code}@${i.path.join('.')}`)
          : ['other'];
      }
    };
    expect(codes({ seed: 1, draws: 0 })).toEqual(['out_of_scale@options.draws']);
    expect(codes({ seed: 1, draws: 1_000_001 })).toEqual(['out_of_scale@options.draws']);
    expect(codes({ seed: 1, weights: { kind: 'uniform', fraction: 1.5 } })).toEqual([
      'out_of_scale@options.weights.fraction',
    ]);
    expect(codes({ seed: 1, scoring: { D1: [{ method: 'direct' }] } })).toEqual([
      'unknown_node@options.scoring.D1',
    ]);
    expect(codes({ seed: 1, exclude: ['nope'] })).toEqual(['unknown_node@options.exclude.0']);
    expect(
      codes({ seed: 1, weights: { kind: 'uniform', fraction: 0.1, nodes: ['total'] } }),
    ).toEqual(['unknown_node@options.weights.nodes.0']);
    const some = sensitivity(small, batch, {
      seed: 1,
      draws: 5,
      weights: { kind: 'uniform', fraction: 0.1, nodes: ['D1', 'D2'] },
    });
    expect(some.inputs.map((i) => i.id)).toEqual(['weight:D1', 'weight:D2']);
  });
});

describe("sensitivity and the model's unresolved ties", () => {
  it('with no uncertainty reproduces the selection, an unresolved tie included; with some, treats the tied alike', async () => {
    const { readBatch } = await import('youpin/node');
    const model = defineModel(liaocheng2024);
    // M005 and M054 of the CSV sample have the same data: the model selects neither.
    const { entities } = await readBatch('examples/data/sample-batch.csv', model);
    const nominal = score(model, entities);
    const tied = nominal.entities
      .filter((e) => e.selection?.reason === 'tie_unresolved')
      .map((e) => e.id);
    expect(tied).toEqual(['M005', 'M054']);
    const still = sensitivity(model, entities, {
      seed: 1,
      draws: 30,
      weights: { kind: 'uniform', fraction: 0 },
    });
    for (const e of still.entities)
      if (e.probability) expect(e.probability.selected).toBe(e.nominal.selected ? 1 : 0);
    const moving = sensitivity(model, entities, {
      seed: 1,
      draws: 200,
      weights: { kind: 'uniform', fraction: 0.2 },
    });
    const p = (id: string) => moving.entities.find((e) => e.id === id)?.probability?.selected;
    expect(p('M005')).toBe(p('M054'));
  }, 60_000);
});
