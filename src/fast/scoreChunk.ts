import type { ValueInput } from '../entity/types.js';
import { U } from './float.js';
import type { ColumnPlan } from './planColumns.js';
import type { Kernel, KernelSector } from './types.js';

/** The buffers of one chunk of rows, reused chunk after chunk. */
export interface ChunkBuffers {
  /** Node k's row j at k·stride + j (branches, and leaves that are stored). */
  readonly score: Float64Array;
  /** One column's values gathered for the chunk, or a per-value leaf's scores and errors. */
  readonly scratch: Float64Array;
  readonly scratchError: Float64Array;
  /** Per node: the largest error and |score| over the chunk. */
  readonly error: Float64Array;
  readonly magnitude: Float64Array;
  /** Per row of the chunk: 1 while the kernel takes all its values, its sector code, its row. */
  readonly ok: Uint8Array;
  readonly code: Int32Array;
  readonly rows: Int32Array;
  readonly bound: Float64Array;
}

/**
 * Scores one chunk of rows, leaves and branches, in one walk up the tree: each leaf's loop adds
 * its weighted scores straight into its parent's sum (leaf scores are never stored), each branch
 * into its own parent's. Rows `start …start + size` of the columns when `start` ≥ 0, else the
 * rows listed in `buffers.rows` (one sector's, gathered). The caller sets `ok`, `code` and `rows`.
 *
 * Error bounds are per node for the whole chunk, not per row, so the inner loops do the
 * arithmetic of plain float64 code: `error[k]` bounds |float − exact| of node k for every row of
 * the chunk and `magnitude[k]` bounds |score|. A weighted sum errs by Σ wᶜ·errorᶜ from its children
 * plus the roundoff of m products and sums over Σ wᶜ·magnitudeᶜ (weights are off by U each),
 * doubled for safety; wᶜ is the child's largest share over the sectors.
 */
export function scoreChunk(
  kernel: Kernel,
  plan: ColumnPlan,
  sector: KernelSector,
  columns: ReadonlyArray<Float64Array | readonly ValueInput[] | undefined>,
  start: number,
  size: number,
  stride: number,
  buffers: ChunkBuffers,
): void {
  const { score, error, magnitude, code } = buffers;
  for (let i = 0; i < plan.cleared.length; i++) {
    const k = plan.cleared[i] as number;
    score.fill(0, k * stride, k * stride + size);
  }
  const { bottomUp, operators } = kernel;
  for (let n = 0; n < bottomUp.length; n++) {
    const k = bottomUp[n] as number;
    if (sector.active[k] === 0) continue;
    const op = operators[k] as number;
    if (op < 0) {
      scoreLeaf(kernel, plan, k, columns[k], start, size, stride, buffers);
      continue;
    }
    const children = sector.children[k] as Int32Array;
    const m = children.length;
    const base = k * stride;
    if (op === 0) {
      // The children have added themselves in already.
      let inherited = 0;
      let total = 0;
      for (let i = 0; i < m; i++) {
        const c = children[i] as number;
        const w = plan.largest[c] as number;
        inherited += w * (error[c] as number);
        total += w * (magnitude[c] as number);
      }
      error[k] = inherited * (1 + 4 * U) + 2 * (m + 3) * U * total;
      magnitude[k] = total * (1 + 2 * (m + 3) * U);
    } else minimum(sector, children, base, size, stride, buffers, k);
    const t = plan.target[k] as number;
    if (t === k) continue;
    const f = plan.factor[k] as Float64Array;
    const one = f.length === 1;
    const to = t * stride;
    for (let j = 0; j < size; j++) {
      const w = (one ? f[0] : f[code[j] as number]) as number;
      score[to + j] = (score[to + j] as number) + w * (score[base + j] as number);
    }
  }
}

// A leaf's scores added into its target: through its column loop, else value by value.
function scoreLeaf(
  kernel: Kernel,
  plan: ColumnPlan,
  k: number,
  column: Float64Array | readonly ValueInput[] | undefined,
  start: number,
  size: number,
  stride: number,
  buffers: ChunkBuffers,
): void {
  const { score, scratch, scratchError, error, magnitude, ok, code, rows, bound } = buffers;
  const to = (plan.target[k] as number) * stride;
  const f = plan.factor[k] as Float64Array;
  const loop = plan.loops[k];
  if (column instanceof Float64Array && loop) {
    if (start >= 0) loop(column, start, size, code, f, score, to, ok, bound);
    else {
      for (let j = 0; j < size; j++) scratch[j] = column[rows[j] as number] as number;
      loop(scratch, 0, size, code, f, score, to, ok, bound);
    }
    error[k] = bound[0] as number;
    magnitude[k] = bound[1] as number;
    return;
  }
  const leaf = kernel.leaves[k];
  let largestError = 0;
  let largestScore = 0;
  for (let j = 0; j < size; j++) {
    const raw = column ? column[rows[j] as number] : undefined;
    const present =
      raw !== undefined && raw !== null && !(typeof raw === 'number' && Number.isNaN(raw));
    if (!present || !leaf?.(raw, j, scratch, scratchError)) {
      ok[j] = 0;
      continue;
    }
    const s = scratch[j] as number;
    const w = (f.length === 1 ? f[0] : f[code[j] as number]) as number;
    score[to + j] = (score[to + j] as number) + w * s;
    largestError = Math.max(largestError, scratchError[j] as number);
    largestScore = Math.max(largestScore, Math.abs(s));
  }
  error[k] = largestError;
  magnitude[k] = largestScore;
}

// The minimum over the children with a positive weight (all of them when none has one).
function minimum(
  sector: KernelSector,
  children: Int32Array,
  base: number,
  size: number,
  stride: number,
  buffers: ChunkBuffers,
  k: number,
): void {
  const { score, error, magnitude } = buffers;
  const m = children.length;
  let anyPositive = false;
  for (let i = 0; i < m; i++)
    if ((sector.weight[children[i] as number] as number) > 0) anyPositive = true;
  let bound = 0;
  let largest = 0;
  for (let i = 0; i < m; i++) {
    const c = children[i] as number;
    if (anyPositive && !((sector.weight[c] as number) > 0)) continue;
    bound = Math.max(bound, error[c] as number);
    largest = Math.max(largest, magnitude[c] as number);
  }
  for (let j = 0; j < size; j++) {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const c = children[i] as number;
      if (anyPositive && !((sector.weight[c] as number) > 0)) continue;
      const s = score[c * stride + j] as number;
      if (s < best) best = s;
    }
    score[base + j] = best;
  }
  error[k] = bound;
  magnitude[k] = largest;
}
