import type { SobolOutputs } from './sobolIndices.js';

/** Where the kernel works: each output f becomes f·scale − shift; V ≤ floor means constant. */
export interface SobolFrame {
  /** A power of two, so scaling is exact and cannot change any index. */
  readonly scale: number;
  /** Near the scaled mean, subtracted before squaring so sums of squares do not cancel. */
  readonly shift: number;
  /** Variance (scaled units) at or below which the output counts as constant. */
  readonly floor: number;
}

/**
 * The Sobol estimators on one set of rows — all N rows for the estimate, a bootstrap resample
 * for a replicate — writing S and ST for every input at `first[offset + i]`, `total[offset + i]`.
 * A resample is given as `counts`: how many times each row was drawn (sums over the resample are
 * then Σⱼ countⱼ·…, read in row order, which is faster than gathering rows at random).
 *
 * With outputs centred on m, the mean of the chosen fA and fB values:
 * - V = (1/2N) Σⱼ [(fAⱼ − m)² + (fBⱼ − m)²], the variance of fA and fB together;
 * - Vᵢ = (1/N) Σⱼ (fBⱼ − m)(fABᵢⱼ − fAⱼ)   (Saltelli et al. 2010);
 * - VTᵢ = (1/2N) Σⱼ (fAⱼ − fABᵢⱼ)²          (Jansen 1999);
 * - Sᵢ = Vᵢ / V, STᵢ = VTᵢ / V, or 0 when V ≤ `floor` (a constant output).
 *
 * The kernel reads the outputs through `frame` (scaled by a power of two, shifted near the mean),
 * so sums of squares neither overflow nor cancel.
 *
 * @returns V for these rows, in scaled units
 */
export function accumulateSobol(
  outputs: SobolOutputs,
  frame: SobolFrame,
  counts: Float64Array | null,
  first: Float64Array,
  total: Float64Array,
  offset: number,
): number {
  const { fA, fB, fAB } = outputs;
  const { scale, shift, floor } = frame;
  const n = fA.length;
  let sum = 0;
  let squares = 0;
  for (let j = 0; j < n; j++) {
    const c = counts === null ? 1 : (counts[j] as number);
    const a = (fA[j] as number) * scale - shift;
    const b = (fB[j] as number) * scale - shift;
    sum += c * (a + b);
    squares += c * (a * a + b * b);
  }
  const mean = sum / (2 * n);
  const variance = Math.max(0, squares / (2 * n) - mean * mean);
  const constant = variance <= floor;
  for (let i = 0; i < fAB.length; i++) {
    const column = fAB[i] as Float64Array;
    let cross = 0;
    let differences = 0;
    let squaredDifferences = 0;
    for (let j = 0; j < n; j++) {
      const c = counts === null ? 1 : (counts[j] as number);
      const d = ((column[j] as number) - (fA[j] as number)) * scale;
      const cd = c * d;
      cross += ((fB[j] as number) * scale - shift) * cd;
      differences += cd;
      squaredDifferences += cd * d;
    }
    // Σ (fB − m)·d = Σ (fB − shift)·d − (m − shift)·Σ d, with `mean` already relative to shift.
    const firstOrder = (cross - mean * differences) / n;
    const totalEffect = squaredDifferences / (2 * n);
    first[offset + i] = constant ? 0 : firstOrder / variance;
    total[offset + i] = constant ? 0 : totalEffect / variance;
  }
  return variance;
}
