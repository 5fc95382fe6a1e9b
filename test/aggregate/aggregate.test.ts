import { describe, expect, it } from 'vitest';
import { aggregate } from 'youpin';
import { issuesOf } from '../helpers.js';

describe('aggregate', () => {
  it('weighted arithmetic mean by default, exact', () => {
    expect(aggregate([80, 60], [0.75, 0.25]).value).toBe('75');
    expect(aggregate(['0.1', '0.2'], [0.5, 0.5]).value).toBe('0.15');
    // Ten weights of 0.1 sum to exactly 1 in decimal (0.9999999999999999 in float).
    expect(aggregate(Array(10).fill(70), Array(10).fill(0.1)).value).toBe('70');
    expect(aggregate([100, 100, 100], ['1/3', '1/3', '1/3']).value).toBe('100');
  });

  it('accepts weights within 1e-9 of 1 and rejects the rest', () => {
    expect(aggregate([50, 50], [0.5, 0.4999999999]).value).toBe('50');
    expect(issuesOf(() => aggregate([50, 50], [0.5, 0.4]))).toEqual([
      { code: 'weights_sum', path: 'weights' },
    ]);
    expect(issuesOf(() => aggregate([50, 50], [1.5, -0.5]))).toEqual([
      { code: 'negative_weight', path: 'weights.1' },
    ]);
  });

  it('geometric: a zero gives 0, a negative value is an error', () => {
    expect(aggregate([64, 4], [0.5, 0.5], { method: 'geometric' }).value).toBe('16');
    expect(aggregate([0, 90], [0.5, 0.5], { method: 'geometric' }).value).toBe('0');
    expect(aggregate([0, 90], [0, 1], { method: 'geometric' }).value).toBe('90');
    expect(issuesOf(() => aggregate([-1, 90], [0.5, 0.5], { method: 'geometric' }))).toEqual([
      { code: 'negative_value', path: 'values.0' },
    ]);
  });

  it('harmonic: a zero gives 0, a negative value is an error', () => {
    expect(aggregate([40, 60], [0.5, 0.5], { method: 'harmonic' }).value).toBe('48');
    expect(aggregate([0, 60], [0.5, 0.5], { method: 'harmonic' }).value).toBe('0');
    expect(issuesOf(() => aggregate([-2, 60], [0.5, 0.5], { method: 'harmonic' }))[0]?.code).toBe(
      'negative_value',
    );
  });

  it('power mean generalises the others', () => {
    expect(aggregate([40, 60], [0.5, 0.5], { method: 'power', p: 1 }).value).toBe('50');
    expect(aggregate([40, 60], [0.5, 0.5], { method: 'power', p: -1 }).value).toBe('48');
    expect(aggregate([3, 4], [0.5, 0.5], { method: 'power', p: 2 }).value).toBe(
      '3.535533905932737622004221811',
    ); // √12.5
    expect(aggregate([0, 60], [0.5, 0.5], { method: 'power', p: -2 }).value).toBe('0');
    expect(issuesOf(() => aggregate([1, 2], [0.5, 0.5], { method: 'power', p: 0 }))).toEqual([
      { code: 'power_zero', path: 'spec.p' },
    ]);
  });

  it('minimum ignores zero-weight children', () => {
    expect(aggregate([40, 60, 10], [0.5, 0.5, 0], { method: 'minimum' }).value).toBe('40');
  });

  it('rejects mismatched, empty, NaN and Infinity input, collecting every issue', () => {
    expect(issuesOf(() => aggregate([1, 2], [1]))).toContainEqual({
      code: 'length_mismatch',
      path: 'weights',
    });
    expect(issuesOf(() => aggregate([], []))).toEqual([{ code: 'empty_input', path: 'values' }]);
    expect(issuesOf(() => aggregate([Number.NaN, Number.POSITIVE_INFINITY], ['x', 0.5]))).toEqual([
      { code: 'not_finite', path: 'values.0' },
      { code: 'not_finite', path: 'values.1' },
      { code: 'not_a_number', path: 'weights.0' },
    ]);
    expect(issuesOf(() => aggregate([1], [1], { method: 'median' } as never))[0]?.path).toBe(
      'spec.method',
    );
  });
});
