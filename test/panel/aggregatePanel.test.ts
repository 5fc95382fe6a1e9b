import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExpertScore, PanelRule } from 'youpin';
import { aggregatePanel } from 'youpin';
import { issuesOf } from '../helpers.js';

// Domain §6.9: n ≥ 5 drop one highest and one lowest (去掉一个最高分和一个最低分); n = 3–4 plain
// mean; n < 3 invalid; max − min > 30 flags the leaf for re-scoring.
const DOMAIN: PanelRule = { method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 };

const panel = (...scores: Array<number | string>): ExpertScore[] =>
  scores.map((score, i) => ({ expert: `e${i + 1}`, score }));
const dropped = (scores: ExpertScore[], rule: PanelRule) =>
  aggregatePanel(scores, rule).scores.map((s) => s.dropped);

describe('aggregatePanel: the domain §6.9 rule', () => {
  it('n = 5: drops one highest and one lowest', () => {
    const result = aggregatePanel(panel(85, 92, 79, 88, 70), DOMAIN);
    expect(result.method).toBe('trimmed');
    expect(result.value).toBe('84'); // (85 + 79 + 88) / 3
    expect(result.size).toBe(5);
    expect(result.scores).toEqual([
      { expert: 'e1', score: '85', dropped: null },
      { expert: 'e2', score: '92', dropped: 'high' },
      { expert: 'e3', score: '79', dropped: null },
      { expert: 'e4', score: '88', dropped: null },
      { expert: 'e5', score: '70', dropped: 'low' },
    ]);
    expect(result.untrimmedMean).toBe('82.8');
    expect(result.spread).toBe('22');
    expect(result.flagged).toBe(false);
    expect(result.numbers).toEqual({ value: 84, untrimmedMean: 82.8, spread: 22 });
    expect(result.variant).toBe('trimmed mean, 1 dropped at each end');
  });

  it('n = 7: drops one highest and one lowest', () => {
    const result = aggregatePanel(panel(80, 82, 95, 78, 85, 60, 81), DOMAIN);
    expect(result.method).toBe('trimmed');
    expect(result.value).toBe('81.2'); // (80 + 82 + 78 + 85 + 81) / 5
    expect(dropped(panel(80, 82, 95, 78, 85, 60, 81), DOMAIN)).toEqual([
      null,
      null,
      'high',
      null,
      null,
      'low',
      null,
    ]);
  });

  it('n = 3 and n = 4: plain mean, nothing dropped, method "mean"', () => {
    const four = aggregatePanel(panel(80, 90, 70, 61), DOMAIN);
    expect(four).toMatchObject({ method: 'mean', value: '75.25', untrimmedMean: '75.25' });
    expect(four.scores.every((s) => s.dropped === null)).toBe(true);
    const three = aggregatePanel(panel(80, 90, 70), DOMAIN);
    expect(three).toMatchObject({ method: 'mean', value: '80', size: 3 });
  });

  it('n < 3 with minSize 3: an invalid panel', () => {
    expect(issuesOf(() => aggregatePanel(panel(80, 90), DOMAIN))).toEqual([
      { code: 'too_few_values', path: 'scores' },
    ]);
    expect(issuesOf(() => aggregatePanel([], DOMAIN))).toEqual([
      { code: 'too_few_values', path: 'scores' },
    ]);
    // The default minSize is 1; an empty panel is never valid, even with minSize 0.
    expect(aggregatePanel(panel(80), { method: 'mean' }).value).toBe('80');
    expect(issuesOf(() => aggregatePanel([], { method: 'mean', minSize: 0 }))).toEqual([
      { code: 'too_few_values', path: 'scores' },
    ]);
  });

  it('a spread of exactly 30 is not flagged; 30.01 is', () => {
    expect(aggregatePanel(panel(100, 70, 85, 80, 90), DOMAIN)).toMatchObject({
      spread: '30',
      flagged: false,
    });
    const flagged = aggregatePanel(panel(100, 69.99, 85, 80, 90), DOMAIN);
    expect(flagged).toMatchObject({ spread: '30.01', flagged: true });
    // The flag is also a warning, as on every method's result.
    expect(flagged.warnings.map((w) => [w.code, w.path.join('.'), w.message])).toEqual([
      [
        'panel_flagged',
        'scores',
        "the experts' scores on this leaf spread over 30.01 points (limit 30): re-score after discussion",
      ],
    ]);
    expect(aggregatePanel(panel(100, 70, 85, 80, 90), DOMAIN).warnings).toEqual([]);
    expect(aggregatePanel(panel('100', '69.99'), { method: 'mean', maxSpread: '30' }).flagged).toBe(
      true,
    );
    // No limit by default.
    expect(aggregatePanel(panel(0, 100), { method: 'mean' }).flagged).toBe(false);
  });
});

