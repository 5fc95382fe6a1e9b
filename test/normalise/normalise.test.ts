import { describe, expect, it } from 'vitest';
import { normalise } from 'youpin';
import { issuesOf } from '../helpers.js';

const scores = (...args: Parameters<typeof normalise>) => normalise(...args).scores;

describe('absolute scoring functions', () => {
  it('linear clamps at the goalposts and follows the direction', () => {
    expect(scores([0, 3, 6.5, 10, 12, null], { method: 'linear', lower: 3, upper: 10 })).toEqual([
      '0',
      '0',
      '50',
      '100',
      '100',
      null,
    ]);
    // Inverse linear: a lower-is-better leaf (domain §6.4: complaints per 10,000 orders in [0, 5]).
    expect(
      scores([0, 1, 5, 7], { method: 'linear', lower: 0, upper: 5 }, { direction: 'lower' }),
    ).toEqual(['100', '80', '0', '0']);
    // Rank in [1, 20], 1 best; outside the top 20 → 0 (domain §6.5 B1).
    expect(
      scores([1, 20, 39], { method: 'linear', lower: 1, upper: 20 }, { direction: 'lower' }),
    ).toEqual(['100', '0', '0']);
    expect(
      scores(['2.5'], { method: 'linear', lower: 0, upper: 10 }, { scale: { min: 0, max: 1000 } }),
    ).toEqual(['250']);
  });

  it('linear keeps decimal strings exact', () => {
    expect(scores(['0.1', '0.2'], { method: 'linear', lower: '0', upper: '0.3' })).toEqual([
      '33.33333333333333333333333333',
      '66.66666666666666666666666667',
    ]);
  });

  it('log-linear: values at or below the lower goalpost score 0, a negative value is an error', () => {
    const spec = { method: 'log', lower: 1, upper: 100 } as const;
    expect(scores([0, 1, 10, 100, 1000], spec)).toEqual(['0', '0', '50', '100', '100']);
    expect(scores([10], spec, { direction: 'lower' })).toEqual(['50']);
    expect(issuesOf(() => normalise([-1], spec))).toEqual([
      { code: 'log_negative', path: 'values.0' },
    ]);
    expect(issuesOf(() => normalise([1], { method: 'log', lower: 0, upper: 10 }))).toEqual([
      { code: 'log_nonpositive_goalpost', path: 'spec.lower' },
    ]);
  });

  it('piecewise-linear interpolates between anchors and is flat outside', () => {
    const spec = {
      method: 'piecewise',
      points: [
        [0, 0],
        [50, 60],
        [100, 100],
      ],
    } as const;
    expect(scores([-5, 0, 25, 50, 75, 100, 150], spec)).toEqual([
      '0',
      '0',
      '30',
      '60',
      '80',
      '100',
      '100',
    ]);
    expect(
      issuesOf(() =>
        normalise([1], {
          method: 'piecewise',
          points: [
            [0, 0],
            [0, 10],
          ],
        }),
      ),
    ).toEqual([{ code: 'piecewise_order', path: 'spec.points.1.0' }]);
    expect(
      issuesOf(() =>
        normalise([1], {
          method: 'piecewise',
          points: [
            [0, 0],
            [1, 120],
          ],
        }),
      ),
    ).toEqual([{ code: 'out_of_scale', path: 'spec.points.1.1' }]);
  });

  it('categorical maps grades and rejects unknown ones', () => {
    const spec = {
      method: 'categorical',
      categories: [
        { value: 'A', score: 100 },
        { value: 'B', score: 80 },
        { value: '3', score: 40 },
      ],
    } as const;
    expect(scores(['A', ' B ', 3, ''], spec)).toEqual(['100', '80', '40', null]);
    expect(issuesOf(() => normalise(['A', 'E', true], spec))).toEqual([
      { code: 'unknown_category', path: 'values.1' },
      { code: 'unknown_category', path: 'values.2' },
    ]);
  });

  it('refuses direction lower where the spec itself says what is better', () => {
    const spec = { method: 'categorical', categories: [{ value: 'A', score: 100 }] } as const;
    expect(issuesOf(() => normalise(['A'], spec, { direction: 'lower' }))).toEqual([
      { code: 'direction_ignored', path: 'options.direction' },
    ]);
    expect(scores(['A'], spec, { direction: 'higher' })).toEqual(['100']);
  });

  it('points sum items, cap them, and map the cap to the top of the scale', () => {
    const spec = {
      method: 'points',
      items: [
        { id: 'national', points: 40 },
        { id: 'provincial', points: 20 },
      ],
      cap: 100,
    } as const;
    expect(
      scores([['national', 'provincial'], { provincial: 2 }, { national: 3 }, 35, []], spec),
    ).toEqual(['60', '40', '100', '35', '0']);
    expect(scores([{ national: 1 }], { ...spec, cap: 80 })).toEqual(['50']);
    expect(
      issuesOf(() => normalise([['city'], { national: -1 }, { national: 1.5 }, 'many'], spec)),
    ).toEqual([
      { code: 'unknown_item', path: 'values.0.0' },
      { code: 'negative_count', path: 'values.1.national' },
      { code: 'negative_count', path: 'values.2.national' },
      { code: 'wrong_value_type', path: 'values.3' },
    ]);
  });

  it('points take deductions (negative items) and never go below the bottom of the scale', () => {
    const spec = {
      method: 'points',
      items: [
        { id: 'award', points: 30 },
        { id: 'complaint', points: -20 },
      ],
      cap: 60,
    } as const;
    expect(
      scores(
        [['award', 'award', 'complaint'], ['award', 'complaint', 'complaint'], ['complaint']],
        spec,
      ),
    ).toEqual(['66.66666666666666666666666667', '0', '0']);
    expect(scores([['complaint']], spec, { scale: { min: 1, max: 5 } })).toEqual(['1']);
  });

  it('steps: 1 point from 1000, +1 per further 1000, cap 30 (青岛名牌)', () => {
    const spec = { method: 'steps', from: 1000, step: 1000, increment: 1, cap: 30 } as const;
    // Scores are on the 0–100 scale: points / cap × 100.
    const points = (x: number) =>
      Number(normalise([x], spec, { scale: { min: 0, max: 30 } }).scores[0]);
    expect([999, 1000, 1999, 2000, 15500, 30000, 31000, 1e9].map(points)).toEqual([
      0, 1, 1, 2, 15, 30, 30, 30,
    ]);
    expect(scores([2000], spec)).toEqual(['6.666666666666666666666666667']);
    expect(issuesOf(() => normalise([1], { ...spec, step: 0 }))).toEqual([
      { code: 'nonpositive', path: 'spec.step' },
    ]);
  });

  it('boolean, banded and direct', () => {
    expect(scores([true, false, 1, 0], { method: 'boolean' })).toEqual(['100', '0', '100', '0']);
    expect(scores([true, false], { method: 'boolean', whenTrue: 60, whenFalse: 20 })).toEqual([
      '60',
      '20',
    ]);
    expect(issuesOf(() => normalise(['yes'], { method: 'boolean' }))).toEqual([
      { code: 'wrong_value_type', path: 'values.0' },
    ]);
    expect(scores([0, 35, 100], { method: 'banded' })).toEqual(['0', '35', '100']);
    expect(issuesOf(() => normalise([33, 105], { method: 'banded' }))).toEqual([
      { code: 'not_a_band_step', path: 'values.0' },
      { code: 'not_a_band_step', path: 'values.1' },
    ]);
    expect(scores([0, 72.5, 100], { method: 'direct' })).toEqual(['0', '72.5', '100']);
    expect(issuesOf(() => normalise([101], { method: 'direct' }))).toEqual([
      { code: 'out_of_scale', path: 'values.0' },
    ]);
  });

  it('rejects NaN, Infinity, decimal commas and bad goalposts, collecting every issue', () => {
    expect(
      issuesOf(() =>
        normalise([Number.NaN, Number.POSITIVE_INFINITY, '12,5', 'abc', {}], {
          method: 'linear',
          lower: 0,
          upper: 1,
        }),
      ),
    ).toEqual([
      { code: 'not_finite', path: 'values.0' },
      { code: 'not_finite', path: 'values.1' },
      { code: 'not_a_number', path: 'values.2' },
      { code: 'not_a_number', path: 'values.3' },
      { code: 'not_a_number', path: 'values.4' },
    ]);
    expect(issuesOf(() => normalise([1], { method: 'linear', lower: 5, upper: 5 }))).toEqual([
      { code: 'goalposts_order', path: 'spec.lower' },
    ]);
    expect(
      issuesOf(() => normalise([1], { method: 'linear', lower: Number.NaN, upper: 5 } as never)),
    ).toEqual([{ code: 'invalid_type', path: 'spec.lower' }]);
    expect(issuesOf(() => normalise([1], { method: 'nope' } as never))[0]?.code).toBe(
      'invalid_union',
    );
  });
});

