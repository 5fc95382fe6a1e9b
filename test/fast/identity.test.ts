import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Direction,
  defineModel,
  type EntityInput,
  type EntityResult,
  explain,
  type Report,
  type ScoringSpec,
  score,
  toHtml,
} from 'youpin';
import { gbt19580, haopinShandong, liaocheng2024 } from 'youpin/presets';

// The fast path must publish exactly what the exact path publishes: every total, node score,
// rank, status, reason and selection. Only the unrounded figures of applicants decided in float64
// are null.

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);

const UNROUNDED = new Set(['totalExact', 'exact', 'contribution', 'before', 'sources']);

/** The report with every unrounded figure removed, for field-by-field comparison. */
function published(report: Report): unknown {
  return JSON.parse(
    JSON.stringify({ ...report, engine: undefined }, (key, value) =>
      UNROUNDED.has(key) ? undefined : value,
    ),
  );
}

function expectSamePublication(exact: Report, fast: Report): void {
  expect(exact.engine).toBe('exact');
  expect(fast.engine).toBe('fast');
  expect(published(fast)).toEqual(published(exact));
  // Where the fast path kept an unrounded figure (a recomputed applicant), it is the exact one.
  fast.entities.forEach((e, i) => {
    const x = exact.entities[i] as EntityResult;
    if (e.totalExact !== null) expect(e).toEqual(x);
  });
  expectSameExplanations(exact, fast);
}

/** Every applicant's explanation, byte for byte, whichever engine scored the batch. */
function expectSameExplanations(exact: Report, fast: Report): void {
  for (const e of fast.entities) {
    if (e.id === null) continue;
    expect(JSON.stringify(explain(fast, e.id))).toBe(JSON.stringify(explain(exact, e.id)));
  }
}

const decidedInFloat = (r: Report) =>
  r.entities.filter((e) => e.status === 'scored' && e.totalExact === null).length;

