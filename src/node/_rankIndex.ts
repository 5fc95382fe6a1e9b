/**
 * Competition ranks ("1224") over a whole file, from the published totals only: add every scored
 * total with its sector, then `rank` gives 1 + the number of totals strictly greater, overall and
 * within the sector — what `score` gives. Totals are integer counts of the last decimal (see
 * scaledFigure), kept in typed arrays sorted natively: 8 bytes per applicant, twice; when they span
 * at most about a million integers, the ranks are then read from counts instead of searched.
 */
export interface RankIndex {
  add(sector: string, total: number): void;
  /** Sorts what was added; call once, before `rank`. */
  freeze(): void;
  rank(sector: string, total: number): { sector: number; overall: number };
}

/** The widest range of totals read from counts (4 bytes a total, per sector and overall). */
const RANGE = 1 << 20;

/** An empty rank index. */
export function rankIndex(): RankIndex {
  const overall: number[] = [];
  const bySector = new Map<string, number[]>();
  let sortedOverall = new Float64Array(0);
  const sorted = new Map<string, Float64Array>();

  /** 1 + the number of values greater than `t` in an ascending array. */
  const rankIn = (values: Float64Array, t: number): number => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[mid] as number) > t) hi = mid;
      else lo = mid + 1;
    }
    return values.length - lo + 1;
  };

  // When the totals span a small range of integers (0 to 10,000 for figures of 0–100.00 at two
  // decimals), the ranks are read from counts: for each total t, how many are greater.
  let low = 0;
  let greaterOverall: Int32Array | null = null;
  const greaterBySector = new Map<string, Int32Array>();
  /** above[t - low] = how many of `values` (ascending) are greater than t. */
  const countsAbove = (values: Float64Array, size: number): Int32Array => {
    const above = new Int32Array(size);
    let j = values.length;
    for (let t = size - 1; t >= 0; t--) {
      while (j > 0 && (values[j - 1] as number) > t + low) j--;
      above[t] = values.length - j;
    }
    return above;
  };

  return {
    add(sector, total) {
      overall.push(total);
      let list = bySector.get(sector);
      if (!list) {
        list = [];
        bySector.set(sector, list);
      }
      list.push(total);
    },
    freeze() {
      sortedOverall = Float64Array.from(overall).sort();
      overall.length = 0;
      for (const [sector, list] of bySector) {
        sorted.set(sector, Float64Array.from(list).sort());
        list.length = 0;
      }
      const n = sortedOverall.length;
      if (n === 0) return;
      low = sortedOverall[0] as number;
      const size = (sortedOverall[n - 1] as number) - low + 1;
      const integral = sortedOverall.every((t) => Number.isInteger(t));
      if (!integral || size > RANGE || size * (sorted.size + 1) > 4 * RANGE) return;
      greaterOverall = countsAbove(sortedOverall, size);
      for (const [sector, values] of sorted) greaterBySector.set(sector, countsAbove(values, size));
    },
    rank(sector, total) {
      const t = total - low;
      if (greaterOverall !== null && Number.isInteger(t) && t >= 0 && t < greaterOverall.length) {
        const inSector = greaterBySector.get(sector);
        return {
          sector: inSector ? (inSector[t] as number) + 1 : 1,
          overall: (greaterOverall[t] as number) + 1,
        };
      }
      return {
        sector: rankIn(sorted.get(sector) ?? new Float64Array(0), total),
        overall: rankIn(sortedOverall, total),
      };
    },
  };
}