describe('aggregatePanel: trimming', () => {
  it('a tied highest score loses one copy only, the last in input order', () => {
    const scores = panel(90, 90, 80, 70, 60);
    expect(aggregatePanel(scores, DOMAIN).value).toBe('80'); // (90 + 80 + 70) / 3
    expect(dropped(scores, DOMAIN)).toEqual([null, 'high', null, null, 'low']);
  });

  it('a tied lowest score loses one copy only, the last in input order', () => {
    const scores = panel(60, 70, 60, 80, 90);
    expect(aggregatePanel(scores, DOMAIN).value).toBe('70'); // (60 + 70 + 80) / 3
    expect(dropped(scores, DOMAIN)).toEqual([null, null, 'low', null, 'high']);
  });

  it('equal scores: the high is the last copy, the low the last of the rest', () => {
    const scores = panel(70, 70, 70, 70, 70);
    expect(aggregatePanel(scores, DOMAIN).value).toBe('70');
    expect(dropped(scores, DOMAIN)).toEqual([null, null, null, 'low', 'high']);
  });

  it('trim 2 drops two at each end (default trimFrom 5), below it the plain mean', () => {
    const rule: PanelRule = { method: 'trimmed', trim: 2 };
    const scores = panel(10, 100, 20, 30, 60, 40, 50);
    expect(aggregatePanel(scores, rule)).toMatchObject({ method: 'trimmed', value: '40' });
    expect(dropped(scores, rule)).toEqual(['low', 'high', 'low', null, 'high', null, null]);
    expect(aggregatePanel(panel(10, 20, 30, 100), rule)).toMatchObject({
      method: 'mean',
      value: '40',
    });
    // Tied highs at trim 2: two copies of 90 go, the last two.
    expect(dropped(panel(90, 90, 90, 50, 40, 30, 20), rule)).toEqual([
      null,
      'high',
      'high',
      null,
      null,
      'low',
      'low',
    ]);
  });

  it('trim 1 defaults to trimming from 3 scores', () => {
    expect(aggregatePanel(panel(0, 50, 100), { method: 'trimmed' })).toMatchObject({
      method: 'trimmed',
      value: '50',
    });
    expect(aggregatePanel(panel(0, 100), { method: 'trimmed' })).toMatchObject({
      method: 'mean',
      value: '50',
    });
  });
});

describe('aggregatePanel: median and mean', () => {
  it('median of an odd count is the middle score; of an even count the mean of the two middle', () => {
    expect(aggregatePanel(panel(3, 1, 2), { method: 'median' }).value).toBe('2');
    expect(aggregatePanel(panel(4, 1, 3, 2), { method: 'median' }).value).toBe('2.5');
    expect(aggregatePanel(panel('0.1', '0.2'), { method: 'median' }).value).toBe('0.15');
    expect(dropped(panel(4, 1, 3, 2), { method: 'median' })).toEqual([null, null, null, null]);
    expect(aggregatePanel(panel(4, 1, 3, 2), { method: 'median' }).untrimmedMean).toBe('2.5');
  });

  it('is exact: decimal strings and floats such as 0.1 + 0.2', () => {
    expect(aggregatePanel(panel(0.1, 0.2), { method: 'mean' }).value).toBe('0.15');
    expect(aggregatePanel(panel('0.1', '0.2', '0.3'), { method: 'mean' }).value).toBe('0.2');
    expect(aggregatePanel(panel(0.1, 0.2, 0.3, 0.4, 0.5), DOMAIN).value).toBe('0.3');
    expect(aggregatePanel(panel('80.5', '79.25', '81'), { method: 'mean' }).value).toBe('80.25');
    // A repeating mean is settled to 28 significant digits.
    expect(aggregatePanel(panel(80, 80, 81), { method: 'mean' }).value).toBe(
      '80.33333333333333333333333333',
    );
    expect(aggregatePanel(panel('80.50', 79), { method: 'mean' }).scores[0]?.score).toBe('80.5');
  });
});

