import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  effectiveWeights,
  isYoupinError,
  type ModelInput,
  modelJsonSchema,
  safeDefineModel,
  YoupinError,
} from 'youpin';
import { smallModel } from '../fixtures.js';
import { issuesOf } from '../helpers.js';

const withTree = (patch: (m: ModelInput) => unknown): unknown =>
  patch(structuredClone(smallModel()));
/** The dimensions of a model, mutable, for tests that break a model on purpose. */
const dims = (m: ModelInput) =>
  m.tree.children as unknown as Array<{ children: Array<Record<string, unknown>> }>;

describe('defineModel', () => {
  it('compiles the tree, the sectors and exact effective weights', () => {
    const model = defineModel(smallModel());
    expect(model.nodes.map((n) => `${n.id}:${n.kind}:${n.depth}:${n.parent}`)).toEqual([
      'total:branch:0:null',
      'Q:branch:1:total',
      'q1:leaf:2:Q',
      'q2:leaf:2:Q',
      'E:branch:1:total',
      'e1:leaf:2:E',
      'e2:leaf:2:E',
    ]);
    expect(effectiveWeights(model, 'mfg')).toEqual({ q1: '0.3', q2: '0.3', e1: '0.2', e2: '0.2' });
    // The service sector drops e2, so e1 carries the whole of E.
    expect(effectiveWeights(model, 'svc')).toEqual({ q1: '0.25', q2: '0.25', e1: '0.5' });
    expect(model.nodes[2]).toMatchObject({
      direction: 'higher',
      source: 'system',
      missing: 'invalid',
    });
    expect(model.rounding).toEqual({ decimals: 2, mode: 'half-up' });
    expect(model.scale).toEqual({ min: '0', max: '100' });
  });

  it('returns an immutable model whose definition round-trips through JSON', () => {
    const model = defineModel(smallModel());
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.sectors[0]?.weights)).toBe(true);
    const again = defineModel(JSON.parse(JSON.stringify(model.definition)));
    expect(again.sectors).toEqual(model.sectors);
  });

  it('derives weights from points (weight = points / siblings’ points)', () => {
    const input = withTree((m) => ({
      ...m,
      sectors: [{ id: 'mfg', label: { zh: '制造业', en: 'Manufacturing' } }],
      profile: { points: { Q: 600, E: 400, q1: 300, q2: 300, e1: 250, e2: 150 } },
    }));
    const model = defineModel(input as ModelInput);
    expect(effectiveWeights(model, 'mfg')).toEqual({
      q1: '0.3',
      q2: '0.3',
      e1: '0.25',
      e2: '0.15',
    });
    expect(model.sectors[0]?.weights.find((w) => w.node === 'e2')?.points).toBe('150');
  });

  it('accepts exact fractions and sums within 1e-9, normalised to exactly 1', () => {
    const input = withTree((m) => ({
      ...m,
      profile: { weights: { q1: '1/3', q2: '2/3', e1: 0.5, e2: 0.4999999999 } },
    }));
    const weights = effectiveWeights(defineModel(input as ModelInput), 'mfg');
    expect(weights['q1']).toBe('0.2');
    expect(Object.values(weights).reduce((a, b) => a + Number(b), 0)).toBeCloseTo(1, 12);
  });

  it('collects every structural issue with its path', () => {
    const issues = issuesOf(() =>
      defineModel({
        id: 'x',
        version: '',
        name: { zh: '', en: 'x' },
        tree: { id: 'r' },
        sectors: [],
      } as never),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'version',
      'name.zh',
      'tree.label',
      'tree.children',
      'sectors',
    ]);
  });

  it('reports a typo in a leaf as such, not as "not a branch"', () => {
    const input = withTree((m) => {
      (dims(m)[0] as { children: unknown[] }).children[0] = {
        id: 'q1',
        label: { zh: 'q1', en: 'q1' },
        scoring: { method: 'linear', lower: 0, uper: 100 },
      };
      return m;
    });
    expect(issuesOf(() => defineModel(input as ModelInput))).toEqual([
      { code: 'invalid_type', path: 'tree.children.0.children.0.scoring.upper' },
      { code: 'unrecognized_keys', path: 'tree.children.0.children.0.scoring' },
    ]);
  });

  it('checks weights per sector: sums, negative, unknown nodes, mixed weights and points', () => {
    const input = withTree((m) => ({
      ...m,
      sectors: [
        {
          id: 'mfg',
          label: { zh: 'a', en: 'a' },
          profile: { weights: { Q: 0.7, E: 0.4, nope: 1 } },
        },
        {
          id: 'svc',
          label: { zh: 'b', en: 'b' },
          profile: { weights: { Q: 0.5 }, points: { E: 50 } },
        },
      ],
      profile: { weights: { q1: 0.5, q2: 0.5, e1: 1.5, e2: -0.5 } },
    }));
    // One message per mistake (issue 15): a wrong sum once, at the weights that were given; the
    // negative e2 still counts as given, so E's children sum to 1 and nothing below is "unweighed".
    expect(issuesOf(() => defineModel(input as ModelInput))).toEqual([
      { code: 'negative_weight', path: 'profile.weights.e2' },
      { code: 'unknown_node', path: 'sectors.0.profile.weights.nope' },
      { code: 'weights_sum', path: 'sectors.0.profile.weights' },
      { code: 'mixed_weights_points', path: 'sectors.1.profile.weights' },
    ]);
  });

  it('checks points against a parent that states its own points', () => {
    const input = withTree((m) => ({
      ...m,
      sectors: [{ id: 'mfg', label: { zh: 'a', en: 'a' } }],
      profile: { points: { Q: 600, E: 400, q1: 300, q2: 200, e1: 250, e2: 150 } },
    }));
    expect(issuesOf(() => defineModel(input as ModelInput))).toEqual([
      { code: 'points_mismatch', path: 'profile.points.Q' },
    ]);
  });

  it('refuses duplicate and reserved ids, and a tree deeper than 4 levels', () => {
    const dup = withTree((m) => {
      const e = dims(m)[1] as { children: Array<Record<string, unknown>> };
      e.children[0] = { ...e.children[0], id: 'q1' };
      return m;
    });
    expect(issuesOf(() => defineModel(dup as ModelInput))).toContainEqual({
      code: 'duplicate_id',
      path: 'tree.children.1.children.0.id',
    });

    for (const reserved of ['__proto__', 'constructor', 'prototype']) {
      const bad = withTree((m) => ({ ...m, id: reserved }));
      expect(issuesOf(() => defineModel(bad as ModelInput))).toEqual([
        { code: 'reserved_id', path: 'id' },
      ]);
    }
    const hostile = JSON.parse(
      '{"id":"m","version":"1","name":{"zh":"a","en":"a"},"tree":{"id":"r","label":{"zh":"a","en":"a"},"children":[{"id":"l","label":{"zh":"a","en":"a"},"scoring":{"method":"direct"}}]},"sectors":[{"id":"s","label":{"zh":"a","en":"a"}}],"profile":{"weights":{"__proto__":1,"l":1}}}',
    );
    expect(issuesOf(() => defineModel(hostile))).toEqual([
      { code: 'reserved_id', path: 'profile.weights.__proto__' },
    ]);
    expect(({} as Record<string, unknown>)['l']).toBeUndefined();

    let node: Record<string, unknown> = {
      id: 'leaf',
      label: { zh: 'a', en: 'a' },
      scoring: { method: 'direct' },
    };
    for (let depth = 0; depth < 10_000; depth++)
      node = { id: `n${depth}`, label: { zh: 'a', en: 'a' }, children: [node] };
    const deep = withTree((m) => ({ ...m, tree: node }));
    expect(issuesOf(() => defineModel(deep as ModelInput))).toEqual([
      { code: 'too_deep', path: 'tree.children.0.children.0.children.0.children.0.children' },
    ]);
  });

  it('checks scoring parameters that zod cannot: goalpost order, log goalposts, scores off the scale', () => {
    const input = withTree((m) => {
      const q = dims(m)[0] as { children: unknown[] };
      const e = dims(m)[1] as { children: unknown[] };
      q.children[0] = {
        id: 'q1',
        label: { zh: 'a', en: 'a' },
        scoring: { method: 'linear', lower: 10, upper: 10 },
      };
      e.children[0] = {
        id: 'e1',
        label: { zh: 'a', en: 'a' },
        scoring: { method: 'log', lower: 0, upper: 10 },
      };
      e.children[1] = {
        id: 'e2',
        label: { zh: 'a', en: 'a' },
        scoring: { method: 'categorical', categories: [{ value: 'A', score: 120 }] },
      };
      return m;
    });
    expect(issuesOf(() => defineModel(input as ModelInput))).toEqual([
      { code: 'goalposts_order', path: 'tree.children.0.children.0.scoring.lower' },
      { code: 'log_nonpositive_goalpost', path: 'tree.children.1.children.0.scoring.lower' },
      { code: 'out_of_scale', path: 'tree.children.1.children.1.scoring.categories.0.score' },
    ]);
  });

  it('refuses direction lower on a method that would ignore it, and accepts it where it counts', () => {
    const leaf = (direction: 'higher' | 'lower', scoring: Record<string, unknown>) =>
      withTree((m) => {
        (dims(m)[0] as { children: unknown[] }).children[0] = {
          id: 'q1',
          label: { zh: 'a', en: 'a' },
          direction,
          scoring,
        };
        return m;
      }) as ModelInput;
    const steps = { method: 'steps', from: 0, step: 1, increment: 10, cap: 100 };
    expect(issuesOf(() => defineModel(leaf('lower', steps)))).toEqual([
      { code: 'direction_ignored', path: 'tree.children.0.children.0.direction' },
    ]);
    const categorical = { method: 'categorical', categories: [{ value: 'A', score: 90 }] };
    expect(issuesOf(() => defineModel(leaf('lower', categorical)))).toEqual([
      { code: 'direction_ignored', path: 'tree.children.0.children.0.direction' },
    ]);
    expect(() => defineModel(leaf('higher', steps))).not.toThrow();
    expect(() =>
      defineModel(leaf('lower', { method: 'linear', lower: 0, upper: 5 })),
    ).not.toThrow();
    expect(() => defineModel(leaf('lower', { method: 'rank' }))).not.toThrow();
  });

  it('has a safe twin, and its errors are YoupinErrors', () => {
    const ok = safeDefineModel(smallModel());
    expect(ok.success).toBe(true);
    const bad = safeDefineModel(42);
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(YoupinError);
      expect(bad.error.name).toBe('YoupinError');
      expect(isYoupinError(bad.error)).toBe(true);
      expect(bad.error.message).toMatch(/expected object/);
    }
    expect(isYoupinError(new Error('x'))).toBe(false);
    expect(issuesOf(() => effectiveWeights(defineModel(smallModel()), 'agri'))).toEqual([
      { code: 'unknown_sector', path: 'sector' },
    ]);
  });
});

describe('modelJsonSchema', () => {
  it('is generated from the zod schema and matches the file shipped in schema/', () => {
    const schema = modelJsonSchema();
    expect(schema['required']).toEqual(['id', 'version', 'name', 'tree', 'sectors']);
    const shipped = JSON.parse(
      readFileSync(new URL('../../schema/model.schema.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(schema); // run `npm run schema` after changing the model schema
  });
});

describe('messages', () => {
  it('says in Chinese too what was received', () => {
    const result = safeDefineModel({ ...smallModel(), version: 7 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toContain('received number');
      expect(result.error.issues[0]?.messageZh).toContain('实际接收 数字');
    }
  });
});
