/**
 * Competition ranks ("1224") over a whole file, from the published totals only: add every scored
 * total with its sector, then `rank` gives 1 + the number of totals strictly greater, overall and
 * within the sector — what `score` gives. Totals are integer counts of the last decimal (see
 * scaledFigure), kept in typed arrays sorted natively: 8 bytes per applicant, twice.
 */
export interface RankIndex {
  add(sector: string, total: number): void;
  /** Sorts what was added; call once, before `rank`. */
  freeze(): void;
  rank(sector: string, total: number): { sector: number; overall: number };
}

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
    },
    rank(sector, total) {
      return {
        sector: rankIn(sorted.get(sector) ?? new Float64Array(0), total),
        overall: rankIn(sortedOverall, total),
      };
    },
  };
}