describe('fast path: identical publication', () => {
  it('the sample batch under liaocheng2024, field by field', () => {
    const model = defineModel(liaocheng2024);
    const exact = score(model, sample, { engine: 'exact' });
    const fast = score(model, sample, { engine: 'fast' });
    expectSamePublication(exact, fast);
    expect(decidedInFloat(fast)).toBeGreaterThan(50); // the kernel really ran
  });

  it('haopinShandong and gbt19580 on generated batches', () => {
    for (const preset of [haopinShandong, gbt19580]) {
      const model = defineModel(preset);
      const batch = generate(preset, 300, 7);
      const exact = score(model, batch, { engine: 'exact' });
      const fast = score(model, batch, { engine: 'fast' });
      expectSamePublication(exact, fast);
    }
  }, 60_000);

  it('points with deductions, clamped at the bottom on both paths', () => {
    const model = defineModel({
      id: 'deductions',
      version: '1',
      name: label('deductions'),
      tree: {
        id: 'total',
        label: label('total'),
        children: [
          {
            id: 'p',
            label: label('p'),
            scoring: {
              method: 'points',
              items: [
                { id: 'award', points: 30 },
                { id: 'minor', points: '-7.5' },
                { id: 'major', points: -45 },
              ],
              cap: 70,
            },
          },
          { id: 'q', label: label('q'), scoring: { method: 'linear', lower: 0, upper: 10 } },
        ],
      },
      sectors: [{ id: 's', label: label('s') }],
      profile: { weights: { p: '2/3', q: '1/3' } },
    });
    const items = ['award', 'minor', 'major'];
    const batch = Array.from({ length: 400 }, (_, i) => ({
      id: `d${i}`,
      sector: 's',
      values: {
        p: items.filter((_, k) => (i >> k) % 2 === 1).concat(i % 5 === 0 ? ['award'] : []),
        q: (i % 101) / 10,
      },
    }));
    const exact = score(model, batch, { engine: 'exact' });
    const fast = score(model, batch, { engine: 'fast' });
    expectSamePublication(exact, fast);
    expect(decidedInFloat(fast)).toBeGreaterThan(200);
    const floored = exact.entities.find((e) => e.id === 'd4'); // major alone: below 0, so 0
    expect(floored?.nodes.find((n) => n.id === 'p')?.score).toBe('0.00');
  });

  it('a total of exactly 63.875 publishes 63.88 on both paths (recomputed exactly)', () => {
    const model = defineModel(twoLeaves('half-up'));
    const batch = [{ id: 'a', sector: 's', values: { x: 63.875, y: 63.875 } }];
    const exact = score(model, batch, { engine: 'exact' });
    const fast = score(model, batch, { engine: 'fast' });
    expect(fast.entities[0]?.total).toBe('63.88');
    // On the boundary the float cannot decide: the total's subtree was recomputed in decimal.
    expect(exact.entities[0]?.totalExact).toBe('63.875');
    expectSamePublication(exact, fast);
  });

  it('.xx5 boundaries reached through thirds, and exact ties, under every rounding mode', () => {
    for (const mode of ['half-up', 'half-even', 'down', 'up'] as const) {
      const model = defineModel(twoLeaves(mode));
      const batch: EntityInput[] = [];
      for (let k = 0; k < 200; k++) {
        const x = (63.875 + k * 0.005).toFixed(3);
        batch.push({ id: `b${k}`, sector: 's', values: { x, y: x } });
        batch.push({ id: `t${k}`, sector: 's', values: { x: `${k}.125`, y: `${k}.125` } });
        batch.push({ id: `u${k}`, sector: 's', values: { x: 10 + k / 3, y: 10 + k / 3 } });
      }
      expectSamePublication(
        score(model, batch, { engine: 'exact' }),
        score(model, batch, { engine: 'fast' }),
      );
    }
  });

  it('random models and batches (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }),
          decimals: fc.integer({ min: 0, max: 4 }),
          mode: fc.constantFrom('half-up', 'half-even', 'down', 'up'),
          lower: fc.integer({ min: -50, max: 40 }),
          width: fc.integer({ min: 1, max: 1000 }),
          cohort: fc.boolean(),
          seed: fc.integer(),
        }),
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.double({ min: -100, max: 1200, noNaN: true }),
              fc.integer({ min: 0, max: 1000 }),
            ),
            fc.oneof(
              fc.integer({ min: 0, max: 20 }).map((k) => k * 5),
              fc.constant(7),
            ),
            fc.constantFrom('A', 'B', 'C', 'Z'),
            fc.double({ min: 0.01, max: 1e6, noNaN: true }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        (p, rows) => {
          const model = defineModel(randomModel(p));
          const batch = rows.map(([a, b, c, d], i) => ({
            id: `r${i}`,
            sector: i % 3 === 0 ? 'm' : 's',
            values: { a, b, c, d: i % 5 === 0 ? String(d) : d },
          }));
          expectSamePublication(
            score(model, batch, { engine: 'exact' }),
            score(model, batch, { engine: 'fast' }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('cohort variants (min-max on ln x, max with either lower form, the distanceToBest alias): the kernel takes their exact scores (property)', () => {
    const label1 = label('v');
    const leaf = (id: string, scoring: ScoringSpec, direction: Direction = 'higher') => ({
      id,
      label: label(id),
      scoring,
      direction,
    });
    const model = defineModel({
      id: 'variants',
      version: '1',
      name: label1,
      tree: {
        id: 'total',
        label: label1,
        children: [
          leaf('a', { method: 'linear', lower: 0, upper: 100 }),
          leaf('rev', { method: 'minmax', transform: 'log' }),
          leaf('cost', { method: 'max', lowerForm: 'complement' }, 'lower'),
          leaf('days', { method: 'distanceToBest' }, 'lower'),
          leaf('share', { method: 'max', scope: 'all' }),
        ],
      },
      sectors: ['m', 's'].map((id) => ({
        id,
        label: label(id),
        profile: { weights: { a: '0.2', rev: '0.3', cost: '0.2', days: '0.1', share: '0.2' } },
      })),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 100 }),
            fc.oneof(
              fc.integer({ min: -2, max: 1e6 }),
              fc.double({ min: 0.5, max: 1e7, noNaN: true }),
            ),
            fc.integer({ min: 0, max: 500 }),
            fc.integer({ min: 0, max: 30 }),
            fc.integer({ min: -1, max: 90 }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const batch = rows.map(([a, rev, cost, days, share], i) => ({
            id: `r${i}`,
            sector: i % 2 === 0 ? 'm' : 's',
            values: { a, rev, cost, days, share },
          }));
          expectSamePublication(
            score(model, batch, { engine: 'exact' }),
            score(model, batch, { engine: 'fast' }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('auto takes the fast path from FAST_PATH_FROM applicants, and exact below', () => {
    const model = defineModel(liaocheng2024);
    expect(score(model, sample).engine).toBe('exact');
    const big = Array.from({ length: 2000 }, (_, i) => ({
      ...(sample[i % sample.length] as EntityInput),
      id: `x${i}`,
    }));
    const report = score(model, big);
    expect(report.engine).toBe('fast');
    expect(published(report)).toEqual(published(score(model, big, { engine: 'exact' })));
  }, 60_000);

  it('a model without a float form is scored exactly, and says so', () => {
    const model = defineModel({
      ...twoLeaves('half-up'),
      id: 'geo',
      tree: { ...twoLeaves('half-up').tree, operator: { method: 'geometric' as const } },
    });
    expect(
      score(model, [{ id: 'a', sector: 's', values: { x: 1, y: 2 } }], { engine: 'fast' }).engine,
    ).toBe('exact');
  });
});

const label = (s: string) => ({ zh: s, en: s });

function twoLeaves(mode: 'half-up' | 'half-even' | 'down' | 'up') {
  return {
    id: 'two',
    version: '1',
    name: label('two'),
    rounding: { decimals: 2, mode },
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        { id: 'x', label: label('x'), scoring: { method: 'direct' as const } },
        { id: 'y', label: label('y'), scoring: { method: 'direct' as const } },
      ],
    },
    sectors: [{ id: 's', label: label('s') }],
    profile: { weights: { x: '1/3', y: '2/3' } },
  };
}

function randomModel(p: {
  weights: number[];
  decimals: number;
  mode: 'half-up' | 'half-even' | 'down' | 'up';
  lower: number;
  width: number;
  cohort?: boolean;
}) {
  const [wa = 0, wb = 0, wc = 0, wd = 0] = p.weights;
  const share = (w: number, sum: number) => `${w}/${sum}`;
  const first =
    wa + wb === 0 ? { a: 0.5, b: 0.5 } : { a: share(wa, wa + wb), b: share(wb, wa + wb) };
  const second =
    wc + wd === 0 ? { c: 0.5, d: 0.5 } : { c: share(wc, wc + wd), d: share(wd, wc + wd) };
  return {
    id: 'random',
    version: '1',
    name: label('random'),
    rounding: { decimals: p.decimals, mode: p.mode },
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        {
          id: 'D1',
          label: label('D1'),
          children: [
            {
              id: 'a',
              label: label('a'),
              // A cohort leaf: the kernel takes its exact score as given.
              scoring: p.cohort
                ? { method: 'zscore' as const, sd: 'population' as const, center: 50, spread: 10 }
                : { method: 'linear' as const, lower: p.lower, upper: p.lower + p.width },
            },
            { id: 'b', label: label('b'), scoring: { method: 'banded' as const } },
          ],
        },
        {
          id: 'D2',
          label: label('D2'),
          operator: { method: 'minimum' as const },
          children: [
            {
              id: 'c',
              label: label('c'),
              scoring: {
                method: 'categorical' as const,
                categories: [
                  { value: 'A', score: 100 },
                  { value: 'B', score: '66.6666' },
                  { value: 'C', score: '33.335' },
                ],
              },
            },
            {
              id: 'd',
              label: label('d'),
              scoring: { method: 'log' as const, lower: 1, upper: 1000 },
            },
          ],
        },
      ],
    },
    sectors: [
      { id: 's', label: label('s') },
      { id: 'm', label: label('m'), profile: { weights: { D1: '3/4', D2: '1/4' } } },
    ],
    profile: { weights: { D1: 0.5, D2: 0.5, ...first, ...second } },
  };
}

// Deterministic applicants for a preset: each leaf gets a value its method accepts.
function generate(preset: unknown, n: number, seed: number): EntityInput[] {
  type Value = EntityInput['values'][string];
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const definition = preset as {
    tree: Node;
    sectors: Array<{ id: string }>;
  };
  type Node = { id: string; children?: Node[]; scoring?: Record<string, unknown> };
  const leaves: Node[] = [];
  const walk = (node: Node) => (node.children ? node.children.forEach(walk) : leaves.push(node));
  walk(definition.tree);
  return Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    sector: (definition.sectors[i % definition.sectors.length] as { id: string }).id,
    values: Object.fromEntries(
      leaves.map((leaf) => [leaf.id, valueFor(leaf.scoring ?? {}, random) as Value]),
    ),
  }));
}

