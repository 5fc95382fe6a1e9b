import { describe, expect, it } from 'vitest';
import { topsis, vikor } from 'youpin';

// The column extremes were taken with Dec.min(...column), which passes every value as an argument
// and overflows the stack above about 120,000 alternatives. A province-wide pool is larger.
describe('TOPSIS and VIKOR on 150,000 alternatives', () => {
  const matrix = Array.from({ length: 150_000 }, (_, i) => [
    (i * 7919) % 1000,
    (i * 104_729) % 997,
  ]);

  it('rank them without overflowing the stack', () => {
    const result = topsis(matrix, [0.6, 0.4], { normalisation: 'minmax' });
    expect(result.ranks.closeness).toHaveLength(150_000);
    expect(result.ranks.closeness.includes(1)).toBe(true);
    const v = vikor(matrix, [0.6, 0.4]);
    expect(v.ranks.Q).toHaveLength(150_000);
  }, 120_000);
});
