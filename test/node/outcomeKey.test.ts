// outcomeKey (src/node/_outcomeKey.ts) is what the streamed writers remember an applicant's reason
// codes and notice counts by. Two applicants with the same key must have the same reason codes
// (entityAtDetail at summary) and the same notice counts (noticesOf), whatever their ids hold: on
// random outcomes drawn from few codes, results and ids with the separators in them, so that
// equal keys are frequent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityResult,
  type EntitySummary,
  entityAtDetail,
  noticesOf,
  type RuleOutcome,
} from 'youpin';
import { outcomeKey } from '../../src/node/_outcomeKey.js';

const model = defineModel({
  id: 'k',
  version: '1',
  name: { zh: '键', en: 'Key' },
  tree: {
    id: 'total',
    label: { zh: '总分', en: 'Total' },
    children: [{ id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } }],
  },
  profile: { weights: { Q: 1 } },
  sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
});

const ids = fc.constantFrom('G1', 'G', '1:G', '|', '1|', 'V1', 'V', '');
const codes = fc.constantFrom(
  'verification_pending',
  'verification_failed',
  'scored_as_zero',
  'renormalised',
  'veto_unknown',
  'unknown_indicator',
  'not_a_number',
);
const issue = (code: string) => ({
  code,
  path: ['entities', 0],
  message: code,
  messageZh: code,
  params: {},
});
const rules = (results: readonly string[]) =>
  fc.array(
    fc
      .tuple(ids, fc.constantFrom(...results))
      .map(([rule, result]) => ({ rule, result }) as unknown as RuleOutcome),
    { maxLength: 3 },
  );
type Outcome = {
  status: string;
  issues: string[];
  warnings: string[];
  gates: RuleOutcome[];
  vetoes: RuleOutcome[];
};
const parts = {
  status: fc.constantFrom('scored', 'ineligible', 'vetoed', 'invalid'),
  issues: fc.array(codes, { maxLength: 2 }),
  warnings: fc.array(codes, { maxLength: 3 }),
  gates: rules(['passed', 'failed', 'unknown', 'exempt']),
  vetoes: rules(['clear', 'fired', 'unknown', 'exempt']),
};
const outcome = fc.record(parts);
/** An outcome and another that differs from it in one part (often not in what it shows). */
const pair = fc
  .tuple(outcome, fc.constantFrom(...(Object.keys(parts) as Array<keyof Outcome>)), outcome)
  .map(([a, part, other]): [Outcome, Outcome] => [a, { ...a, [part]: other[part] }]);
const entity = (o: Outcome): EntityResult =>
  ({
    index: 0,
    id: 'A',
    name: null,
    sector: 's',
    status: o.status,
    issues: o.issues.map(issue),
    warnings: o.warnings.map(issue),
    total: o.status === 'scored' ? '50.00' : null,
    totalExact: null,
    rank: { sector: null, overall: null },
    nodes: [],
    eligibility: { gates: o.gates, vetoes: o.vetoes },
    adjustments: { applied: [], before: null },
    selection: null,
    sources: null,
  }) as unknown as EntityResult;

describe('outcomeKey', () => {
  it('is the same only for applicants with the same reason codes and notice counts', () => {
    let equal = 0;
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const a = entity(x);
        const b = entity(y);
        if (outcomeKey(a) !== outcomeKey(b)) return;
        equal++;
        const reasons = (e: EntityResult) =>
          (entityAtDetail(e, 'summary') as EntitySummary).reasons;
        expect(reasons(b)).toEqual(reasons(a));
        const counts = (e: EntityResult) =>
          noticesOf({ definition: model.definition, entities: [e] }).total;
        expect(counts(b)).toEqual(counts(a));
      }),
      { numRuns: 20_000, seed: 7 },
    );
    // The property was tested on many pairs, not on none.
    expect(equal).toBeGreaterThan(1000);
  });

  it('tells apart ids that a plain join would run together', () => {
    const base = { issues: [], warnings: [], status: 'vetoed' } as unknown as EntityResult;
    const withRules = (gates: string[], vetoes: string[]) =>
      outcomeKey({
        ...base,
        eligibility: {
          gates: gates.map((rule) => ({ rule, result: 'failed' })),
          vetoes: vetoes.map((rule) => ({ rule, result: 'fired' })),
        },
      } as unknown as EntityResult);
    expect(withRules(['a', 'b'], [])).not.toBe(withRules(['ab'], []));
    // An id that holds another rule's result and id.
    expect(withRules(['a', 'b'], [])).not.toBe(withRules(['afailedb'], []));
    expect(withRules(['a|b'], [])).not.toBe(withRules(['a'], ['b']));
    expect(withRules(['a'], ['b'])).not.toBe(withRules(['a', 'b'], []));
    expect(withRules(['1:a'], [])).not.toBe(withRules(['1', 'a'], []));
  });
});
