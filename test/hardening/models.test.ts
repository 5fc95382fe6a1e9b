import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type EntityInput,
  type EntityResult,
  explain,
  type ModelInput,
  type Report,
  safeDefineModel,
  safeScore,
  toCsv,
  toHtml,
  toMarkdown,
} from 'youpin';
import { buildBatch, buildModel, modelPlanArb, rowPlanArb } from './_arbitraries.js';
import { PROPERTY_TIMEOUT, runs } from './_budget.js';
import { assertCleanFailure, assertFinite, assertIssues, attempt } from './_checks.js';

// Random models, valid and invalid, and random batches against them. Every call returns a result
// without NaN/Infinity or fails with a YoupinError whose issues have codes and paths; every row is
// in the report once; the same input gives byte-identical JSON; reordering the rows only reorders
// the results.

const LIMIT_CODES = new Set(['too_deep', 'rule_too_deep', 'too_large', 'too_nested']);

// What the runs reached, so that a generator that stopped producing valid models fails the test.
const seen = {
  models: 0,
  valid: 0,
  batches: 0,
  reports: 0,
  scored: 0,
  invalidCodes: new Set<string>(),
};

describe('random models', { timeout: PROPERTY_TIMEOUT }, () => {
  it('are defined or refused with issues, and refused by name when past a limit', () => {
    fc.assert(
      fc.property(modelPlanArb, (plan) => {
        const model = buildModel(plan);
        const result = safeDefineModel(model as unknown as ModelInput);
        seen.models++;
        const expected = expectedLimits(model);
        if (result.success) {
          seen.valid++;
          expect(expected).toEqual([]);
          assertFinite(result.data);
          // Deterministic: the same definition gives the same model, byte for byte.
          const again = safeDefineModel(structuredClone(model) as unknown as ModelInput);
          expect(again.success && JSON.stringify(again.data)).toBe(JSON.stringify(result.data));
          return;
        }
        assertCleanFailure(result.error);
        for (const issue of result.error.issues) seen.invalidCodes.add(issue.code);
        const codes = new Set(result.error.issues.map((i) => i.code));
        for (const code of expected) expect(codes).toContain(code);
        if (expected.length === 0)
          for (const code of codes) expect(LIMIT_CODES).not.toContain(code);
      }),
      { numRuns: runs('randomModels', 300) },
    );
  });

  it('score random batches: clean results or clean failures, every row once, deterministic, order-free', () => {
    fc.assert(
      fc.property(
        modelPlanArb,
        fc.array(rowPlanArb, { maxLength: 8 }),
        fc.nat(),
        (plan, rows, seed) => {
          seen.batches++;
          const model = buildModel(plan) as unknown as ModelInput;
          const batch = buildBatch(model as never, rows) as unknown as EntityInput[];
          const defined = safeDefineModel(model);
          const outcome = safeScore(model, batch);
          if (!outcome.success) {
            assertCleanFailure(outcome.error);
            // A batch that is an array fails only with its model.
            expect(defined.success).toBe(false);
            return;
          }
          expect(defined.success).toBe(true);
          const report = outcome.data;
          seen.reports++;
          checkReport(report, batch);

          // Byte-identical JSON for the same input, given afresh.
          const again = safeScore(structuredClone(model), structuredClone(batch));
          expect(again.success && JSON.stringify(again.data)).toBe(JSON.stringify(report));

          // Reordered rows give the same results, reordered (ids must be unique to pair them up).
          if (uniqueIds(batch)) {
            const order = shuffle(
              batch.map((_, i) => i),
              seed,
            );
            const shuffled = safeScore(
              model,
              order.map((i) => batch[i] as EntityInput),
            );
            expect(shuffled.success).toBe(true);
            if (shuffled.success) {
              const moved = shuffled.data.entities;
              order.forEach((from, to) => {
                expect(comparable(moved[to] as EntityResult)).toEqual(
                  comparable(report.entities[from] as EntityResult),
                );
              });
              expect(shuffled.data.counts).toEqual(report.counts);
              expect(sortedJson(shuffled.data.warnings)).toEqual(sortedJson(report.warnings));
            }
          }

          // The float64 path publishes what the exact path publishes, whatever the model.
          const fast = safeScore(model, batch, { engine: 'fast' });
          expect(fast.success).toBe(true);
          if (fast.success) {
            checkReport(fast.data, batch);
            expect(fast.data.entities.map(published)).toEqual(report.entities.map(published));
          }

          // What is built on a report does not fail on it either.
          for (const e of report.entities.filter((x) => x.status === 'scored' && x.id !== null)) {
            seen.scored++;
            const x = attempt(() => explain(report, e.id as string));
            if (x) assertFinite(x);
          }
          assertPrintable(toCsv(report));
          assertPrintable(toMarkdown(report));
          if (seed % 10 === 0) expect(assertPrintable(toHtml(report))).toContain('</html>');
        },
      ),
      { numRuns: runs('randomScoring', 150) },
    );
  });

  it('leaves a leaf whose parameters float64 cannot hold to the exact path (found by fuzzing)', () => {
    const l = (id: string) => ({ zh: id, en: id });
    const model: ModelInput = {
      id: 'f',
      version: '1',
      name: l('f'),
      tree: {
        id: 'root',
        label: l('root'),
        children: [
          { id: 'a', label: l('a'), scoring: { method: 'log', lower: 1, upper: '1e400' } },
          { id: 'b', label: l('b'), scoring: { method: 'linear', lower: '1e-400', upper: 1 } },
        ],
      },
      profile: { weights: { a: 0.5, b: 0.5 } },
      sectors: [{ id: 's', label: l('s') }],
    };
    const rows = [{ id: 'E0', sector: 's', values: { a: 50, b: '0.5' } }];
    const exact = safeScore(model, rows, { engine: 'exact' });
    const fast = safeScore(model, rows, { engine: 'fast' });
    expect(exact.success && fast.success).toBe(true);
    if (exact.success && fast.success) {
      expect(fast.data.entities.map(published)).toEqual(exact.data.entities.map(published));
      expect(exact.data.entities[0]?.total).toBe('25.21');
    }
  });

  it('draws reports whatever the scale: no endless axis, no NaN in a chart (found by fuzzing)', () => {
    const l = (id: string) => ({ zh: id, en: id });
    const model = (scale: { min: string; max: string }): ModelInput => ({
      id: 'f',
      version: '1',
      name: l('f'),
      scale,
      tree: {
        id: 'root',
        label: l('root'),
        children: [
          { id: 'a', label: l('a'), scoring: { method: 'linear', lower: 0, upper: 10 } },
          { id: 'b', label: l('b'), scoring: { method: 'minmax' } },
        ],
      },
      profile: { weights: { a: 0.5, b: 0.5 } },
      sectors: [{ id: 's', label: l('s') }],
      selection: { threshold: 0 },
    });
    const rows = [
      { id: 'A', sector: 's', values: { a: 5, b: 1 } },
      { id: 'B', sector: 's', values: { a: 7, b: 3 } },
    ];
    // An axis from 1e20 to 1e20 + 16384 once looped for ever: k · step no longer moved in float64.
    for (const scale of [
      { min: '1e20', max: '100000000000000016384' },
      { min: '-1e400', max: '100' },
      { min: '0', max: '1e400' },
    ]) {
      const html = assertPrintable(toHtml(safeScoreOrThrow(model(scale), rows)));
      expect(html).toContain('</html>');
    }
  });

  afterAll(() => {
    // The generators must keep reaching every branch: valid models, scored rows, invalid models
    // (checked for the properties that ran; `-t` may have filtered them out).
    if (seen.models > 0) {
      expect(seen.valid).toBeGreaterThan(0);
      expect(seen.valid).toBeLessThan(seen.models);
      expect(seen.invalidCodes.size).toBeGreaterThan(5);
    }
    if (seen.batches > 0) {
      expect(seen.reports).toBeGreaterThan(0);
      expect(seen.scored).toBeGreaterThan(0);
    }
  });
});

