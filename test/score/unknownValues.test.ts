import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  type EntityResult,
  type Issue,
  isYoupinError,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { smallModel } from '../fixtures.js';

// A `values` key that names no leaf of the model makes its row invalid (unknown_indicator at
// ['entities', i, 'values', key], naming the closest leaf): a typo must not leave a leaf unscored
// while the row is scored on the others. A leaf of the model that the row's sector does not score
// stays a warning: a sheet for every sector carries every sector's columns (issue 17, item 5).

const model = defineModel(smallModel());
const full = { q1: 80, q2: 60, e1: 1000, e2: 5 };
const row = (id: string, values: EntityInput['values'], sector = 'mfg'): EntityInput => ({
  id,
  sector,
  values,
});
const at = (issues: readonly Issue[]) => issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('a values key that names no leaf', () => {
  it('makes the row invalid, at its key, and scores the rest of the batch as before', () => {
    const before = score(model, [row('a', full), row('b', { ...full, q1: 40 })]);
    const after = score(model, [row('a', { ...full, q9: 1 }), row('b', { ...full, q1: 40 })]);
    expect(after.entities.map((e) => e.status)).toEqual(['invalid', 'scored']);
    expect(at(after.entities[0]?.issues ?? [])).toEqual(['unknown_indicator@entities.0.values.q9']);
    expect(after.entities[0]?.total).toBeNull();
    expect(after.entities[0]?.warnings).toEqual([]);
    // The other row keeps its figures (e2 is min-max over the valid rows: b is alone now).
    expect(after.entities[1]?.nodes.find((n) => n.id === 'Q')).toEqual(
      before.entities[1]?.nodes.find((n) => n.id === 'Q'),
    );
    expect(after.counts.invalid).toBe(1);
  });

  it('the case of the issue: a typo under a renormalise policy no longer scores on fewer leaves', () => {
    // q2's policy is renormalise: before, "q3" left q2 missing and q1 took its weight.
    const { q2: _, ...withoutQ2 } = full;
    const report = score(model, [row('typo', { ...withoutQ2, q3: 60 })]);
    const e = report.entities[0];
    expect(e?.status).toBe('invalid');
    expect(at(e?.issues ?? [])).toEqual(['unknown_indicator@entities.0.values.q3']);
    expect(e?.warnings.map((w) => w.code)).not.toContain('renormalised');
    // The closest leaf is named, in both languages: among q1 and q2 (both one edit away), the
    // one the row gives no value for.
    expect(e?.issues[0]?.message).toBe(
      '"q3" is not an indicator of the model, so the applicant is not scored until the key is corrected or removed; did you mean "q2" (q2)?',
    );
    expect(e?.issues[0]?.messageZh).toBe(
      '"q3" 不是模型中的指标，更正或删除该键名之前，该申报对象不予计分；是否应为"q2"（q2）？',
    );
  });

  it('names the closest leaf by id or label, of the row’s sector only', () => {
    const m = defineModel(liaocheng2024);
    const sample: EntityInput[] = JSON.parse(
      readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
    );
    const m002 = sample.find((e) => e.id === 'M002') as EntityInput;
    const { m_I1: rnd, ...values } = m002.values;
    const report = score(m, [
      { ...m002, values: { ...values, m_I9: rnd } },
      { ...m002, id: 'label', values: { ...values, 'R&D intensity (3-year averag)': rnd } },
    ]);
    expect(report.entities.map((e) => e.status)).toEqual(['invalid', 'invalid']);
    // One mistake, one message: m_I1 is not also said to be missing.
    expect(at(report.entities[0]?.issues ?? [])).toEqual([
      'unknown_indicator@entities.0.values.m_I9',
    ]);
    expect(report.entities[0]?.issues[0]?.message).toContain(
      'did you mean "m_I1" (R&D intensity (3-year average))?',
    );
    expect(report.entities[0]?.issues[0]?.messageZh).toContain(
      '是否应为"m_I1"（研发投入强度（近 3 年平均））？',
    );
    expect(report.entities[1]?.issues[0]?.message).toContain('did you mean "m_I1"');
    // Without a suggestion, the missing leaf is said as before.
    const far = score(m, [{ ...m002, values: { ...values, zzzz: rnd } }]);
    expect(at(far.entities[0]?.issues ?? [])).toEqual([
      'missing_value@entities.0.values.m_I1',
      'unknown_indicator@entities.0.values.zzzz',
    ]);
    // A services applicant is not told of a manufacturing leaf.
    const services = score(m, [{ id: 'S', sector: 'services', values: { m_I9: 1 } }]);
    expect(
      services.entities[0]?.issues.find((i) => i.code === 'unknown_indicator')?.message,
    ).not.toContain('m_I1');
  });

  it('a dimension or a fact given as a value: invalid, and the message says what it is', () => {
    const m = defineModel(liaocheng2024);
    const report = score(m, [
      { id: 'D', sector: 'manufacturing', values: { Q: 80 } },
      { id: 'F', sector: 'manufacturing', values: { years_operating: 12 } },
    ]);
    const unknown = (e: EntityResult | undefined) =>
      e?.issues.find((i) => i.code === 'unknown_indicator');
    expect(unknown(report.entities[0])?.path).toEqual(['entities', 0, 'values', 'Q']);
    expect(unknown(report.entities[0])?.message).toContain('is a dimension');
    expect(unknown(report.entities[0])?.messageZh).toContain('是维度');
    expect(unknown(report.entities[1])?.message).toContain('is a fact, not an indicator');
    expect(unknown(report.entities[1])?.messageZh).toContain('是事实而不是指标');
  });

  it('is reported beside an unknown sector: every mistake of the row at once', () => {
    const report = score(model, [row('x', { ...full, zz: 1 }, 'agri')]);
    expect(at(report.entities[0]?.issues ?? [])).toEqual([
      'unknown_sector@entities.0.sector',
      'unknown_indicator@entities.0.values.zz',
    ]);
  });

  it('a key named like an Object.prototype property is unknown, and pollutes nothing', () => {
    const values = JSON.parse('{"q1": 80, "q2": 60, "e1": 1000, "e2": 5, "__proto__": 1}');
    const report = score(model, [row('p', values)]);
    expect(at(report.entities[0]?.issues ?? [])).toEqual([
      'unknown_indicator@entities.0.values.__proto__',
    ]);
    expect(({} as Record<string, unknown>)['q1']).toBeUndefined();
  });

  it('with strict: true, throws invalid_entities with the issue', () => {
    try {
      score(model, [row('a', { ...full, q9: 1 })], { strict: true });
      expect.unreachable();
    } catch (error) {
      if (!isYoupinError(error)) throw error;
      expect(at(error.issues)).toEqual([
        'invalid_entities@entities',
        'unknown_indicator@entities.0.values.q9',
      ]);
    }
  });
});

