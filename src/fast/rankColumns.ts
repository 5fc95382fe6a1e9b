/**
 * Competition ranks (1, 2, 2, 4) of published totals, highest first, over all rows and within each
 * sector's rows; 0 for a row that is not scored (NaN). Totals are integers, so ties are exact.
 */
export function rankColumns(
  totals: Float64Array,
  sectors: Iterable<Int32Array>,
): { overall: Int32Array; sector: Int32Array } {
  const overall = new Int32Array(totals.length);
  const sector = new Int32Array(totals.length);
  const all: Int32Array[] = [];
  for (const rows of sectors) {
    rankInto(totals, rows, sector);
    all.push(rows);
  }
  const every = new Int32Array(all.reduce((n, rows) => n + rows.length, 0));
  let at = 0;
  for (const rows of all) {
    every.set(rows, at);
    at += rows.length;
  }
  rankInto(totals, every, overall);
  return { overall, sector };
}

function rankInto(totals: Float64Array, rows: Int32Array, out: Int32Array): void {
  let count = 0;
  let top = Number.NEGATIVE_INFINITY;
  let bottom = Number.POSITIVE_INFINITY;
  for (let k = 0; k < rows.length; k++) {
    const t = totals[rows[k] as number] as number;
    if (Number.isNaN(t)) continue;
    count++;
    if (t > top) top = t;
    if (t < bottom) bottom = t;
  }
  if (count === 0) return;
  // Sort keys (top − total)·n + k with the engine's native numeric sort, which is much faster
  // than a comparator; exact while the keys stay below 2^53, else the comparator sort.
  const n = rows.length;
  const order = new Int32Array(count);
  if ((top - bottom + 1) * n < 2 ** 53) {
    const keys = new Float64Array(count);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const t = totals[rows[k] as number] as number;
      if (!Number.isNaN(t)) keys[at++] = (top - t) * n + k;
    }
    keys.sort();
    for (let i = 0; i < count; i++) order[i] = rows[(keys[i] as number) % n] as number;
  } else {
    order.set(rows.filter((r) => !Number.isNaN(totals[r] as number)));
    order.sort((a, b) => (totals[b] as number) - (totals[a] as number));
  }
  for (let k = 0; k < count; k++) {
    const row = order[k] as number;
    const previous = order[k - 1];
    out[row] =
      previous !== undefined && totals[previous] === totals[row]
        ? (out[previous] as number)
        : k + 1;
  }
}
