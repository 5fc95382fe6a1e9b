import { U } from './float.js';
import type { Kernel, KernelSector } from './types.js';

/**
 * Aggregates `rows` entities of one sector, bottom-up, in place. `score` holds one block of
 * `stride` floats per node (node k's entity j at k·stride + j); the caller fills the leaves.
 *
 * Error bounds are per node for the whole chunk, not per entity, so the inner loops do the same
 * arithmetic as plain float64 code: `error[k]` bounds |float − exact| of node k for every entity
 * of the chunk and `magnitude[k]` bounds |score|; the caller sets them for the leaves, this sets
 * them for the branches. A weighted sum errs by Σ wᶜ·errorᶜ from its children plus the roundoff
 * of m products and sums over Σ wᶜ·magnitudeᶜ (weights are off by U each), doubled for safety.
 */
export function aggregateChunk(
  kernel: Kernel,
  sector: KernelSector,
  rows: number,
  stride: number,
  score: Float64Array,
  error: Float64Array,
  magnitude: Float64Array,
): void {
  const { bottomUp, operators } = kernel;
  for (let n = 0; n < bottomUp.length; n++) {
    const node = bottomUp[n] as number;
    const op = operators[node] as number;
    if (op < 0 || sector.active[node] === 0) continue;
    const children = sector.children[node] as Int32Array;
    const base = node * stride;
    const m = children.length;
    if (op === 0) {
      score.fill(0, base, base + rows);
      let inherited = 0;
      let size = 0;
      for (let k = 0; k < m; k++) {
        const c = children[k] as number;
        const w = sector.weight[c] as number;
        inherited += w * (error[c] as number);
        size += w * (magnitude[c] as number);
        const cb = c * stride;
        for (let j = 0; j < rows; j++)
          score[base + j] = (score[base + j] as number) + w * (score[cb + j] as number);
      }
      error[node] = inherited * (1 + 4 * U) + 2 * (m + 3) * U * size;
      magnitude[node] = size * (1 + 2 * (m + 3) * U);
    } else {
      // minimum over the children with a positive weight (all of them when none has one).
      let anyPositive = false;
      for (let k = 0; k < m; k++)
        if ((sector.weight[children[k] as number] as number) > 0) anyPositive = true;
      let bound = 0;
      let size = 0;
      for (let k = 0; k < m; k++) {
        const c = children[k] as number;
        if (anyPositive && !((sector.weight[c] as number) > 0)) continue;
        bound = Math.max(bound, error[c] as number);
        size = Math.max(size, magnitude[c] as number);
      }
      for (let j = 0; j < rows; j++) {
        let best = Number.POSITIVE_INFINITY;
        for (let k = 0; k < m; k++) {
          const c = children[k] as number;
          if (anyPositive && !((sector.weight[c] as number) > 0)) continue;
          const s = score[c * stride + j] as number;
          if (s < best) best = s;
        }
        score[base + j] = best;
      }
      error[node] = bound;
      magnitude[node] = size;
    }
  }
}