function valueFor(scoring: Record<string, unknown>, random: () => number): unknown {
  switch (scoring['method']) {
    case 'categorical':
      return (
        (scoring['categories'] as Array<{ value: string }>)[
          Math.floor(random() * (scoring['categories'] as unknown[]).length)
        ] as { value: string }
      ).value;
    case 'banded':
      return Math.floor(random() * 21) * 5;
    case 'points': {
      const items = scoring['items'] as Array<{ id: string }>;
      return items.filter(() => random() < 0.4).map((item) => item.id);
    }
    case 'boolean':
      return random() < 0.5;
    case 'direct':
      return Math.round(random() * 10000) / 100;
    case 'log':
      return Math.round(random() * 1000) / 10;
    default: {
      const lower = Number(scoring['lower'] ?? 0);
      const upper = Number(scoring['upper'] ?? 100);
      return Math.round((lower + (upper - lower) * random() * 1.2) * 1000) / 1000;
    }
  }
}

describe('fast path: no cliff at FAST_PATH_FROM', () => {
  it("explain gives the exact engine's explanation of applicants decided in float64", () => {
    const model = defineModel(liaocheng2024);
    // The sample batch repeated past the boundary: auto takes the fast path on its own.
    const big = Array.from({ length: 2540 }, (_, i) => ({
      ...(sample[i % sample.length] as EntityInput),
      id: `x${i}`,
    }));
    const auto = score(model, big);
    const exact = score(model, big, { engine: 'exact' });
    expect(auto.engine).toBe('fast');
    expect(decidedInFloat(auto)).toBeGreaterThan(1000);
    const ids = auto.entities.filter((e) => e.totalExact === null).map((e) => e.id as string);
    for (const id of [...ids.slice(0, 40), ...ids.slice(-40)]) {
      expect(JSON.stringify(explain(auto, id))).toBe(JSON.stringify(explain(exact, id)));
    }
    // The report survives a JSON round trip (a service stores it) and still explains.
    const stored = JSON.parse(JSON.stringify(auto)) as Report;
    const last = ids.at(-1) as string;
    expect(JSON.stringify(explain(stored, last))).toBe(JSON.stringify(explain(exact, last)));
  }, 240_000);

  it("toHtml of a fast report is the exact report's page", () => {
    const model = defineModel(liaocheng2024);
    const fast = score(model, sample, { engine: 'fast' });
    const exact = score(model, sample, { engine: 'exact' });
    expect(decidedInFloat(fast)).toBeGreaterThan(50);
    expect(toHtml(fast)).toBe(toHtml(exact));
  }, 120_000);
});
