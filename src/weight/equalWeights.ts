import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import { parseInput } from '../error/parseInput.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { WeightsResult } from './types.js';

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const countSchema = /* @__PURE__ */ (() => z.int().check(z.gte(1)))();

/**
 * Equal weights: 1/n for each of n criteria, the baseline every other weighting is compared with.
 *
 * @param n - the number of criteria, a whole number ≥ 1
 * @returns n weights of 1/n (exact to 28 significant digits) as strings and as numbers, with no
 *   warnings
 * @throws {@link YoupinError} a zod code (`invalid_type`, `too_small`) at `['n']` when n is not a
 *   whole number ≥ 1 (NaN and Infinity included)
 * @example
 * ```ts
 * import { equalWeights } from 'youpin';
 * equalWeights(4).weights; // → [ '0.25', '0.25', '0.25', '0.25' ]
 * equalWeights(3).weights[0]; // → '0.3333333333333333333333333333'
 * equalWeights(3).numbers; // → { weights: [ 0.3333333333333333, 0.3333333333333333, 0.3333333333333333 ] }
 * ```
 */
export function equalWeights(n: number): WeightsResult<'equal'> {
  const parsed = parseInput(countSchema, n);
  if (!parsed.success) throwIfIssues(fromZod(parsed.error.issues, ['n']));
  const weight = exactString(new Dec(1).div(n));
  const weights = Array.from({ length: n }, () => weight);
  return {
    method: 'equal',
    variant: 'equal weights, 1/n',
    weights,
    warnings: [],
    numbers: floatTwin({ weights }),
  };
}
