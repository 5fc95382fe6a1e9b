import { Decimal as BaseDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  defineModel,
  type EntityInput,
  effectiveWeights,
  type LeafInput,
  type ModelInput,
  normalise,
  type ScoringSpec,
  score,
} from 'youpin';

// Invariants of STYLE.md §14, stated as properties.

// The oracle sums at 50 digits (decimal.js defaults to 20, too few to check 28-digit figures).
const Decimal = BaseDecimal.clone({ precision: 50 });

const label = (s: string) => ({ zh: s, en: s });
const decimal = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100);
const positive = fc.integer({ min: 1, max: 1000 });

/** A random 2-level model with 1–4 dimensions of 1–4 absolute leaves, weights as points. */
const modelArb: fc.Arbitrary<ModelInput> = fc
  .array(
    fc.array(fc.tuple(positive, fc.constantFrom('linear', 'log', 'steps', 'direct')), {
      minLength: 1,
      maxLength: 4,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .chain((dims) =>
    fc.tuple(
      fc.constant(dims),
      fc.array(positive, { minLength: dims.length, maxLength: dims.length }),
    ),
  )
  .map(([dims, dimPoints]) => {
    // Leaves weighted by points, dimensions by exact fractions such as "3/7".
    const points: Record<string, number> = {};
    const weights: Record<string, string> = {};
    const dimTotal = dimPoints.reduce((a, b) => a + b, 0);
    const children = dims.map((leaves, d) => {
      weights[`D${d}`] = `${dimPoints[d]}/${dimTotal}`;
      return {
        id: `D${d}`,
        label: label(`D${d}`),
        children: leaves.map(([p, method], l): LeafInput => {
          points[`L${d}_${l}`] = p;
          const scoring: ScoringSpec =
            method === 'linear'
              ? { method: 'linear', lower: 0, upper: 100 }
              : method === 'log'
                ? { method: 'log', lower: 1, upper: 10000 }
                : method === 'steps'
                  ? { method: 'steps', from: 10, step: 10, increment: 1, cap: 30 }
                  : { method: 'direct' };
          return { id: `L${d}_${l}`, label: label(`L${d}_${l}`), scoring };
        }),
      };
    });
    return {
      id: 'prop',
      version: '1',
      name: label('prop'),
      tree: { id: 'total', label: label('total'), children },
      sectors: [{ id: 's', label: label('s') }],
      profile: { points, weights },
    };
  });

const leavesOf = (model: ModelInput) =>
  model.tree.children.flatMap((d) => ('children' in d ? d.children : [d])) as LeafInput[];

const valueFor = (leaf: LeafInput, r: number): number =>
  leaf.scoring.method === 'direct'
    ? r % 101
    : leaf.scoring.method === 'log'
      ? (r % 20000) + 0.5
      : r % 400;

const batchArb = (model: ModelInput) =>
  fc
    .array(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 16, maxLength: 16 }), {
      minLength: 1,
      maxLength: 12,
    })
    .map((rows) =>
      rows.map(
        (r, i): EntityInput => ({
          id: `e${i}`,
          sector: 's',
          values: Object.fromEntries(
            leavesOf(model).map((leaf, k) => [leaf.id, valueFor(leaf, r[k % 16] as number)]),
          ),
        }),
      ),
    );

describe('properties', () => {
  it('effective weights are ≥ 0 and sum to exactly 1', () => {
    fc.assert(
      fc.property(modelArb, (input) => {
        const weights = Object.values(effectiveWeights(defineModel(input), 's'));
        for (const w of weights) expect(Number(w)).toBeGreaterThanOrEqual(0);
        const sum = weights.reduce((acc, w) => acc.plus(w), new Decimal(0));
        expect(sum.toDecimalPlaces(24).toFixed()).toBe('1');
      }),
      { numRuns: 100 },
    );
  });

  it('absolute scores stay on the scale', () => {
    const specs = fc.oneof(
      fc
        .tuple(decimal, decimal)
        .filter(([a, b]) => a < b)
        .map(([lower, upper]): ScoringSpec => ({ method: 'linear', lower, upper })),
      fc
        .tuple(positive, positive)
        .filter(([a, b]) => a < b)
        .map(([lower, upper]): ScoringSpec => ({ method: 'log', lower, upper })),
      fc.tuple(positive, positive, positive).map(
        ([step, increment, cap]): ScoringSpec => ({
          method: 'steps',
          from: 0,
          step,
          increment,
          cap,
        }),
      ),
    );
    fc.assert(
      fc.property(
        specs,
        fc.array(fc.nat({ max: 2_000_000 }).map((n) => n / 100)),
        fc.constantFrom('higher', 'lower'),
        (spec, values, direction) => {
          // steps reads no direction (its own spec says what is better): 'lower' is refused there.
          const d = spec.method === 'steps' ? 'higher' : (direction as 'higher' | 'lower');
          for (const s of normalise(values, spec, { direction: d }).scores) {
            expect(Number(s)).toBeGreaterThanOrEqual(0);
            expect(Number(s)).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scores do not change when entities are reordered (cohort methods included)', () => {
    const cohortModel = (method: 'minmax' | 'rank' | 'vector'): ModelInput => ({
      id: 'c',
      version: '1',
      name: label('c'),
      tree: {
        id: 'total',
        label: label('total'),
        children: [
          { id: 'a', label: label('a'), scoring: { method } },
          { id: 'b', label: label('b'), scoring: { method: 'linear', lower: 0, upper: 100 } },
        ],
      },
      sectors: [
        { id: 's', label: label('s') },
        { id: 't', label: label('t') },
      ],
      profile: { weights: { a: 0.5, b: 0.5 } },
    });
    const rows = fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 100 }), fc.boolean()), {
      minLength: 1,
      maxLength: 15,
    });
    fc.assert(
      fc.property(
        fc.constantFrom('minmax', 'rank', 'vector'),
        rows,
        fc.nat(),
        (method, data, seed) => {
          const model = defineModel(cohortModel(method as 'minmax'));
          const entities = data.map(
            ([a, b, t], i): EntityInput => ({
              id: `e${i}`,
              sector: t ? 't' : 's',
              values: { a, b },
            }),
          );
          const key = (i: number) => (i * 7919 + seed) % 97;
          const shuffled = entities
            .map((e, i) => [key(i), e] as const)
            .sort((x, y) => x[0] - y[0])
            .map(([, e]) => e);
          const byId = (es: readonly EntityInput[]) =>
            Object.fromEntries(
              score(model, es).entities.map((e) => [e.id, [e.totalExact, e.rank]]),
            );
          expect(byId(shuffled)).toEqual(byId(entities));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('scores do not change when indicators are reordered in the tree', () => {
    fc.assert(
      fc.property(
        modelArb.chain((m) => fc.tuple(fc.constant(m), batchArb(m))),
        ([input, batch]) => {
          const reversed: ModelInput = {
            ...input,
            tree: {
              ...input.tree,
              children: [...input.tree.children]
                .reverse()
                .map((d) => ('children' in d ? { ...d, children: [...d.children].reverse() } : d)),
            },
          };
          const totals = (m: ModelInput) => score(m, batch).entities.map((e) => e.totalExact);
          expect(totals(reversed)).toEqual(totals(input));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a higher value of a higher-is-better leaf never lowers the total', () => {
    fc.assert(
      fc.property(
        modelArb.chain((m) =>
          fc.tuple(fc.constant(m), batchArb(m), fc.nat(), fc.integer({ min: 1, max: 5000 })),
        ),
        ([input, batch, pick, bump]) => {
          const model = defineModel(input);
          const leaves = leavesOf(input);
          const leaf = leaves[pick % leaves.length] as LeafInput;
          const entity = batch[0] as EntityInput;
          const before = Number(score(model, [entity]).entities[0]?.totalExact);
          const raised = Number(entity.values[leaf.id]) + bump;
          const value = leaf.scoring.method === 'direct' ? Math.min(100, raised) : raised;
          const after = Number(
            score(model, [{ ...entity, values: { ...entity.values, [leaf.id]: value } }])
              .entities[0]?.totalExact,
          );
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('leaf contributions add up to the exact total, and the published total is it rounded half-up', () => {
    fc.assert(
      fc.property(
        modelArb.chain((m) => fc.tuple(fc.constant(m), batchArb(m))),
        ([input, batch]) => {
          for (const e of score(input, batch).entities) {
            const leaves = e.nodes.filter((n) => n.kind === 'leaf');
            const sum = leaves.reduce(
              (acc, n) => acc.plus(n.contribution as string),
              new Decimal(0),
            );
            expect(
              sum
                .minus(e.totalExact as string)
                .abs()
                .lessThan('1e-24'),
            ).toBe(true);
            expect(Math.abs(Number(e.total) - Number(e.totalExact))).toBeLessThanOrEqual(
              0.005 + 1e-12,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every mean lies between the minimum and the maximum', () => {
    const values = fc.array(
      fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(
        values,
        fc.constantFrom('arithmetic', 'geometric', 'harmonic', 'minimum', 'power'),
        (xs, method) => {
          const spec = method === 'power' ? { method, p: 3 } : { method };
          const result = Number(
            aggregate(
              xs,
              xs.map(() => `1/${xs.length}`),
              spec as never,
            ).value,
          );
          expect(result).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
          expect(result).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scoring is deterministic: byte-identical JSON for the same input', () => {
    fc.assert(
      fc.property(
        modelArb.chain((m) => fc.tuple(fc.constant(m), batchArb(m))),
        ([input, batch]) => {
          expect(JSON.stringify(score(input, batch))).toBe(
            JSON.stringify(score(structuredClone(input), structuredClone(batch))),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
