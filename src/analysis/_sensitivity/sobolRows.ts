import { createRandom } from './createRandom.js';

/** Model outputs of Sobol rows [from, to): on A, on B, and on each group's A_B^(g). */
export interface SobolRowOutputs {
  readonly fA: Float64Array;
  readonly fB: Float64Array;
  readonly fAB: Float64Array[];
}

/**
 * Evaluates rows [from, to) of the radial design of {@link estimateSobol}, with the same streams
 * (row j of A from `root.fork(0).fork(j)`, of B from `root.fork(1).fork(j)`): every split of the
 * rows, on any number of workers, gives the same outputs as one pass.
 */
export function sobolRows(
  options: {
    readonly k: number;
    readonly seed: number | string;
    readonly sampleRow: (random: ReturnType<typeof createRandom>, out: Float64Array) => void;
    readonly evaluate: (row: Float64Array) => number;
    readonly groups: readonly (readonly number[])[];
  },
  from: number,
  to: number,
): SobolRowOutputs {
  const { k, sampleRow, evaluate, groups } = options;
  const root = createRandom(options.seed);
  const streamA = root.fork(0);
  const streamB = root.fork(1);
  const rowA = new Float64Array(k);
  const rowB = new Float64Array(k);
  const scratch = new Float64Array(k);
  const size = Math.max(0, to - from);
  const fA = new Float64Array(size);
  const fB = new Float64Array(size);
  const fAB = groups.map(() => new Float64Array(size));
  for (let j = from; j < to; j++) {
    rowA.fill(0);
    sampleRow(streamA.fork(j), rowA);
    rowB.fill(0);
    sampleRow(streamB.fork(j), rowB);
    scratch.set(rowA);
    fA[j - from] = evaluate(scratch);
    scratch.set(rowB);
    fB[j - from] = evaluate(scratch);
    for (let g = 0; g < groups.length; g++) {
      scratch.set(rowA);
      for (const column of groups[g] as readonly number[]) scratch[column] = rowB[column] as number;
      (fAB[g] as Float64Array)[j - from] = evaluate(scratch);
    }
  }
  return { fA, fB, fAB };
}
