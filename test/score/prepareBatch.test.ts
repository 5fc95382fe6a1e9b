import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  type ModelInput,
  prepareBatch,
  type ScoreOptions,
  safeScore,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { smallModel } from '../fixtures.js';
import { issuesOf } from '../helpers.js';

// A prepared batch reads its rows once for every model that reads them alike; its reports must be
// byte for byte those of score() on the rows, whatever the models scored before.

const root = join(import.meta.dirname, '..', '..');
const sample: EntityInput[] = JSON.parse(
  readFileSync(join(root, 'examples/data/sample-batch.json'), 'utf8'),
);
const json = (x: unknown) => JSON.stringify(x);

/** The sibling groups of a tree: each parent's children. */
function parentsOf(definition: ModelInput): Map<string, string> {
  const parent = new Map<string, string>();
  const visit = (node: { id: string; children?: readonly unknown[] }) => {
    for (const child of (node.children ?? []) as Array<{ id: string; children?: unknown[] }>) {
      parent.set(child.id, node.id);
      visit(child);
    }
  };
  visit(definition.tree as { id: string; children?: readonly unknown[] });
  return parent;
}

/**
 * The definition with every weights record redrawn: each parent's weighted children share what
 * they shared before (in hundredths), in new random parts. Seeds pick the parts.
 */
function reweighed(definition: ModelInput, seeds: readonly number[]): ModelInput {
  const copy = structuredClone(definition) as ModelInput & {
    profile?: { weights?: Record<string, number | string> };
    sectors: Array<{ profile?: { weights?: Record<string, number | string> } }>;
  };
  const parent = parentsOf(definition);
  let s = 0;
  const next = () => (seeds[s++ % seeds.length] as number) + 1;
  const redraw = (weights: Record<string, number | string> | undefined) => {
    if (!weights) return;
    const groups = new Map<string, string[]>();
    for (const id of Object.keys(weights)) {
      const p = parent.get(id) ?? '';
      groups.set(p, [...(groups.get(p) ?? []), id]);
    }
    for (const ids of groups.values()) {
      const units = Math.round(ids.reduce((sum, id) => sum + Number(weights[id]) * 100, 0));
      if (units < ids.length) continue;
      // ids.length positive parts summing to `units`.
      const raw = ids.map(() => next());
      const total = raw.reduce((a, b) => a + b, 0);
      const parts = raw.map((r) => Math.max(1, Math.floor((r * units) / total)));
      let left = units - parts.reduce((a, b) => a + b, 0);
      for (let i = 0; left !== 0; i = (i + 1) % parts.length) {
        if (left > 0) {
          parts[i] = (parts[i] as number) + 1;
          left--;
        } else if ((parts[i] as number) > 1) {
          parts[i] = (parts[i] as number) - 1;
          left++;
        }
      }
      ids.forEach((id, i) => {
        weights[id] = (parts[i] as number) / 100;
      });
    }
  };
  redraw(copy.profile?.weights);
  for (const sector of copy.sectors) redraw(sector.profile?.weights);
  return copy;
}

const liaochengVariant = fc.record({
  seeds: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
  threshold: fc.integer({ min: 0, max: 100 }),
  floor: fc.integer({ min: 0, max: 80 }),
  quotas: fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)),
  engine: fc.constantFrom<NonNullable<ScoreOptions['engine']>>('exact', 'fast', 'auto'),
});

type Variant = typeof liaochengVariant extends fc.Arbitrary<infer V> ? V : never;

function liaochengWith(v: Variant): ModelInput {
  const definition = reweighed(liaocheng2024, v.seeds);
  const [manufacturing, agriculture, services] = v.quotas;
  return {
    ...definition,
    version: `variant-${v.seeds.join('')}`,
    selection: {
      ...liaocheng2024.selection,
      threshold: v.threshold,
      floors: { Q: v.floor, I: v.floor, B: v.floor, E: v.floor, S: v.floor },
      quotas: { manufacturing, agriculture, services },
    },
  };
}

