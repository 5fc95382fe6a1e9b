import { readFileSync } from 'node:fs';
import { Decimal as BaseDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  explain,
  type LeafInput,
  type ModelInput,
  type NodeInput,
  narrate,
  type ScoredEntity,
  score,
} from 'youpin';
import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
import { issuesOf } from '../helpers.js';

const D = BaseDecimal.clone({ precision: 50 });
const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);
const report = score(liaocheng2024, batch);
const scored = report.entities.filter((e): e is ScoredEntity => e.status === 'scored');

describe('explain', () => {
  it('allocates published contributions that add up exactly to the published total, for every scored applicant', () => {
    for (const e of scored) {
      const x = explain(report, e.id);
      const leaves = x.nodes.filter((n) => n.kind === 'leaf');
      const sum = leaves.reduce((a, n) => a.plus(n.contribution ?? 0), new D(0));
      const adjustments = x.adjustments.reduce((a, j) => a.plus(j.points), new D(0));
      expect(sum.plus(adjustments).toFixed(2)).toBe(e.total);
      // Each published contribution is its exact value rounded down or up by one unit at most.
      for (const n of leaves) {
        const exact = new D(n.share).times(n.exact ?? 0);
        expect(
          exact
            .minus(n.contribution ?? 0)
            .abs()
            .lessThan('0.01'),
        ).toBe(true);
      }
      // Dimensions carry the sum of their leaves.
      for (const dim of x.nodes.filter((n) => n.depth === 1)) {
        const own = leaves
          .filter((n) => n.parent === dim.id)
          .reduce((a, n) => a.plus(n.contribution ?? 0), new D(0));
        expect(own.toFixed(2)).toBe(dim.contribution);
      }
      expect(x.allocation?.method).toBe('largest-remainder');
    }
  });

  it('gives each node the mid-rank percentile of its published score among the sector, counted by hand', () => {
    for (const e of scored) {
      const cohort = scored.filter((c) => c.sector === e.sector);
      for (const n of explain(report, e.id).nodes) {
        const all = cohort.flatMap((c) => c.nodes.filter((x) => x.id === n.id && x.score !== null));
        const below = all.filter((x) => new D(x.score as string).lessThan(n.score ?? 0)).length;
        const equal = all.filter((x) => new D(x.score as string).equals(n.score ?? 0)).length;
        const expected =
          n.score === null || all.length === 0
            ? null
            : new D(below)
                .plus(equal / 2)
                .div(all.length)
                .times(100)
                .toFixed(2);
        expect([e.id, n.id, n.percentile]).toEqual([e.id, n.id, expected]);
      }
      expect(explain(report, e.id).rank.of).toBe(cohort.length);
    }
  });

  it('never loses a negative amount, and narrates points lost to the published decimals', () => {
    // Weights in thirds: a full score's maximum is 33.333…, and one of three contributions of a
    // perfect applicant is published as 33.34 so that they add up to 100.00.
    const leaf = (id: string): LeafInput => ({
      id,
      label: { zh: id, en: id },
      scoring: { method: 'direct' },
    });
    const thirds = defineModel({
      id: 'thirds',
      version: '1',
      name: { zh: '三等分', en: 'Thirds' },
      tree: {
        id: 'total',
        label: { zh: '总分', en: 'Total' },
        children: ['a', 'b', 'c'].map(leaf),
      },
      sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
      profile: { weights: { a: '1/3', b: '1/3', c: '1/3' } },
    });
    const r = score(thirds, [
      { id: 'P', sector: 's', values: { a: 100, b: 100, c: 100 } },
      { id: 'H', sector: 's', values: { a: 100, b: 50, c: 100 } },
    ]);
    const perfect = explain(r, 'P').nodes.filter((n) => n.kind === 'leaf');
    // 33.333… − 33.33 for two; 0 (not −0.00666…) for the one published as 33.34.
    expect(perfect.map((n) => [n.contribution, n.lost?.slice(0, 7)])).toEqual([
      ['33.34', '0'],
      ['33.33', '0.00333'],
      ['33.33', '0.00333'],
    ]);
    expect(narrate(explain(r, 'P'), { locale: 'en' }).join(' ')).not.toContain('Most points lost');
    const half = explain(r, 'H');
    expect(half.nodes.find((n) => n.id === 'b')?.lost).toMatch(/^16\.66\d{3,}/);
    expect(narrate(half, { locale: 'en' }).join(' ')).toContain(
      'Most points lost: b (16.66 points).',
    );
  });

  it('shows points lost, percentiles, strengths and weaknesses, and the benchmark', () => {
    const x = explain(report, 'M002', { benchmark: haopinShandongBenchmark });
    expect(x.rank).toMatchObject({ sector: 1 });
    const q = x.nodes.find((n) => n.id === 'Q');
    expect(q).toMatchObject({ share: '0.3', maximum: '30' });
    expect(new D(q?.lost as string).plus(q?.contribution as string).toFixed()).toBe('30');
    expect(Number(q?.percentile)).toBeGreaterThan(90);
    expect(x.strengths).toContain('Q');
    expect(x.benchmark?.find((b) => b.node === 'Q')).toMatchObject({ line: '80.00', passed: true });
    const low = explain(report, 'M018', { benchmark: haopinShandongBenchmark });
    expect(low.weaknesses.length).toBeGreaterThan(0);
    expect(low.belowBenchmark).toContain('Q');
  });

  it('gives the reasons of ineligible and vetoed applicants, with labels', () => {
    const m044 = explain(report, 'M044');
    expect(m044.entity.status).toBe('ineligible');
    expect(m044.gates.find((g) => g.result === 'failed')).toMatchObject({
      rule: 'M1',
      label: { zh: '上年度营业收入不低于 2000 万元' },
    });
    expect(m044.gaps).toEqual([]);
    const m050 = explain(report, 'M050');
    expect(m050.vetoes.find((v) => v.result === 'fired')).toMatchObject({
      rule: 'V3',
      firedOn: '2021-06-30',
    });
  });

  it('keeps panel details for expert leaves', () => {
    const x = explain(report, 'M007');
    expect(x.nodes.find((n) => n.id === 'm_Q2')?.panel?.flagged).toBe(true);
  });

  it('rejects an unknown id', () => {
    expect(issuesOf(() => explain(report, 'nobody'))).toEqual([
      { code: 'unknown_entity', path: 'entityId' },
    ]);
  });
});