function checkReport(report: Report, batch: readonly EntityInput[]): void {
  // Every input row exactly once, in input order.
  expect(report.entities.map((e) => e.index)).toEqual(batch.map((_, i) => i));
  expect(report.counts.entities).toBe(batch.length);
  assertFinite(report);
  assertIssues(report.warnings);
  for (const e of report.entities) {
    assertIssues(e.issues);
    assertIssues(e.warnings);
    if (e.status === 'scored') expect(e.total).not.toBeNull();
    else expect(e.total).toBeNull();
    if (e.status === 'invalid') expect(e.issues.length).toBeGreaterThan(0);
  }
}

// What a report publishes about an entity: status, reasons, rounded figures, ranks, selection.
function published(e: EntityResult): unknown {
  return {
    id: e.id,
    status: e.status,
    issues: e.issues,
    warnings: e.warnings,
    total: e.total,
    rank: e.rank,
    selection: e.selection,
    eligibility: e.eligibility,
    applied: e.adjustments.applied,
    nodes: e.nodes.map((n) => [n.id, n.score, n.missing, n.weight, n.panel, n.verification]),
  };
}

/** Throws when rendered text shows NaN or Infinity (other than in the message that forbids them). */
function assertPrintable(text: string): string {
  const shown = text
    .replaceAll('NaN and Infinity are not allowed', '')
    .replaceAll('不允许 NaN 或无穷大', '');
  const at = shown.search(/NaN|Infinity/);
  if (at >= 0)
    throw new Error(`rendered NaN/Infinity: …${shown.slice(Math.max(0, at - 80), at + 20)}`);
  return text;
}

