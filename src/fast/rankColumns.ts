/**
 * Competition ranks (1, 2, 2, 4) of published totals, highest first, over all rows and within each
 * sector's rows; 0 for a row that is not scored (NaN) or whose sector code is negative. Totals
 * are integer counts of the last decimal, so ties are exact, and a rank is one plus the number of
 * higher totals: counted (a counting sort, O(n) where a comparison sort is O(n log n)) when the
 * range of totals is no wider than a few times the rows, else through a sort.
 */
export function rankColumns(
  totals: Float64Array,
  sectorOf: Int32Array,
  sectors: number,
): { overall: Int32Array; sector: Int32Array } {
  const n = totals.length;
  const overall = new Int32Array(n);
  const sector = new Int32Array(n);
  // Per sector and, last, overall: the highest and lowest total and how many there are.
  const all = sectors;
  const top = new Float64Array(sectors + 1).fill(Number.NEGATIVE_INFINITY);
  const bottom = new Float64Array(sectors + 1).fill(Number.POSITIVE_INFINITY);
  const count = new Int32Array(sectors + 1);
  let integers = true;
  for (let row = 0; row < n; row++) {
    const t = totals[row] as number;
    const s = sectorOf[row] as number;
    if (Number.isNaN(t) || s < 0) continue;
    if (t !== Math.floor(t)) integers = false;
    count[s] = (count[s] as number) + 1;
    if (t > (top[s] as number)) top[s] = t;
    if (t < (bottom[s] as number)) bottom[s] = t;
    count[all] = (count[all] as number) + 1;
    if (t > (top[all] as number)) top[all] = t;
    if (t < (bottom[all] as number)) bottom[all] = t;
  }
  // Rows per total, by distance from the group's top: for the groups that count.
  const counted = Array.from(count, (size, g) => {
    const width = (top[g] as number) - (bottom[g] as number) + 1;
    return integers && size > 0 && width <= 4 * size + 1024 ? new Int32Array(width) : null;
  });
  const overallCounts = counted[all];
  for (let row = 0; row < n; row++) {
    const t = totals[row] as number;
    const s = sectorOf[row] as number;
    if (Number.isNaN(t) || s < 0) continue;
    const own = counted[s];
    if (own) own[(top[s] as number) - t] = (own[(top[s] as number) - t] as number) + 1;
    if (overallCounts)
      overallCounts[(top[all] as number) - t] =
        (overallCounts[(top[all] as number) - t] as number) + 1;
  }
  // … then, in place, how many rows hold a higher total.
  for (const histogram of counted) {
    if (!histogram) continue;
    let seen = 0;
    for (let d = 0; d < histogram.length; d++) {
      const here = histogram[d] as number;
      histogram[d] = seen;
      seen += here;
    }
  }
  for (let row = 0; row < n; row++) {
    const t = totals[row] as number;
    const s = sectorOf[row] as number;
    if (Number.isNaN(t) || s < 0) continue;
    const own = counted[s];
    if (own) sector[row] = (own[(top[s] as number) - t] as number) + 1;
    if (overallCounts) overall[row] = (overallCounts[(top[all] as number) - t] as number) + 1;
  }
  for (let g = 0; g <= sectors; g++) {
    if (counted[g] || count[g] === 0) continue;
    sortRanks(
      totals,
      sectorOf,
      g === all ? -1 : g,
      count[g] as number,
      integers,
      g === all ? overall : sector,
    );
  }
  return { overall, sector };
}

// Ranks by sorting. Integer totals: keys (top − total)·n + k sorted with the engine's native
// numeric sort, much faster than a comparator, exact while the keys stay below 2^53; else the
// comparator sort. `only` ≥ 0 keeps that sector's rows.
function sortRanks(
  totals: Float64Array,
  sectorOf: Int32Array,
  only: number,
  size: number,
  integers: boolean,
  out: Int32Array,
): void {
  const rows = new Int32Array(size);
  let at = 0;
  let top = Number.NEGATIVE_INFINITY;
  let bottom = Number.POSITIVE_INFINITY;
  for (let row = 0; row < totals.length; row++) {
    const t = totals[row] as number;
    const s = sectorOf[row] as number;
    if (Number.isNaN(t) || s < 0 || (only >= 0 && s !== only)) continue;
    rows[at++] = row;
    if (t > top) top = t;
    if (t < bottom) bottom = t;
  }
  const order = new Int32Array(size);
  if (integers && (top - bottom + 1) * size < 2 ** 53) {
    const keys = new Float64Array(size);
    for (let k = 0; k < size; k++)
      keys[k] = (top - (totals[rows[k] as number] as number)) * size + k;
    keys.sort();
    for (let i = 0; i < size; i++) order[i] = rows[(keys[i] as number) % size] as number;
  } else {
    order.set(rows);
    order.sort((a, b) => (totals[b] as number) - (totals[a] as number));
  }
  for (let k = 0; k < size; k++) {
    const row = order[k] as number;
    const previous = order[k - 1];
    out[row] =
      previous !== undefined && totals[previous] === totals[row]
        ? (out[previous] as number)
        : k + 1;
  }
}