/** The applicant's input with one leaf changed; an expert leaf gets a panel that agrees on the value. */
const FED = new Map<string, string>(
  defineModel(liaocheng2024)
    .nodes.filter((n) => n.kind === 'leaf')
    .flatMap((n) => {
      const fact = leafInput(n.id)?.fact;
      return fact ? [[n.id, fact] as const] : [];
    }),
);

function leafInput(id: string): LeafInput | undefined {
  const stack: NodeInput[] = [liaocheng2024.tree];
  while (stack.length > 0) {
    const node = stack.pop() as NodeInput;
    if (node.id === id && !('children' in node)) return node;
    if ('children' in node) stack.push(...node.children);
  }
  return undefined;
}

function withValue(entity: EntityInput, leaf: string, value: unknown): EntityInput {
  if (entity.panels && Object.hasOwn(entity.panels, leaf)) {
    const experts = Array.from({ length: 5 }, (_, k) => ({
      expert: `X${k}`,
      score: value as string,
    }));
    return { ...entity, panels: { ...entity.panels, [leaf]: experts } };
  }
  // A leaf fed by a fact (the credit grade) changes through its fact.
  const fact = FED.get(leaf);
  if (fact) {
    const { [leaf]: _given, ...values } = entity.values;
    return { ...entity, values, facts: { ...entity.facts, [fact]: value as string } };
  }
  return { ...entity, values: { ...entity.values, [leaf]: value as string } };
}

// The preset scores every leaf absolutely, so an applicant's total does not depend on the others.
function rescore(entity: EntityInput) {
  return score(liaocheng2024, [entity]).entities[0];
}

describe('gap to the threshold, a floor or the quota', () => {
  const missing = scored.filter((e) =>
    ['below_threshold', 'below_floor', 'outside_quota', 'lost_tie_break'].includes(
      e.selection?.reason ?? '',
    ),
  );
  const sample = missing.filter((_, i) => i % 3 === 0).slice(0, 12);

  it('covers applicants below the threshold, below a floor and outside the quota', () => {
    const targets = new Set(
      sample.flatMap((e) =>
        explain(report, e.id).gaps.map((g) =>
          g.target === 'threshold' || g.target === 'quota' ? g.target : 'floor',
        ),
      ),
    );
    expect([...targets].sort()).toEqual(['floor', 'quota', 'threshold']);
  });

  it('each suggestion, applied alone, reaches the target; a smaller change of a continuous leaf does not', () => {
    let tested = 0;
    for (const e of sample) {
      const input = batch.find((b) => b.id === e.id) as EntityInput;
      for (const gap of explain(report, e.id).gaps) {
        const reachable = gap.leaves.filter((l) => l.status === 'reachable');
        tested += reachable.length > 0 ? 1 : 0;
        for (const leaf of reachable.slice(0, 4)) {
          const figure = (r: ReturnType<typeof rescore>) =>
            gap.target === 'threshold' || gap.target === 'quota'
              ? r?.total
              : r?.nodes.find((n) => n.id === gap.target)?.score;
          const after = rescore(withValue(input, leaf.leaf, leaf.suggested));
          expect(
            new D(figure(after) as string).greaterThanOrEqualTo(gap.required),
            `${e.id} ${leaf.leaf}`,
          ).toBe(true);
          const rounded = rescore(withValue(input, leaf.leaf, leaf.rounded));
          expect(new D(figure(rounded) as string).greaterThanOrEqualTo(gap.required)).toBe(true);
          const method = liaochengMethod(leaf.leaf);
          if (
            ['linear', 'log', 'direct'].includes(method) &&
            typeof leaf.suggested === 'string' &&
            typeof leaf.current !== 'object'
          ) {
            const from = new D(String(leaf.current));
            const to = new D(leaf.suggested);
            // A leaf of whole numbers (its domain) is suggested a whole number: one less change is
            // the next whole number towards the current value.
            const smaller = liaochengWhole(leaf.leaf)
              ? to.greaterThan(from)
                ? to.minus(1)
                : to.plus(1)
              : to.minus(to.minus(from).times('1e-6'));
            const short = rescore(withValue(input, leaf.leaf, smaller.toFixed()));
            expect(
              new D(figure(short) as string).lessThan(gap.required),
              `${e.id} ${leaf.leaf} smaller`,
            ).toBe(true);
          }
        }
      }
    }
    expect(tested).toBeGreaterThan(5);
  });

  it('the combined plan, applied, reaches the target', () => {
    for (const e of sample.slice(0, 6)) {
      for (const gap of explain(report, e.id).gaps) {
        if (!gap.plan) continue;
        let input = batch.find((b) => b.id === e.id) as EntityInput;
        for (const step of gap.plan.steps) input = withValue(input, step.leaf, step.to);
        const after = rescore(input);
        const figure =
          gap.target === 'threshold' || gap.target === 'quota'
            ? after?.total
            : after?.nodes.find((n) => n.id === gap.target)?.score;
        expect(new D(figure as string).greaterThanOrEqualTo(gap.required)).toBe(true);
      }
    }
  });
});