function safeScoreOrThrow(model: ModelInput, rows: EntityInput[]): Report {
  const result = safeScore(model, rows);
  if (!result.success) throw result.error;
  return result.data;
}

function uniqueIds(batch: readonly EntityInput[]): boolean {
  const ids = batch.map((e) => e.id);
  return ids.every((id) => typeof id === 'string' && id !== '') && new Set(ids).size === ids.length;
}

// An entity's result without what depends on its position: its index (also inside issue paths),
// its place among equal totals and the order in which it lists those it tied with.
function comparable(e: EntityResult): unknown {
  const at = (issues: EntityResult['issues']) =>
    issues.map((i) => ({ ...i, path: i.path.map((s, k) => (k === 1 ? '#' : s)) }));
  const selection = e.selection && {
    ...e.selection,
    position: null,
    tieBreak: e.selection.tieBreak && {
      ...e.selection.tieBreak,
      tiedWith: [...e.selection.tieBreak.tiedWith].sort(),
    },
  };
  return { ...e, index: null, issues: at(e.issues), warnings: at(e.warnings), selection };
}

function sortedJson(values: readonly unknown[]): string[] {
  return values.map((v) => JSON.stringify(v)).sort();
}

// A permutation drawn from the seed (a small LCG), so a failure replays.
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// The limit codes a built model must get, computed here without youpin's code: the tree deeper
// than 4, a node with more than 100 children, a condition nesting all/any/not more than 16 deep.
function expectedLimits(model: Record<string, unknown>): string[] {
  const codes = new Set<string>();
  const tree = (node: unknown, depth: number): void => {
    const children = (node as { children?: unknown }).children;
    if (!Array.isArray(children)) return;
    if (children.length > 100) codes.add('too_large');
    if (depth + 1 > 4 && children.some((c) => typeof c === 'object' && c !== null))
      codes.add('too_deep');
    for (const c of children) if (typeof c === 'object' && c !== null) tree(c, depth + 1);
  };
  if (typeof model['tree'] === 'object' && model['tree'] !== null) tree(model['tree'], 0);
  const nesting = (c: unknown): number => {
    if (typeof c !== 'object' || c === null) return 0;
    const o = c as { all?: unknown; any?: unknown; not?: unknown };
    const parts = [
      ...(Array.isArray(o.all) ? o.all : []),
      ...(Array.isArray(o.any) ? o.any : []),
      ...('not' in o ? [o.not] : []),
    ];
    return parts.length === 0 ? 0 : 1 + Math.max(...parts.map(nesting));
  };
  const rules = [
    ...(Array.isArray(model['gates']) ? model['gates'] : []),
    ...(Array.isArray(model['vetoes']) ? model['vetoes'] : []),
    ...((model['adjustments'] as { items?: unknown[] } | undefined)?.items ?? []),
  ];
  if (rules.some((r) => nesting((r as { when?: unknown }).when) > 16)) codes.add('rule_too_deep');
  return [...codes];
}
