import type { Issue } from '../../error/issue.js';
import { makeToolIssue } from '../../error/toolMessages.js';
import { throwIfIssues } from '../../numeric/throwIfIssues.js';
import type { Random } from './createRandom.js';
import { logGammaVariate } from './logGammaVariate.js';

/**
 * Draws a weight vector from the Dirichlet distribution Dir(α) by normalised gamma variables:
 * Gᵢ ~ Gamma(αᵢ, 1) independent, xᵢ = Gᵢ / Σⱼ Gⱼ (Devroye 1986, *Non-Uniform Random Variate
 * Generation*, ch. XI.4; gammas by Marsaglia & Tsang 2000).
 *
 * E[xᵢ] = αᵢ/α₀ and Var[xᵢ] = αᵢ(α₀ − αᵢ)/(α₀²(α₀ + 1)), α₀ = Σα: the larger α₀ (the
 * concentration), the closer the draws stay to the mean. To perturb base weights w, use α = c·w.
 *
 * When some αᵢ < 1 the gammas are combined in logs (xᵢ = exp(ln Gᵢ − max ln G) / Σ…), so tiny
 * shapes cannot underflow every component to 0. αᵢ = 0 is allowed and gives xᵢ = 0 exactly (no
 * draw is made for it). The result is ≥ 0 and sums to 1 up to a few ulps.
 *
 * @param random - the stream to draw from
 * @param alpha - the concentration parameters, each finite and ≥ 0, not all 0
 * @param out - where to write the draw (same length as `alpha`); a new array if omitted
 * @returns `out`, holding the draw
 * @throws YoupinError `empty_input`, `length_mismatch`, `not_finite`, `negative_value`,
 *   `zero_weights`
 */
export function dirichlet(
  random: Random,
  alpha: Float64Array | readonly number[],
  out: Float64Array = new Float64Array(alpha.length),
): Float64Array {
  const k = alpha.length;
  checkAlpha(alpha, out);
  let small = false;
  for (let i = 0; i < k; i++) if ((alpha[i] as number) < 1 && alpha[i] !== 0) small = true;
  let sum = 0;
  if (!small) {
    for (let i = 0; i < k; i++) {
      const a = alpha[i] as number;
      const g = a === 0 ? 0 : random.gamma(a);
      out[i] = g;
      sum += g;
    }
  } else {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < k; i++) {
      const a = alpha[i] as number;
      const logG = a === 0 ? Number.NEGATIVE_INFINITY : logGammaVariate(random, a);
      out[i] = logG;
      if (logG > max) max = logG;
    }
    // The largest component becomes exp(0) = 1, so the sum is at least 1.
    for (let i = 0; i < k; i++) {
      const x = Math.exp((out[i] as number) - max);
      out[i] = x;
      sum += x;
    }
  }
  for (let i = 0; i < k; i++) out[i] = (out[i] as number) / sum;
  return out;
}

function checkAlpha(alpha: Float64Array | readonly number[], out: Float64Array): void {
  const issues: Issue[] = [];
  if (alpha.length === 0) issues.push(makeToolIssue('empty_input', ['alpha']));
  if (out.length !== alpha.length) {
    issues.push(makeToolIssue('length_mismatch', ['out'], { a: alpha.length, b: out.length }));
  }
  let positive = false;
  for (let i = 0; i < alpha.length; i++) {
    const a = alpha[i] as number;
    if (!Number.isFinite(a)) issues.push(makeToolIssue('not_finite', ['alpha', i]));
    else if (a < 0) {
      issues.push(
        makeToolIssue('negative_value', ['alpha', i], {
          operator: 'a Dirichlet parameter',
          operatorZh: '狄利克雷分布参数',
          value: a,
        }),
      );
    } else if (a > 0) positive = true;
  }
  if (alpha.length > 0 && issues.length === 0 && !positive) {
    issues.push(makeToolIssue('zero_weights', ['alpha']));
  }
  throwIfIssues(issues);
}