describe('prepareBatch', () => {
  it('scores like score() on the rows, model after model (weights, threshold, floors, quotas, engines)', () => {
    const batch = prepareBatch(sample);
    fc.assert(
      fc.property(liaochengVariant, (v) => {
        const model = defineModel(liaochengWith(v));
        const options = { engine: v.engine };
        expect(json(score(model, batch, options))).toBe(json(score(model, sample, options)));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('across the fast path’s 2,000 applicants: the auto engine gives score()’s report', () => {
    const rows = Array.from({ length: 2100 }, (_, i) => {
      const e = sample[i % sample.length] as EntityInput;
      const round = Math.floor(i / sample.length);
      return round === 0 ? e : { ...e, id: `${e.id}-${round}` };
    });
    const batch = prepareBatch(rows);
    for (const seeds of [[3], [1, 7, 2], [9, 0, 4, 4]]) {
      const model = defineModel(reweighed(liaocheng2024, seeds));
      const report = score(model, batch);
      expect(report.engine).toBe('fast');
      expect(json(report)).toBe(json(score(model, rows)));
    }
  }, 120_000);

  it('reads the rows again for a model that reads them otherwise, and back', () => {
    const batch = prepareBatch(sample);
    // A goalpost: leaf scores change, so the rows are read again.
    const text = JSON.stringify(liaocheng2024);
    const withGoalposts = JSON.parse(
      text.replace(
        '"scoring":{"method":"linear","lower":70,"upper":95}',
        '"scoring":{"method":"linear","lower":60,"upper":95}',
      ),
    ) as ModelInput;
    expect(JSON.stringify(withGoalposts)).not.toBe(text);
    const a = defineModel(liaocheng2024);
    const b = defineModel(withGoalposts);
    // A gate's bound: statuses change.
    const c = defineModel({
      ...liaocheng2024,
      gates: (liaocheng2024.gates ?? []).map((g, i) =>
        i === 0 ? { ...g, sectors: ['services'] } : g,
      ),
    });
    // Options outside: each model in turn meets the reading of the one before it.
    for (const options of [{}, { engine: 'fast' as const }, { evaluationDate: '2023-01-01' }]) {
      for (const model of [a, b, a, c, b, a, c]) {
        expect(json(score(model, batch, options))).toBe(json(score(model, sample, options)));
      }
    }
  }, 120_000);

  it('a model with cohort methods, treatment-free missing values and renormalised weights', () => {
    const rows: EntityInput[] = Array.from({ length: 60 }, (_, i) => ({
      id: `E${i}`,
      sector: i % 3 === 0 ? 'svc' : 'mfg',
      values: {
        q1: i % 7 === 0 ? null : (i * 37) % 101,
        q2: i % 5 === 0 ? '' : (i * 13) % 100,
        e1: 100 + ((i * 997) % 9900),
        ...(i % 3 === 0 ? {} : { e2: i % 11 === 0 ? null : (i * 7) % 50 }),
      },
    }));
    const batch = prepareBatch(rows);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<NonNullable<ScoreOptions['engine']>>('exact', 'fast'),
        (seeds, engine) => {
          const model = defineModel(reweighed(smallModel(), seeds));
          expect(json(score(model, batch, { engine }))).toBe(json(score(model, rows, { engine })));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a copy of the rows: changing them afterwards changes nothing', () => {
    const rows = structuredClone(sample);
    const before = json(score(liaocheng2024, rows));
    const batch = prepareBatch(rows);
    const first = rows[0] as { values: Record<string, unknown>; facts?: Record<string, unknown> };
    first.values['m_Q4'] = 5;
    (first.values['m_Q3'] as string[]).push('not_a_category');
    if (first.facts) first.facts['revenue'] = 0;
    rows.pop();
    (rows as unknown[])[3] = null;
    expect(json(score(liaocheng2024, batch))).toBe(before);
    expect(batch.size).toBe(sample.length);
  });

  it('hostile rows are read as score() reads them: cycles, __proto__ keys, getters, holes', () => {
    const cyclic: Record<string, unknown> = { id: 'C1', sector: 'manufacturing', values: {} };
    (cyclic['values'] as Record<string, unknown>)['m_Q4'] = cyclic;
    cyclic['facts'] = cyclic;
    const proto = JSON.parse(
      '{"id":"P1","sector":"manufacturing","values":{"__proto__":{"m_Q4":50},"m_Q5":4},"facts":{"__proto__":1}}',
    );
    let reads = 0;
    const getter = {
      id: 'G1',
      sector: 'services',
      get values() {
        reads++;
        return { s_Q1: 'provincial_pilot' };
      },
    };
    const holes = new Array(5);
    holes[1] = { id: 'H1', sector: 'agriculture', values: { a_Q1: [] } };
    holes[3] = 42;
    const rows = [
      ...sample.slice(0, 5),
      cyclic,
      proto,
      getter,
      ...holes,
      { id: 'D1', sector: 'manufacturing', values: { m_Q4: new Date(0), m_Q5: 1n } },
      'a row',
      null,
    ] as unknown as EntityInput[];
    const batch = prepareBatch(rows);
    // The getter was read once, into the batch's copy, and never again: a row cannot answer
    // differently from one reading to the next.
    expect(reads).toBe(1);
    const prepared = score(liaocheng2024, batch);
    expect(reads).toBe(1);
    expect(json(prepared)).toBe(json(score(liaocheng2024, rows)));
    expect(prepared.entities).toHaveLength(rows.length);
  });

  it('two reports of one batch share nothing a caller could change', () => {
    const batch = prepareBatch(sample);
    const first = score(liaocheng2024, batch);
    const expected = json(score(liaocheng2024, sample));
    for (const e of first.entities) {
      (e.issues as unknown[]).push('x');
      (e.warnings as unknown[]).push('x');
      (e.eligibility.gates as unknown[]).push('x');
      (e.eligibility.vetoes as unknown[]).push('x');
    }
    expect(json(score(liaocheng2024, batch))).toBe(expected);
  });

  it('bans and the evaluation date are part of what is remembered', () => {
    const batch = prepareBatch(sample);
    const bans = [{ id: 'M001', revokedOn: '2023-01-01', until: '2025-12-31' }];
    for (const options of [{}, { bans }, {}, { bans, evaluationDate: '2026-01-01' }, { bans }]) {
      expect(json(score(liaocheng2024, batch, options))).toBe(
        json(score(liaocheng2024, sample, options)),
      );
    }
    expect(score(liaocheng2024, batch, { bans }).entities[0]?.eligibility.gates.at(-1)?.rule).toBe(
      'reapplication_ban',
    );
  });

  it('safeScore and strict take it too; a batch that is no array is refused', () => {
    const batch = prepareBatch(sample);
    const result = safeScore(liaocheng2024, batch, { strict: true });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((i) => i.code)).toContain(
      'invalid_entities',
    );
    expect(json(safeScore(smallModel(), batch))).toBe(json(safeScore(smallModel(), sample)));
    expect(issuesOf(() => prepareBatch({} as unknown as EntityInput[]))).toEqual([
      { code: 'invalid_batch', path: 'entities' },
    ]);
    expect(Object.isFrozen(batch)).toBe(true);
  });
});
