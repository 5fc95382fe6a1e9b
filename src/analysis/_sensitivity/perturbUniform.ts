import type { Issue } from '../../error/issue.js';
import { makeToolIssue } from '../../error/toolMessages.js';
import { throwIfIssues } from '../../numeric/throwIfIssues.js';
import type { Random } from './createRandom.js';

/**
 * Perturbs base weights by independent uniform factors and renormalises them: w′ᵢ = wᵢ·fᵢ / Σⱼ
 * wⱼ·fⱼ with fᵢ ~ U(1 − fraction, 1 + fraction) — "every weight ±x %", a common robustness check
 * of composite indicators (see OECD/JRC 2008, *Handbook on Constructing Composite Indicators*,
 * on uncertainty and sensitivity analysis).
 *
 * One uniform is drawn per entry, zero weights included, so the stream stays aligned whatever the
 * zeros; zero weights stay exactly 0. The factor is (1 − f) + 2f·U with U in (0, 1], so it is
 * > 0 even for fraction = 1 and the sum never vanishes.
 *
 * @param random - the stream to draw from
 * @param base - the weights, each finite and ≥ 0, not all 0 (they need not sum to 1)
 * @param fraction - the half-width of the factor, in [0, 1] (0.2 = ±20 %)
 * @param out - where to write (same length as `base`); a new array if omitted
 * @returns `out`, ≥ 0 and summing to 1 up to a few ulps
 * @throws YoupinError `empty_input`, `length_mismatch`, `not_finite`, `negative_weight`,
 *   `zero_weights`, `out_of_scale` (fraction outside [0, 1])
 */
export function perturbUniform(
  random: Random,
  base: Float64Array | readonly number[],
  fraction: number,
  out: Float64Array = new Float64Array(base.length),
): Float64Array {
  checkInput(base, fraction, out);
  const k = base.length;
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const u = 1 - random.next();
    const w = (base[i] as number) * (1 - fraction + 2 * fraction * u);
    out[i] = w;
    sum += w;
  }
  for (let i = 0; i < k; i++) out[i] = (out[i] as number) / sum;
  return out;
}

function checkInput(
  base: Float64Array | readonly number[],
  fraction: number,
  out: Float64Array,
): void {
  const issues: Issue[] = [];
  if (base.length === 0) issues.push(makeToolIssue('empty_input', ['base']));
  if (out.length !== base.length) {
    issues.push(makeToolIssue('length_mismatch', ['out'], { a: base.length, b: out.length }));
  }
  if (!Number.isFinite(fraction)) issues.push(makeToolIssue('not_finite', ['fraction']));
  else if (fraction < 0 || fraction > 1) {
    issues.push(makeToolIssue('out_of_scale', ['fraction'], { value: fraction, min: 0, max: 1 }));
  }
  let positive = false;
  for (let i = 0; i < base.length; i++) {
    const w = base[i] as number;
    if (!Number.isFinite(w)) issues.push(makeToolIssue('not_finite', ['base', i]));
    else if (w < 0) issues.push(makeToolIssue('negative_weight', ['base', i]));
    else if (w > 0) positive = true;
  }
  if (base.length > 0 && issues.length === 0 && !positive) {
    issues.push(makeToolIssue('zero_weights', ['base']));
  }
  throwIfIssues(issues);
}
