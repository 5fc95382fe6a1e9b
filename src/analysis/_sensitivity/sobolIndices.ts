import type { Issue } from '../../error/issue.js';
import { makeToolIssue } from '../../error/toolMessages.js';
import { throwIfIssues } from '../../numeric/throwIfIssues.js';
import { accumulateSobol } from './accumulateSobol.js';
import { createRandom, type Random } from './createRandom.js';
import { quantileSorted } from './quantileSorted.js';

/** Model outputs on the Saltelli design, all of length N. */
export interface SobolOutputs {
  /** f on the rows of A. */
  readonly fA: Float64Array;
  /** f on the rows of B (independent of A). */
  readonly fB: Float64Array;
  /** fAB[i]: f on A with input (or group) i taken from B — Saltelli's A_B^(i). */
  readonly fAB: readonly Float64Array[];
}

/** Options of {@link sobolIndices}. */
export interface SobolIndicesOptions {
  /** Bootstrap resamples of the rows: 0 (none) or at least 2; default 1000. */
  readonly bootstrap?: number | undefined;
  /** Confidence level of the percentile intervals, in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The stream that draws the resamples; default `createRandom(0)`. */
  readonly random?: Random | undefined;
}

/** One index with its bootstrap uncertainty (null without a bootstrap). */
export interface SobolEstimate {
  readonly estimate: number;
  /** Standard deviation of the bootstrap replicates (divisor B − 1). */
  readonly standardError: number | null;
  /** Percentile interval: the (1 − level)/2 and (1 + level)/2 quantiles of the replicates. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** First-order and total indices of one input or group. */
export interface SobolIndex {
  readonly first: SobolEstimate;
  readonly total: SobolEstimate;
}

/** What {@link sobolIndices} returns; every number is finite. */
export interface SobolIndices {
  readonly estimator: { readonly first: 'saltelli2010'; readonly total: 'jansen1999' };
  /** N, the rows of A (and of B). */
  readonly n: number;
  /** Mean of fA and fB together. */
  readonly mean: number;
  /** Variance of fA and fB together (divisor 2N); saturates at Number.MAX_VALUE. */
  readonly variance: number;
  /** The output does not vary (sd ≤ 1e-12 × max |f|): every index is 0. */
  readonly constantOutput: boolean;
  readonly bootstrap: {
    readonly resamples: number;
    readonly level: number;
    readonly interval: 'percentile';
  } | null;
  /** One entry per fAB column, in order. */
  readonly indices: readonly SobolIndex[];
}

const RELATIVE_NOISE = 1e-12;

/**
 * Estimates first-order and total Sobol indices from model outputs on the radial design of
 * Saltelli et al. (2010), "Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index", Computer Physics Communications 181, 259–270.
 *
 * With m and V the mean and variance of fA and fB together (2N values, divisor 2N):
 * - first order, Saltelli 2010: Sᵢ = (1/N) Σⱼ (fBⱼ − m)(fABᵢⱼ − fAⱼ) / V — centring fB on m
 *   leaves the expectation unchanged and keeps the output's level out of the error (as SALib);
 * - total, Jansen (1999), "Analysis of variance designs for model output", Computer Physics
 *   Communications 117, 35–43: STᵢ = (1/2N) Σⱼ (fAⱼ − fABᵢⱼ)² / V.
 * Estimates are not clipped to [0, 1]; sampling error can put them slightly outside.
 *
 * Uncertainty: B bootstrap resamples of the row index j (all arrays resampled together, Efron &
 * Tibshirani 1993), each recomputing m, V and every index; the standard error is the sd of the
 * replicates and the interval their percentile interval at `level` (quantiles by Hyndman & Fan
 * definition 7). Row indices are ⌊U·N⌋ with 53-bit U.
 *
 * A constant output (sd ≤ 1e-12 × max |f|, i.e. float64 round-off) gives every index, error and
 * bound 0 and `constantOutput: true`; a resample that happens to be constant counts as 0. Outputs
 * are rescaled by a power of two internally, so no intermediate overflows.
 *
 * @param outputs - fA, fB and the k arrays fAB, each of length N ≥ 2, all finite
 * @param options - bootstrap resamples, confidence level, random stream
 * @returns the indices, their uncertainty and the estimator names
 * @throws YoupinError `too_few_values` (N < 2), `length_mismatch`, `not_finite` (the first
 *   non-finite value of each array), `out_of_scale` (bootstrap, level)
 */
export function sobolIndices(
  outputs: SobolOutputs,
  options: SobolIndicesOptions = {},
): SobolIndices {
  const { fA, fB, fAB } = outputs;
  const resamples = options.bootstrap ?? 1000;
  const level = options.level ?? 0.95;
  checkInput(outputs, resamples, level);
  const n = fA.length;
  const k = fAB.length;

  let maxAbs = 0;
  for (const values of [fA, fB, ...fAB]) {
    for (let j = 0; j < n; j++) maxAbs = Math.max(maxAbs, Math.abs(values[j] as number));
  }
  const scale = maxAbs === 0 ? 1 : scaleBelowOne(maxAbs);
  let sum = 0;
  for (let j = 0; j < n; j++) sum += (fA[j] as number) * scale + (fB[j] as number) * scale;
  const shift = sum / (2 * n);
  const floor = (RELATIVE_NOISE * maxAbs * scale) ** 2;

  const first = new Float64Array(k);
  const total = new Float64Array(k);
  const frame = { scale, shift, floor };
  const variance = accumulateSobol(outputs, frame, null, first, total, 0);
  const constantOutput = variance <= floor;
  // The shift cancels in `variance`; the mean adds back what the kernel measured relative to it.
  let relative = 0;
  for (let j = 0; j < n; j++) {
    relative += (fA[j] as number) * scale - shift + ((fB[j] as number) * scale - shift);
  }
  const mean = (shift + relative / (2 * n)) / scale;

  const firstReplicates = new Float64Array(constantOutput ? 0 : resamples * k);
  const totalReplicates = new Float64Array(constantOutput ? 0 : resamples * k);
  if (resamples > 0 && !constantOutput) {
    const random = options.random ?? createRandom(0);
    const counts = new Float64Array(n);
    for (let b = 0; b < resamples; b++) {
      counts.fill(0);
      for (let r = 0; r < n; r++) {
        const j = Math.min(n - 1, Math.floor(random.next() * n));
        counts[j] = (counts[j] as number) + 1;
      }
      accumulateSobol(outputs, frame, counts, firstReplicates, totalReplicates, b * k);
    }
  }

  const column = new Float64Array(resamples);
  const summarise = (estimate: number, replicates: Float64Array, i: number): SobolEstimate => {
    if (resamples === 0) return { estimate, standardError: null, lower: null, upper: null };
    if (constantOutput) return { estimate: 0, standardError: 0, lower: 0, upper: 0 };
    let average = 0;
    for (let b = 0; b < resamples; b++) {
      const x = replicates[b * k + i] as number;
      column[b] = x;
      average += x;
    }
    average /= resamples;
    let squares = 0;
    for (let b = 0; b < resamples; b++) squares += ((column[b] as number) - average) ** 2;
    column.sort();
    return {
      estimate,
      standardError: Math.sqrt(squares / (resamples - 1)),
      lower: quantileSorted(column, (1 - level) / 2),
      upper: quantileSorted(column, (1 + level) / 2),
    };
  };

  const indices: SobolIndex[] = [];
  for (let i = 0; i < k; i++) {
    indices.push({
      first: summarise(first[i] as number, firstReplicates, i),
      total: summarise(total[i] as number, totalReplicates, i),
    });
  }
  return {
    estimator: { first: 'saltelli2010', total: 'jansen1999' },
    n,
    mean,
    variance: Math.min(Number.MAX_VALUE, variance / scale / scale),
    constantOutput,
    bootstrap: resamples === 0 ? null : { resamples, level, interval: 'percentile' },
    indices,
  };
}

// 2^-(e+1) for max |f| in [2^e, 2^(e+1)): scaled outputs lie in (−1, 1), exactly (power of two).
function scaleBelowOne(maxAbs: number): number {
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, maxAbs);
  const exponent = ((bits.getUint32(0) >>> 20) & 0x7ff) - 1023;
  const power = Math.min(1022, Math.max(-1022, -(exponent + 1)));
  bits.setUint32(0, (power + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

function checkInput(outputs: SobolOutputs, resamples: number, level: number): void {
  const { fA, fB, fAB } = outputs;
  const issues: Issue[] = [];
  const n = fA.length;
  if (n < 2) {
    issues.push(makeToolIssue('too_few_values', ['fA'], { method: 'Sobol estimation', min: 2 }));
  }
  const arrays: [readonly (string | number)[], Float64Array][] = [
    [['fA'], fA],
    [['fB'], fB],
    ...fAB.map((values, i): [readonly (string | number)[], Float64Array] => [['fAB', i], values]),
  ];
  for (const [path, values] of arrays) {
    if (values.length !== n) {
      issues.push(makeToolIssue('length_mismatch', path, { a: n, b: values.length }));
      continue;
    }
    for (let j = 0; j < n; j++) {
      if (!Number.isFinite(values[j])) {
        issues.push(makeToolIssue('not_finite', [...path, j]));
        break;
      }
    }
  }
  if (!Number.isSafeInteger(resamples) || resamples < 0 || resamples === 1) {
    issues.push(
      makeToolIssue('out_of_scale', ['bootstrap'], { value: resamples, min: 2, max: 'Infinity' }),
    );
  }
  if (!Number.isFinite(level) || level <= 0 || level >= 1) {
    issues.push(makeToolIssue('out_of_scale', ['level'], { value: level, min: 0, max: 1 }));
  }
  throwIfIssues(issues);
}
