import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ModelInput, normalise, safeDefineModel } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

// Deeply nested or enormous models are refused with an issue (too_deep, rule_too_deep, too_large,
// too_nested), never a stack overflow or a hang. Each limit is tried at its value (accepted) and
// one past it (refused); the values are read from the table in docs/reliability.md.

const docs = readFileSync(new URL('../../docs/reliability.md', import.meta.url), 'utf8');

/** The limits table of the docs: `| what | limit | code | … |`, keyed by the code-formatted name. */
function documentedLimits(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of docs.split('\n')) {
    const m = /^\|\s*`([a-zA-Z]+)`\s*\|[^|]*\|\s*([\d,]+)\s*\|/.exec(line);
    if (m) out.set(m[1] as string, Number((m[2] as string).replaceAll(',', '')));
  }
  return out;
}
const limits = documentedLimits();
const limit = (name: string): number => {
  const value = limits.get(name);
  if (value === undefined) throw new Error(`docs/reliability.md has no limit \`${name}\``);
  return value;
};

const l = (id: string) => ({ zh: id, en: id });
const leaf = (id: string) => ({ id, label: l(id), scoring: { method: 'direct' } });
const branch = (id: string, children: unknown[]) => ({ id, label: l(id), children });

/** A valid model whose root has the given children, each weighted equally. */
function modelWith(children: Array<{ id: string }>, extra: Record<string, unknown> = {}) {
  const weights: Record<string, string> = {};
  const visit = (nodes: Array<{ id: string; children?: unknown[] }>) => {
    for (const n of nodes) {
      weights[n.id] = `1/${nodes.length}`;
      if (n.children) visit(n.children as Array<{ id: string; children?: unknown[] }>);
    }
  };
  visit(children);
  return {
    id: 'm',
    version: '1',
    name: l('m'),
    tree: branch('root', children),
    profile: { weights },
    sectors: [{ id: 's', label: l('s') }],
    ...extra,
  } as unknown as ModelInput;
}