describe('aggregatePanel: errors', () => {
  it('collects bad scores, duplicate and empty expert ids at once', () => {
    const scores = [
      { expert: 'A', score: Number.NaN },
      { expert: 'B', score: Number.POSITIVE_INFINITY },
      { expert: 'A', score: '12,5' },
      { expert: '', score: 80 },
    ];
    expect(issuesOf(() => aggregatePanel(scores, DOMAIN))).toEqual([
      { code: 'not_finite', path: 'scores.0.score' },
      { code: 'not_finite', path: 'scores.1.score' },
      { code: 'duplicate_id', path: 'scores.2.expert' },
      { code: 'not_a_number', path: 'scores.2.score' },
      { code: 'too_small', path: 'scores.3.expert' },
    ]);
  });

  it('rejects malformed entries and a non-array', () => {
    const bad = [{ expert: 'A', score: 80 }, 42, { expert: 'C', score: 70, note: 'x' }];
    expect(issuesOf(() => aggregatePanel(bad as unknown as ExpertScore[], DOMAIN))).toEqual([
      { code: 'invalid_type', path: 'scores.1' },
      { code: 'unrecognized_keys', path: 'scores.2' },
    ]);
    expect(
      issuesOf(() => aggregatePanel('80' as unknown as ExpertScore[], DOMAIN)).map((i) => i.code),
    ).toEqual(['invalid_type']);
  });

  it('rejects a bad rule, with every issue under "rule"', () => {
    const bad = (rule: unknown) =>
      issuesOf(() => aggregatePanel(panel(80, 90, 70), rule as PanelRule));
    expect(bad({ method: 'trimmed', trim: 2, trimFrom: 4 })).toEqual([
      { code: 'custom', path: 'rule.trimFrom' },
    ]);
    expect(bad({ method: 'trimmed', trimFrom: 2 })).toEqual([
      { code: 'custom', path: 'rule.trimFrom' },
    ]);
    expect(bad({ method: 'mean', trim: 1 })).toEqual([{ code: 'custom', path: 'rule.trim' }]);
    expect(bad({ method: 'mean', maxSpread: -1 })).toEqual([
      { code: 'custom', path: 'rule.maxSpread' },
    ]);
    // A union reports its closest option: here the decimal-string check.
    expect(bad({ method: 'mean', maxSpread: '3O' })).toEqual([
      { code: 'custom', path: 'rule.maxSpread' },
    ]);
    expect(bad({ method: 'median', minSize: 1.5 })).toEqual([
      { code: 'invalid_type', path: 'rule.minSize' },
    ]);
    expect(bad({ method: 'trimmed', trim: -1 })).toContainEqual({
      code: 'too_small',
      path: 'rule.trim',
    });
    expect(bad({ method: 'mode' })).toEqual([{ code: 'invalid_value', path: 'rule.method' }]);
    expect(bad({ method: 'mean', spread: 30 })).toEqual([
      { code: 'unrecognized_keys', path: 'rule' },
    ]);
    // Rule and score issues come together.
    expect(
      issuesOf(() => aggregatePanel(panel(80, Number.NaN), { method: 'trimmed', trimFrom: 1 })),
    ).toEqual([
      { code: 'custom', path: 'rule.trimFrom' },
      { code: 'not_finite', path: 'scores.1.score' },
    ]);
  });
});

describe('aggregatePanel: properties', () => {
  const score = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
  const rule = fc.constantFrom<PanelRule>(
    { method: 'mean' },
    { method: 'median' },
    { method: 'trimmed' },
    { method: 'trimmed', trim: 2 },
    { method: 'trimmed', trim: 1, trimFrom: 5, maxSpread: 30 },
  );
  const scoresArb = fc.array(score, { minLength: 1, maxLength: 9 });

  it('the result lies between the lowest and the highest score', () => {
    fc.assert(
      fc.property(scoresArb, rule, (xs, r) => {
        const value = new Decimal(aggregatePanel(panel(...xs), r).value);
        expect(value.gte(Math.min(...xs))).toBe(true);
        expect(value.lte(Math.max(...xs))).toBe(true);
      }),
    );
  });

  it('permuting the experts changes neither value, spread nor flag', () => {
    const arb = scoresArb.chain((xs) =>
      fc.tuple(
        fc.constant(xs),
        fc.shuffledSubarray(
          xs.map((_, i) => i),
          { minLength: xs.length, maxLength: xs.length },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, rule, ([xs, order], r) => {
        const scores = panel(...xs);
        const a = aggregatePanel(scores, r);
        const b = aggregatePanel(
          order.map((i) => scores[i] as ExpertScore),
          r,
        );
        expect([b.method, b.value, b.untrimmedMean, b.spread, b.flagged]).toEqual([
          a.method,
          a.value,
          a.untrimmedMean,
          a.spread,
          a.flagged,
        ]);
      }),
    );
  });

  it('a trimmed mean of n equal scores is that score', () => {
    fc.assert(
      fc.property(score, fc.integer({ min: 1, max: 9 }), rule, (x, n, r) => {
        expect(aggregatePanel(panel(...Array(n).fill(x)), r).value).toBe(new Decimal(x).toFixed());
      }),
    );
  });

  it('trimming drops exactly `trim` scores at each end, and they are the extremes', () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 5, maxLength: 9 }),
        fc.constantFrom(1, 2),
        (xs, trim) => {
          const result = aggregatePanel(panel(...xs), { method: 'trimmed', trim });
          const sorted = [...xs].sort((a, b) => a - b);
          const highs = result.scores
            .filter((s) => s.dropped === 'high')
            .map((s) => Number(s.score));
          const lows = result.scores.filter((s) => s.dropped === 'low').map((s) => Number(s.score));
          expect(highs.sort((a, b) => a - b)).toEqual(sorted.slice(-trim));
          expect(lows.sort((a, b) => a - b)).toEqual(sorted.slice(0, trim));
        },
      ),
    );
  });
});
