import type { ValueInput } from '../entity/types.js';
import type { Kernel, KernelSector } from './types.js';

/** The kernel's buffers for one chunk (see aggregateChunk), reused chunk after chunk. */
export interface ChunkBuffers {
  /** Node k's entity j at k·stride + j. */
  readonly score: Float64Array;
  /** Per-value leaves write each entity's error here (same layout). */
  readonly valueError: Float64Array;
  /** Per node: the largest error and |score| over the chunk. */
  readonly error: Float64Array;
  readonly magnitude: Float64Array;
  /** 1 while the row's values are all taken by the kernel. */
  readonly ok: Uint8Array;
  readonly bound: Float64Array;
}

/**
 * Scores the leaves of rows `rows[from …from + size)` of one sector into the chunk, leaf by leaf
 * (a Float64Array column through the leaf's loop, anything else value by value), with each
 * leaf's error and magnitude bounds. A value the kernel cannot take (missing, invalid, near a
 * step) clears its row's `ok`: that row goes to the exact path.
 */
export function fillLeaves(
  kernel: Kernel,
  sector: KernelSector,
  columns: ReadonlyArray<Float64Array | readonly ValueInput[] | undefined>,
  rows: Int32Array,
  from: number,
  size: number,
  stride: number,
  buffers: ChunkBuffers,
): void {
  const { score, valueError, error, magnitude, ok, bound } = buffers;
  ok.fill(1, 0, size);
  for (let node = 0; node < kernel.leaves.length; node++) {
    const leaf = kernel.leaves[node];
    if (!leaf || sector.active[node] === 0) continue;
    const column = columns[node];
    const loop = kernel.columns[node];
    if (column instanceof Float64Array && loop) {
      loop(column, rows, from, size, node * stride, score, ok, bound);
      error[node] = bound[0] as number;
      magnitude[node] = bound[1] as number;
      continue;
    }
    let largestError = 0;
    let largestScore = 0;
    for (let j = 0; j < size; j++) {
      const at = node * stride + j;
      const raw = column ? column[rows[from + j] as number] : undefined;
      const present =
        raw !== undefined && raw !== null && !(typeof raw === 'number' && Number.isNaN(raw));
      if (!present || !leaf(raw, at, score, valueError)) {
        ok[j] = 0;
        score[at] = 0;
        continue;
      }
      largestError = Math.max(largestError, valueError[at] as number);
      largestScore = Math.max(largestScore, Math.abs(score[at] as number));
    }
    error[node] = largestError;
    magnitude[node] = largestScore;
  }
}
