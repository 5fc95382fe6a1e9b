import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EntityInput,
  explain,
  isYoupinError,
  narrate,
  safeDefineModel,
  score,
  toHtml,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { PROPERTY_TIMEOUT, runs } from './_budget.js';

// Fuzzing at a size that fits in CI: every call returns a result without NaN/Infinity, or throws a
// YoupinError whose issues all have a code and a path — never any other exception.

const sample: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-0),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.constant('1e400'),
  fc.constant('-1e-400'),
  fc.constant(`0.${'1'.repeat(200)}`),
  fc.constant('12,5'),
  fc.string(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('iso9001', '__proto__', 'constructor', 'x'),
    fc.oneof(fc.integer(), fc.string()),
  ),
  fc.constantFrom('A', 'D', 'international_lead', 'organic'),
);

function noNonFinite(value: unknown): void {
  JSON.stringify(value, (_k, v) => {
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    if (typeof v === 'string') expect(v).not.toMatch(/^-?(NaN|Infinity)$/);
    return v;
  });
}

function expectCleanFailure(error: unknown): void {
  expect(isYoupinError(error)).toBe(true);
  if (!isYoupinError(error)) return;
  for (const issue of error.issues) {
    expect(typeof issue.code).toBe('string');
    expect(Array.isArray(issue.path)).toBe(true);
  }
}

describe('fuzzed batches on the 聊城优品 model', { timeout: PROPERTY_TIMEOUT }, () => {
  it('never throws, never emits NaN, keeps every row once, and is deterministic', () => {
    const rowArb = fc.tuple(
      fc.nat({ max: sample.length - 1 }),
      fc.array(fc.tuple(fc.nat({ max: 30 }), hostileValue), { maxLength: 6 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), (rows) => {
        const batch = rows.map(([pick, edits, keepId], i): EntityInput => {
          const base = sample[pick] as EntityInput;
          const keys = Object.keys(base.values);
          const values: Record<string, unknown> = { ...base.values };
          for (const [k, v] of edits) values[keys[k % Math.max(1, keys.length)] ?? 'x'] = v;
          return {
            ...base,
            id: keepId ? `${base.id}-${i}` : base.id,
            values: values as EntityInput['values'],
          };
        });
        const report = score(liaocheng2024, batch);
        expect(report.entities).toHaveLength(batch.length);
        expect(report.entities.map((e) => e.index)).toEqual(batch.map((_, i) => i));
        noNonFinite(report);
        expect(JSON.stringify(score(liaocheng2024, structuredClone(batch)))).toBe(
          JSON.stringify(report),
        );
        for (const e of report.entities) {
          if (e.id === null) continue;
          const x = explain(report, e.id);
          noNonFinite(x);
          for (const line of narrate(x, { locale: 'en' }))
            expect(line).not.toMatch(/undefined|\[object/);
        }
      }),
      { numRuns: runs('liaochengBatches', 25) },
    );
  });

  it('rejects hostile models with a YoupinError and nothing else', () => {
    const anything = fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true });
    const mutations = fc.tuple(
      fc.constantFrom(
        'id',
        'version',
        'tree',
        'sectors',
        'profile',
        'gates',
        'vetoes',
        'selection',
        'rounding',
        'scale',
      ),
      anything,
    );
    fc.assert(
      fc.property(fc.array(mutations, { minLength: 1, maxLength: 3 }), (edits) => {
        const model: Record<string, unknown> = structuredClone(liaocheng2024) as never;
        for (const [key, value] of edits) model[key] = value;
        const result = safeDefineModel(model);
        if (!result.success) expectCleanFailure(result.error);
      }),
      { numRuns: runs('hostileModels', 200) },
    );
  });

  it('keeps prototypes clean whatever keys the data uses', () => {
    const hostile = JSON.parse(
      '{"id":"p","sector":"services","values":{"__proto__":{"polluted":1},"constructor":1},"facts":{"__proto__":{"polluted":1}},"series":{"__proto__":{"2023":1}},"panels":{"__proto__":[]},"verification":{"__proto__":"failed"}}',
    );
    const report = score(liaocheng2024, [hostile]);
    expect(report.entities[0]?.status).not.toBe('scored');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('renders hostile names as text', () => {
    const rows = [
      {
        ...(sample[1] as EntityInput),
        id: '<img src=x onerror=alert(1)>',
        name: '<script>alert(1)</script>',
      },
    ];
    const html = toHtml(score(liaocheng2024, rows));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
