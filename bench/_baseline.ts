// The baseline: the same arithmetic as the fast path, hand-written over Float64Array columns with
// nothing else (no error bounds, no validation, no exact recompute): leaf scores, weighted sums
// per sector, the total and each dimension rounded to 2 decimals, ranks overall and per sector —
// the figures the fast path publishes. The practical limit of float64 code on this machine.
import {
  DIMENSIONS,
  dimensionWeights,
  isLog,
  LEAVES,
  leafId,
  lowerOf,
  PER_DIMENSION,
  SECTORS,
  upperOf,
} from './_workload.js';

export function baseline(batch: {
  sectors: readonly string[];
  values: Record<string, Float64Array>;
}): Int32Array {
  const n = batch.sectors.length;
  const sector = Uint8Array.from(batch.sectors, (s) =>
    SECTORS.indexOf(s as (typeof SECTORS)[number]),
  );
  const weight = SECTORS.map((s) => Float64Array.from(dimensionWeights[s], (w) => w / 10));
  const dimension = Array.from({ length: DIMENSIONS }, () => new Float64Array(n));
  for (let k = 0; k < LEAVES; k++) {
    const column = batch.values[leafId(k)] as Float64Array;
    const out = dimension[Math.floor(k / PER_DIMENSION)] as Float64Array;
    const lower = lowerOf(k);
    const upper = upperOf(k);
    if (isLog(k)) {
      const lnLower = Math.log(lower);
      const range = Math.log(upper) - lnLower;
      for (let i = 0; i < n; i++) {
        const x = column[i] as number;
        const t = x <= lower ? 0 : Math.min(1, (Math.log(x) - lnLower) / range);
        out[i] = (out[i] as number) + 12.5 * t;
      }
    } else {
      const range = upper - lower;
      for (let i = 0; i < n; i++) {
        const t = Math.min(1, Math.max(0, ((column[i] as number) - lower) / range));
        out[i] = (out[i] as number) + 12.5 * t;
      }
    }
  }
  // Publish what the fast path publishes: the total and every dimension to 2 decimals …
  const totals = new Float64Array(n);
  const published = Array.from({ length: DIMENSIONS }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const w = weight[sector[i] as number] as Float64Array;
    let total = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      const score = (dimension[d] as Float64Array)[i] as number;
      (published[d] as Float64Array)[i] = Math.round(score * 100);
      total += (w[d] as number) * score;
    }
    totals[i] = Math.round(total * 100);
  }
  // … and rank overall and within each sector (native sort of packed keys, as the fast path).
  const overall = new Int32Array(n);
  rank(
    totals,
    Int32Array.from({ length: n }, (_, i) => i),
    overall,
  );
  const bySector = new Int32Array(n);
  for (let s = 0; s < SECTORS.length; s++) {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (sector[i] === s) rows.push(i);
    rank(totals, Int32Array.from(rows), bySector);
  }
  return overall;
}

function rank(totals: Float64Array, rows: Int32Array, out: Int32Array): void {
  const n = rows.length;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (20_000 - (totals[rows[k] as number] as number)) * n + k;
  keys.sort();
  let previous = -1;
  for (let k = 0; k < n; k++) {
    const row = rows[(keys[k] as number) % n] as number;
    out[row] =
      previous >= 0 && totals[previous] === totals[row] ? (out[previous] as number) : k + 1;
    previous = row;
  }
}