function codesOf(model: unknown): Array<[string, string]> {
  const result = safeDefineModel(model as ModelInput);
  return result.success ? [] : result.error.issues.map((i) => [i.code, i.path.join('.')]);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('model limits', () => {
  it('documents every limit', () => {
    expect([...limits.keys()].sort()).toEqual(
      [
        'children',
        'depth',
        'leaves',
        'nesting',
        'nodes',
        'ruleDepth',
        'rules',
        'sectors',
        'text',
        'values',
      ].sort(),
    );
  });

  it('leaves: the limit is accepted, one more is refused', () => {
    const n = limit('leaves');
    const per = limit('children');
    const groups = (count: number) =>
      range(Math.ceil(count / per)).map((g) =>
        branch(
          `g${g}`,
          range(Math.min(per, count - g * per)).map((i) => leaf(`x${g}_${i}`)),
        ),
      );
    expect(codesOf(modelWith(groups(n)))).toEqual([]);
    expect(codesOf(modelWith(groups(n + 1)))).toEqual([['too_large', 'tree']]);
  });

  it('children of one node: the limit is accepted, one more is refused', () => {
    const n = limit('children');
    expect(codesOf(modelWith(range(n).map((i) => leaf(`x${i}`))))).toEqual([]);
    expect(codesOf(modelWith(range(n + 1).map((i) => leaf(`x${i}`))))).toEqual([
      ['too_large', 'tree.children'],
    ]);
  });

  it('nodes: more than the limit are refused, though the leaves are within theirs', () => {
    // 1 + 100 + 1000 + 1000 nodes: each leaf under a branch of its own.
    const tree = range(100).map((a) =>
      branch(
        `a${a}`,
        range(10).map((b) => branch(`b${a}_${b}`, [leaf(`x${a}_${b}`)])),
      ),
    );
    expect(1 + 100 + 1000 + 1000).toBeGreaterThan(limit('nodes'));
    expect(codesOf(modelWith(tree))).toEqual([['too_large', 'tree']]);
  });

  it('depth of the tree: the limit is accepted, one more level is refused', () => {
    const chain = (levels: number): { id: string } =>
      levels === 1 ? leaf('x') : branch(`b${levels}`, [chain(levels - 1)]);
    expect(codesOf(modelWith([chain(limit('depth'))]))).toEqual([]);
    expect(codesOf(modelWith([chain(limit('depth') + 1)]))[0]?.[0]).toBe('too_deep');
  });

  it('sectors: the limit is accepted, one more is refused', () => {
    const sectors = (n: number) => range(n).map((i) => ({ id: `s${i}`, label: l(`s${i}`) }));
    const base = modelWith([leaf('x')]);
    expect(codesOf({ ...base, sectors: sectors(limit('sectors')) })).toEqual([]);
    expect(codesOf({ ...base, sectors: sectors(limit('sectors') + 1) })).toEqual([
      ['too_large', 'sectors'],
    ]);
  });

  it('rules: the limit is accepted, one more is refused', () => {
    const gate = (i: number) => ({
      id: `G${i}`,
      label: l(`G${i}`),
      when: { fact: 'f', op: '>=', value: i },
    });
    const half = limit('rules') / 2;
    const model = (extra: number) =>
      modelWith([leaf('x')], {
        facts: [{ id: 'f', label: l('f'), type: 'number' }],
        gates: range(half).map(gate),
        vetoes: range(half).map((i) => gate(1000 + i)),
        adjustments: {
          items: range(extra).map((i) => ({
            id: `A${i}`,
            label: l(`A${i}`),
            when: { fact: 'f', present: true },
            points: 1,
          })),
        },
      });
    expect(codesOf(model(0))).toEqual([]);
    expect(codesOf(model(1))).toEqual([['too_large', '']]);
  });

  it('nesting of a condition: the limit is accepted, one more level is refused', () => {
    const nested = (levels: number) => {
      let c: unknown = { fact: 'f', op: '==', value: 1 };
      for (let i = 0; i < levels; i++)
        c = i % 3 === 0 ? { not: c } : { [i % 2 ? 'all' : 'any']: [c] };
      return modelWith([leaf('x')], {
        facts: [{ id: 'f', label: l('f'), type: 'number' }],
        gates: [{ id: 'G', label: l('G'), when: c }],
      });
    };
    expect(codesOf(nested(limit('ruleDepth')))).toEqual([]);
    const [code, path] = codesOf(nested(limit('ruleDepth') + 1))[0] ?? [];
    expect(code).toBe('rule_too_deep');
    expect(path?.startsWith('gates.0.when')).toBe(true);
  });

  it('nesting of any value: past the limit it is refused as too_nested, not parsed', () => {
    // `description` holds arrays nested `levels` deep: malformed either way, but only past the
    // limit is it refused before the schema (which would recurse into it).
    const junk = (levels: number) => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
    const at = (levels: number) =>
      codesOf({ ...modelWith([leaf('x')]), description: junk(levels) });
    // The model is depth 0, `description` 1, so its innermost array sits at depth `levels`.
    expect(at(limit('nesting')).map(([c]) => c)).not.toContain('too_nested');
    expect(at(limit('nesting') + 1)).toEqual([
      ['too_nested', `description${'.0'.repeat(limit('nesting'))}`],
    ]);
  });

  it('values of a definition: more than the limit are refused before the schema reads them', () => {
    const categories = range(Math.ceil(limit('values') / 3) + 1).map((i) => ({
      value: `c${i}`,
      score: 1,
    }));
    const model = modelWith([
      { ...leaf('x'), scoring: { method: 'categorical', categories } } as never,
    ]);
    expect(codesOf(model)).toEqual([['too_large', '']]);
  });

  it('text: a label, an id or a key of the limit is accepted, one character more is refused', () => {
    const n = limit('text');
    const labelled = (length: number) =>
      modelWith([{ ...leaf('x'), label: { zh: 'x', en: 'y'.repeat(length) } } as { id: string }]);
    expect(codesOf(labelled(n))).toEqual([]);
    expect(codesOf(labelled(n + 1))).toEqual([['text_too_long', 'tree.children.0.label.en']]);
    const keyed = { ...modelWith([leaf('x')]), provenance: { ['k'.repeat(n + 1)]: 1 } };
    expect(codesOf(keyed)[0]).toEqual(['text_too_long', `provenance.${'k'.repeat(n + 1)}`]);
    // A 10 MB label (it made a 1 GB HTML report) is refused before the schema reads it.
    const started = performance.now();
    const huge = codesOf({ ...modelWith([leaf('x')]), name: { zh: 'x'.repeat(1e7), en: 'x' } });
    expect(huge).toEqual([['text_too_long', 'name.zh']]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a 10,000-deep `not` chain given as JSON text with rule_too_deep, quickly', () => {
    const when = `${'{"not":'.repeat(10_000)}{"fact":"f","op":"==","value":1}${'}'.repeat(10_000)}`;
    const text = JSON.stringify(liaocheng2024).replace(
      /}$/,
      `,"vetoes":[{"id":"V","label":{"zh":"否","en":"No"},"when":${when}}]}`,
    );
    const started = performance.now();
    const issues = codesOf(JSON.parse(text));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues).toEqual([
      ['rule_too_deep', `vetoes.0.when${'.not'.repeat(limit('ruleDepth'))}`],
    ]);
  });

  it('refuses a 10,000-deep tree and 100,000-deep junk without a stack overflow', () => {
    let node: unknown = leaf('x');
    for (let i = 0; i < 10_000; i++) node = branch(`b${i}`, [node]);
    const deepTree = { ...modelWith([leaf('y')]), tree: branch('root', [node]) };
    expect(codesOf(deepTree)).toEqual([['too_deep', `tree${'.children.0'.repeat(4)}.children`]]);
    const deep = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    expect(codesOf({ ...modelWith([leaf('x')]), provenance: deep })[0]?.[0]).toBe('too_nested');
  });

  it('puts no limit on entities per batch: a cohort of 300,000 does not overflow the stack', () => {
    // min-max and distance-to-best once spread the cohort into Dec.min(...values), which throws
    // RangeError above a few hundred thousand arguments.
    const values = range(300_000).map((i) => (i % 97) + 1);
    for (const method of ['minmax', 'distanceToBest'] as const) {
      const scores = normalise(values, { method }).scores;
      expect(scores).toHaveLength(values.length);
      expect(scores[96]).toBe('100');
    }
  }, 60_000);
});
