/** Operator codes of the float aggregation: arithmetic, geometric, harmonic, minimum, power. */
export const OPERATOR = { arithmetic: 0, geometric: 1, harmonic: 2, minimum: 3, power: 4 } as const;

/**
 * A branch's value in float64 from its present children's scores and weights (summing to 1), as
 * the exact operators define it; NaN for a negative score under a mean that has none.
 */
export function floatOperator(
  code: number,
  p: number,
  scores: Float64Array,
  weights: Float64Array,
  count: number,
): number {
  if (code === OPERATOR.arithmetic) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += (weights[i] as number) * (scores[i] as number);
    return sum;
  }
  if (code === OPERATOR.minimum) {
    let best = Number.POSITIVE_INFINITY;
    let any = false;
    for (let i = 0; i < count; i++) if ((weights[i] as number) > 0) any = true;
    for (let i = 0; i < count; i++) {
      if (any && !((weights[i] as number) > 0)) continue;
      if ((scores[i] as number) < best) best = scores[i] as number;
    }
    return best;
  }
  for (let i = 0; i < count; i++) if ((scores[i] as number) < 0) return Number.NaN;
  if (code === OPERATOR.geometric) {
    let logSum = 0;
    for (let i = 0; i < count; i++) {
      const w = weights[i] as number;
      if (w === 0) continue;
      if (scores[i] === 0) return 0;
      logSum += w * Math.log(scores[i] as number);
    }
    return Math.exp(logSum);
  }
  if (code === OPERATOR.harmonic) {
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const w = weights[i] as number;
      if (w === 0) continue;
      if (scores[i] === 0) return 0;
      sum += w / (scores[i] as number);
    }
    return 1 / sum;
  }
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const w = weights[i] as number;
    if (w === 0) continue;
    if (scores[i] === 0) {
      if (p < 0) return 0;
      continue;
    }
    sum += w * (scores[i] as number) ** p;
  }
  return sum === 0 ? 0 : sum ** (1 / p);
}
