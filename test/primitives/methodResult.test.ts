import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregatePanel,
  ahp,
  ahpGroup,
  combineWeights,
  criticWeights,
  entropyWeights,
  equalWeights,
  kendallW,
  normalise,
  pointsToWeights,
  topsis,
  vikor,
} from 'youpin';

// One result shape for every method (src/primitives/MethodResult.ts): `method` and `variant`,
// the figures as exact decimal strings, `numbers` with exactly the keys of the figures and the same
// values as float64, and `warnings`.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True for a decimal string, null, or a list or record made only of those. */
function isFigure(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return DECIMAL.test(value);
  if (Array.isArray(value)) return value.length > 0 && value.every(isFigure);
  if (typeof value === 'object') return Object.values(value as object).every(isFigure);
  return false;
}

/** The float64 twin of a figure, built independently of the library. */
function twin(value: unknown): unknown {
  if (typeof value === 'string') return Number(value);
  if (Array.isArray(value)) return value.map(twin);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, twin(v)]));
  }
  return value;
}

const matrix = [
  [5, 8, 4],
  [7, 6, 8],
  [8, 8, 6],
  [7, 4, 6],
];
const pairwise = [
  [1, 3, 5],
  ['1/3', 1, 3],
  ['1/5', '1/3', 1],
];

const results: Record<string, object> = {
  normalise: normalise([10, 20, 20, 30], { method: 'zscore', sd: 'population' }),
  'normalise (absolute)': normalise([3, 6.5], { method: 'linear', lower: 3, upper: 10 }),
  aggregate: aggregate([64, 4], [0.5, 0.5], { method: 'geometric' }),
  topsis: topsis(matrix, [0.3, 0.4, 0.3]),
  vikor: vikor(matrix, [0.3, 0.4, 0.3]),
  ahp: ahp(pairwise),
  ahpGroup: ahpGroup([pairwise, pairwise]),
  entropyWeights: entropyWeights(matrix),
  criticWeights: criticWeights(matrix),
  combineWeights: combineWeights([0.5, 0.5, 0], ['1/3', '1/3', '1/3'], { method: 'linear' }),
  equalWeights: equalWeights(3),
  pointsToWeights: pointsToWeights([1, 2, 3]),
  kendallW: kendallW(matrix),
  aggregatePanel: aggregatePanel(
    [
      { expert: 'a', score: 80 },
      { expert: 'b', score: 90 },
    ],
    { method: 'mean' },
  ),
};

// Keys beside the figures that may be null: advice and nested results, not figures.
const NOT_FIGURES = ['method', 'variant', 'numbers', 'warnings', 'suggestion', 'group'];

describe('one result shape for every method', () => {
  for (const [name, value] of Object.entries(results)) {
    const result = value as Record<string, unknown>;
    it(`${name}: method, variant, warnings, and numbers with exactly the figures' keys and values`, () => {
      expect(typeof result['method']).toBe('string');
      expect(typeof result['variant']).toBe('string');
      expect((result['variant'] as string).length).toBeGreaterThan(0);
      expect(Array.isArray(result['warnings'])).toBe(true);
      const figures = Object.keys(result).filter(
        (k) => !NOT_FIGURES.includes(k) && isFigure(result[k]),
      );
      const numbers = result['numbers'] as Record<string, unknown>;
      expect(Object.keys(numbers).sort()).toEqual([...figures].sort());
      for (const key of figures) expect(numbers[key]).toEqual(twin(result[key]));
      expect(JSON.stringify(numbers)).not.toMatch(/NaN|Infinity/);
    });
  }
});