describe('cohort scoring functions', () => {
  it('min-max, with zero range giving the midpoint and a warning', () => {
    expect(scores([10, 20, 30, null], { method: 'minmax' })).toEqual(['0', '50', '100', null]);
    expect(scores([10, 20, 30], { method: 'minmax' }, { direction: 'lower' })).toEqual([
      '100',
      '50',
      '0',
    ]);
    const flat = normalise([7, 7, null], { method: 'minmax' });
    expect(flat.scores).toEqual(['50', '50', null]);
    expect(flat.warnings.map((w) => w.code)).toEqual(['zero_range']);
    expect(normalise([null, null], { method: 'minmax' }).scores).toEqual([null, null]);
  });

  it('z-score with the population or the sample sd, as stated', () => {
    expect(scores([2, 4, 4, 4, 5, 5, 7, 9], { method: 'zscore', sd: 'population' })).toEqual([
      '-1.5',
      '-0.5',
      '-0.5',
      '-0.5',
      '0',
      '0',
      '1',
      '2',
    ]);
    const sample = scores([1, 2, 3], { method: 'zscore', sd: 'sample' });
    expect(sample).toEqual(['-1', '0', '1']);
    expect(scores([1, 3], { method: 'zscore', sd: 'population', center: 50, spread: 10 })).toEqual([
      '40',
      '60',
    ]);
    expect(scores([1, 3], { method: 'zscore', sd: 'population' }, { direction: 'lower' })).toEqual([
      '1',
      '-1',
    ]);
    const flat = normalise([4, 4], { method: 'zscore', sd: 'population' });
    expect(flat).toMatchObject({ scores: ['0', '0'], warnings: [{ code: 'zero_sd' }] });
    const single = normalise([4], { method: 'zscore', sd: 'sample' });
    expect(single).toMatchObject({ scores: ['0'], warnings: [{ code: 'too_few_values' }] });
  });

  it('rank gives tied values the average rank (fractional ranking)', () => {
    // ranks (1 = best): 30 → 1, 20 → 2.5, 20 → 2.5, 10 → 4; t = (n − r)/(n − 1)
    expect(scores([10, 20, 30, 20], { method: 'rank' })).toEqual(['0', '50', '100', '50']);
    expect(scores([10, 20, 30], { method: 'rank' }, { direction: 'lower' })).toEqual([
      '100',
      '50',
      '0',
    ]);
    // Exact decimals: 0.1 + 0.2 and 0.3 tie (pymcdm's float Counter keys do not).
    expect(scores(['0.3', 0.3, 1], { method: 'rank' })).toEqual(['25', '25', '100']);
    expect(normalise([5], { method: 'rank' })).toMatchObject({
      scores: ['50'],
      warnings: [{ code: 'zero_range' }],
    });
  });

  it('distance to best, and its degenerate cases', () => {
    expect(scores([25, 50, 100], { method: 'distanceToBest' })).toEqual(['25', '50', '100']);
    expect(scores([2, 4, 0], { method: 'distanceToBest' }, { direction: 'lower' })).toEqual([
      '0',
      '0',
      '100',
    ]);
    expect(scores([2, 4], { method: 'distanceToBest' }, { direction: 'lower' })).toEqual([
      '100',
      '50',
    ]);
    expect(normalise([0, 0], { method: 'distanceToBest' })).toMatchObject({
      scores: ['50', '50'],
      warnings: [{ code: 'zero_range' }],
    });
    expect(issuesOf(() => normalise([-1, 2], { method: 'distanceToBest' }))).toEqual([
      { code: 'negative_value', path: 'values.0' },
    ]);
  });

  it('vector (L2) normalisation', () => {
    expect(scores([3, 4], { method: 'vector' })).toEqual(['60', '80']);
    expect(scores([3, 4], { method: 'vector' }, { direction: 'lower' })).toEqual(['40', '20']);
    expect(normalise([0, 0], { method: 'vector' })).toMatchObject({
      scores: ['50', '50'],
      warnings: [{ code: 'zero_norm' }],
    });
  });
});
