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
 * A float leaf over a Float64Array column: scores `values[rows[from + j]]` for j < count into
 * `score` at `offset + j`, clears `ok[j]` for a value the exact path must take, and writes into
 * `bound` the largest error ([0]) and the largest |score| ([1]) over the chunk.
 */
export type FloatColumn = (
  values: Float64Array,
  rows: Int32Array,
  from: number,
  count: number,
  offset: number,
  score: Float64Array,
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
  /** Column forms of the leaves that have one (linear, log), by node index. */
  readonly columns: ReadonlyArray<FloatColumn | null>;
  /** Branch operators by node index: 0 arithmetic, 1 minimum; -1 for leaves. */
  readonly operators: Int8Array;
  /** Node indices, children before parents (root last). */
  readonly bottomUp: Int32Array;
  readonly sectors: ReadonlyMap<string, KernelSector>;
  readonly min: number;
  readonly max: number;
}
