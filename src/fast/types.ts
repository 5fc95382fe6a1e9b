/**
 * Scores one raw value in float64 into `score[i]` with a bound on its error in `error[i]`.
 * Returns false when the value must go to the exact path: the exact path would reject it (so it
 * reports the issue), or it lies too close to a step of the scoring function.
 */
export type FloatLeaf = (
  raw: unknown,
  i: number,
  score: Float64Array,
  error: Float64Array,
) => boolean;

/**
 * A float leaf over a Float64Array column, fused with its parent's weighted sum: for j < count it
 * scores `values[start + j]` and adds `weight[code[j]]` times the score (the weight of the row's
 * sector, or `weight[0]` when it has one entry; 1 to store the score) to `out[offset + j]`. A value the exact path must take clears `ok[j]`
 * and adds nothing. Writes into `bound` the largest error ([0]) and the largest |score| ([1]) over
 * the chunk, before weighting.
 */
export type FloatColumn = (
  values: Float64Array,
  start: number,
  count: number,
  code: Int32Array,
  weight: Float64Array,
  out: Float64Array,
  offset: number,
  ok: Uint8Array,
  bound: Float64Array,
) => void;

/** A sector of the kernel: float weights and active children, by node index. */
export interface KernelSector {
  readonly active: Uint8Array;
  readonly weight: Float64Array;
  readonly children: ReadonlyArray<Int32Array>;
}

/** The float64 form of a compiled model (see compileKernel). */
export interface Kernel {
  /** Float scorers of absolute leaves, by node index (null for branches and cohort leaves). */
  readonly leaves: ReadonlyArray<FloatLeaf | null>;
  /** Branch operators by node index: 0 arithmetic, 1 minimum; -1 for leaves. */
  readonly operators: Int8Array;
  /** Node indices, children before parents (root last). */
  readonly bottomUp: Int32Array;
  readonly sectors: ReadonlyMap<string, KernelSector>;
  readonly min: number;
  readonly max: number;
}
