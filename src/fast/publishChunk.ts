import type { RoundingPolicy } from '../primitives/types.js';
import { U } from './float.js';
import { publishScaled } from './publishScaled.js';

// Beyond this the float's integer part is no longer exact (publishScaled's limit, halved).
const LIMIT = 2 ** 49;
// publishScaled's margin, in units of the last published digit.
const MARGIN = 1e-6;

/**
 * Publishes one node's scores of a chunk (`value[offset + j]`, each within ±error, |score| at
 * most `magnitude`) as integer counts of the last decimal into `out[rows[j]]`, for the rows with
 * `ok[j]`; pushes onto `undecided` each j whose bound reaches a rounding boundary. The half-way
 * modes decide in one loop with one bound for the chunk — publishScaled's bound at the largest
 * |score| — and the other modes, or magnitudes beyond exact integers, through publishScaled.
 */
export function publishChunk(
  value: Float64Array,
  offset: number,
  size: number,
  error: number,
  magnitude: number,
  policy: RoundingPolicy,
  ok: Uint8Array,
  rows: Int32Array,
  out: Float64Array,
  undecided: number[],
): void {
  const factor = 10 ** policy.decimals;
  const half = policy.mode === 'half-up' || policy.mode === 'half-even';
  if (!half || !(magnitude * factor < LIMIT)) {
    for (let j = 0; j < size; j++) {
      if (ok[j] === 0) continue;
      const v = publishScaled(value[offset + j] as number, error, policy);
      if (Number.isNaN(v)) undecided.push(j);
      else out[rows[j] as number] = v;
    }
    return;
  }
  // |scaled| ≤ magnitude·factor·(1 + U): 4U covers publishScaled's 2U·|scaled| with room.
  const bound = 2 * (error * factor + 4 * U * magnitude * factor) + MARGIN;
  for (let j = 0; j < size; j++) {
    if (ok[j] === 0) continue;
    const scaled = (value[offset + j] as number) * factor;
    const floor = Math.floor(scaled);
    const fraction = scaled - floor; // exact: scaled and floor share an exponent range
    const distance = fraction - 0.5;
    // Written so that NaN (no score, no bound) is undecided too.
    if (!((distance < 0 ? -distance : distance) > bound)) undecided.push(j);
    else out[rows[j] as number] = fraction > 0.5 ? floor + 1 : floor;
  }
}