describe('a values key for a leaf that the row’s sector does not score', () => {
  it('is ignored with a warning: it is a leaf of the model', () => {
    // The services sector excludes e2.
    const report = score(model, [row('s', { q1: 50, q2: 50, e1: 100, e2: 1 }, 'svc')]);
    const e = report.entities[0];
    expect(e?.status).toBe('scored');
    expect(e?.issues).toEqual([]);
    expect(at(e?.warnings ?? [])).toEqual(['unknown_indicator@entities.0.values.e2']);
    expect(e?.warnings[0]?.message).toBe(
      '"e2" is not an indicator of sector svc; the value is ignored',
    );
  });
});

describe('the fast path', () => {
  it('gives the same statuses and issues as the exact path', () => {
    const rows = [
      row('a', full),
      row('b', { ...full, q9: 1 }),
      row('c', { q1: 50, q2: 50, e1: 100, e2: 1 }, 'svc'),
      row('d', { ...full, Q: 1 }),
    ];
    const exact = score(model, rows, { engine: 'exact' });
    const fast = score(model, rows, { engine: 'fast' });
    const shown = (r: typeof exact) =>
      r.entities.map((e) => [e.status, e.total, at(e.issues), at(e.warnings)]);
    expect(shown(fast)).toEqual(shown(exact));
  });
});

describe('property: adding a key that is no leaf to one row', () => {
  const m = defineModel(liaocheng2024);
  const sample: EntityInput[] = JSON.parse(
    readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
  );
  const batch = sample.slice(0, 40);
  const bases = {
    exact: score(m, batch, { engine: 'exact' }),
    fast: score(m, batch, { engine: 'fast' }),
  };
  const leaves = new Set(m.nodes.filter((n) => n.kind === 'leaf').map((n) => n.id));
  // What must not move for the other rows: status, published figures, reasons (ranks and selection
  // may, as the row left the ranking; on the fast path, so may which rows keep unrounded figures,
  // since a row near a tie is recomputed exactly).
  const figures = (e: EntityResult | undefined) =>
    e && [
      e.status,
      e.total,
      e.nodes.map((n) => [n.id, n.score, n.value]),
      e.issues,
      e.warnings,
      e.eligibility,
    ];

  it('makes exactly that row invalid, at that key, on both paths; the others keep their figures', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: batch.length - 1 }),
        fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('m_Q9', 'Q', 'x')),
        fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)),
        fc.constantFrom('exact' as const, 'fast' as const),
        (i, key, value, engine) => {
          fc.pre(!leaves.has(key));
          const changed = batch.map((e, k) =>
            k === i ? { ...e, values: { ...e.values, [key]: value } } : e,
          );
          const report = score(m, changed, { engine });
          const base = bases[engine];
          report.entities.forEach((e, k) => {
            if (k !== i) {
              expect(figures(e)).toEqual(figures(base.entities[k]));
              return;
            }
            expect(e.status).toBe('invalid');
            const unknown = e.issues.filter((x) => x.code === 'unknown_indicator');
            expect(unknown.map((x) => x.path)).toEqual([['entities', i, 'values', key]]);
            // Its other issues are those it had, less the missing value of the leaf the key is
            // taken to misspell (one mistake, one message).
            const had = base.entities[i]?.issues ?? [];
            const others = e.issues.filter((x) => x.code !== 'unknown_indicator');
            for (const x of others) expect(had).toContainEqual(x);
            for (const x of had.filter((h) => !others.some((o) => o.path.join() === h.path.join())))
              expect(x.code).toBe('missing_value');
          });
          expect(report.counts.invalid).toBe(
            base.counts.invalid + (base.entities[i]?.status === 'invalid' ? 0 : 1),
          );
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