/** Whether a leaf of the 聊城优品 preset takes whole numbers only (its `domain`). */
function liaochengWhole(leaf: string): boolean {
  const walk = (n: NodeInput): boolean =>
    n.id === leaf
      ? 'domain' in n && n.domain?.integer === true
      : 'children' in n && n.children.some(walk);
  return walk(liaocheng2024.tree);
}

function liaochengMethod(leaf: string): string {
  const walk = (n: {
    id: string;
    children?: readonly unknown[];
    scoring?: { method: string };
  }): string | undefined =>
    n.id === leaf
      ? n.scoring?.method
      : (n.children ?? []).map((c) => walk(c as typeof n)).find((m) => m !== undefined);
  return walk(liaocheng2024.tree as never) ?? '';
}

describe('contributions add up on random models too', () => {
  it('property', () => {
    const label = (s: string) => ({ zh: s, en: s });
    const arb = fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 3, maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(0, 1, 2, 3), (leaves, decimals) => {
        const model: ModelInput = {
          id: 'p',
          version: '1',
          name: label('p'),
          rounding: { decimals },
          tree: {
            id: 't',
            label: label('t'),
            children: leaves.map((_, i) => ({
              id: `l${i}`,
              label: label(`l${i}`),
              scoring: { method: 'linear', lower: 0, upper: 3 },
            })),
          },
          sectors: [{ id: 's', label: label('s') }],
          profile: { points: Object.fromEntries(leaves.map(([p], i) => [`l${i}`, p])) },
        };
        const rows = [0, 1, 2].map((k) => ({
          id: `e${k}`,
          sector: 's',
          values: Object.fromEntries(leaves.map(([, v], i) => [`l${i}`, (v[k] as number) / 3333])),
        }));
        const r = score(model, rows);
        for (const e of r.entities) {
          const x = explain(r, e.id as string);
          const sum = x.nodes
            .filter((n) => n.kind === 'leaf')
            .reduce((a, n) => a.plus(n.contribution ?? 0), new D(0));
          expect(sum.toFixed(decimals)).toBe(e.total);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('strengths and weaknesses', () => {
  it('never lists a dimension below its floor as a strength, however high it ranks', () => {
    const label = (s: string) => ({ zh: s, en: s });
    const model: ModelInput = {
      id: 'floors',
      version: '1',
      name: label('floors'),
      tree: {
        id: 'total',
        label: label('total'),
        children: [
          {
            id: 'Q',
            label: label('Q'),
            children: [{ id: 'q', label: label('q'), scoring: { method: 'direct' } }],
          },
          {
            id: 'I',
            label: label('I'),
            children: [{ id: 'i', label: label('i'), scoring: { method: 'direct' } }],
          },
        ],
      },
      sectors: [{ id: 's', label: label('s') }],
      profile: { weights: { Q: 0.5, I: 0.5, q: 1, i: 1 } },
      selection: { floors: { Q: 90 } },
    };
    // Everyone is below the Q floor; T ranks first in Q, and in I (where there is no floor).
    const rows = [10, 20, 30, 80].map((q, k) => ({
      id: k === 3 ? 'T' : `E${k}`,
      sector: 's',
      values: { q, i: q },
    }));
    const why = explain(score(model, rows), 'T');
    expect(why.nodes.find((n) => n.id === 'Q')?.percentile).toBe(
      why.nodes.find((n) => n.id === 'I')?.percentile,
    );
    expect(why.strengths).toEqual(['I']);
  });
});
