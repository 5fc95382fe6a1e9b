import { checkReport } from '../error/checkArgument.js';
import { Dec } from '../numeric/decimal.js';
import { exactString } from '../numeric/settle.js';
import type { EntityStatus, Report } from '../score/types.js';

/** One entity present in both reports. */
export interface ReportChange {
  readonly id: string;
  readonly sector: { readonly a: string | null; readonly b: string | null };
  readonly status: { readonly a: EntityStatus; readonly b: EntityStatus };
  readonly total: { readonly a: string | null; readonly b: string | null };
  readonly rank: { readonly a: number | null; readonly b: number | null };
  /** rank a − rank b: positive when the entity moved up. Null unless scored in both. */
  readonly moved: number | null;
  readonly selected: { readonly a: boolean | null; readonly b: boolean | null };
  readonly band: { readonly a: string | null; readonly b: string | null };
}

/** What {@link compareReports} returns. */
export interface ReportComparison {
  /** Entities scored in both reports: the pairs the correlations are computed on. */
  readonly compared: number;
  /** Spearman's ρ of the overall totals (average ranks for ties; Pearson on the ranks). Null below 2 pairs or without spread. */
  readonly spearman: string | null;
  /** Kendall's τ-b of the overall totals (ties corrected). Null below 2 pairs or without spread. */
  readonly kendallTauB: string | null;
  /** Every entity present in both, in the order of report a, with its changes. */
  readonly entities: readonly ReportChange[];
  /** Scored in both, sorted by |moved| (largest first), then by id. */
  readonly movers: readonly ReportChange[];
  /** Selected in b but not a, and in a but not b. */
  readonly entered: readonly string[];
  readonly left: readonly string[];
  /** Ids in only one report. */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  readonly numbers: { readonly spearman: number | null; readonly kendallTauB: number | null };
}

/**
 * Compares two reports entity by entity (matched by id): Spearman's ρ and Kendall's τ-b between
 * the totals, rank movers, and changes of status, selection and band. Works for two models on
 * one batch (a researcher's other weighting) or one model on two batches (two years).
 *
 * ρ is Pearson's correlation of the fractional ranks (Spearman 1904); τ-b = (C − D) / √((n₀ −
 * n₁)(n₀ − n₂)) with the tie corrections n₁, n₂ (Kendall 1945), counted in O(n log n) (Knight
 * 1966), so a province-wide pool compares in well under a second. Both are computed exactly on
 * the published totals of the entities scored in both reports.
 *
 * @param a - the reference report
 * @param b - the report to compare with it
 * @returns the correlations, the movers and the selection changes
 * @example
 * ```ts
 * import { compareReports, score } from 'youpin';
 * const model = { id: 'm', version: '1', name: { zh: '模型', en: 'Model' },
 *   tree: { id: 't', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'x', label: { zh: 'x', en: 'x' }, scoring: { method: 'direct' as const } },
 *     { id: 'y', label: { zh: 'y', en: 'y' }, scoring: { method: 'direct' as const } }] },
 *   sectors: [{ id: 's', label: { zh: '全部', en: 'All' } }] };
 * const rows = [{ id: 'A', sector: 's', values: { x: 90, y: 10 } }, { id: 'B', sector: 's', values: { x: 20, y: 70 } },
 *   { id: 'C', sector: 's', values: { x: 50, y: 50 } }];
 * const byX = score({ ...model, profile: { weights: { x: 0.8, y: 0.2 } } }, rows);
 * const byY = score({ ...model, profile: { weights: { x: 0.2, y: 0.8 } } }, rows);
 * compareReports(byX, byY).spearman; // → '-1'
 * compareReports(byX, byY).movers.map((m) => `${m.id} ${m.moved}`); // → [ 'A -2', 'B 2', 'C 0' ]
 * ```
 */
export function compareReports(a: Report, b: Report): ReportComparison {
  checkReport(a, 'a');
  checkReport(b, 'b');
  const inB = new Map(b.entities.filter((e) => e.id !== null).map((e) => [e.id as string, e]));
  const inA = new Set(a.entities.map((e) => e.id).filter((id): id is string => id !== null));
  const entities: ReportChange[] = [];
  for (const x of a.entities) {
    const y = x.id === null ? undefined : inB.get(x.id);
    if (!y || x.id === null) continue;
    const rank = { a: x.rank.overall, b: y.rank.overall };
    entities.push({
      id: x.id,
      sector: { a: x.sector, b: y.sector },
      status: { a: x.status, b: y.status },
      total: { a: x.total, b: y.total },
      rank,
      moved: rank.a !== null && rank.b !== null ? rank.a - rank.b : null,
      selected: { a: x.selection?.selected ?? null, b: y.selection?.selected ?? null },
      band: { a: x.selection?.band?.id ?? null, b: y.selection?.band?.id ?? null },
    });
  }
  const pairs = entities.filter((e) => e.total.a !== null && e.total.b !== null);
  const xs = pairs.map((e) => new Dec(e.total.a as string));
  const ys = pairs.map((e) => new Dec(e.total.b as string));
  const rho = spearman(xs, ys);
  const tau = kendallTauB(xs, ys);
  const movers = [...pairs].sort(
    (p, q) =>
      Math.abs(q.moved ?? 0) - Math.abs(p.moved ?? 0) || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0),
  );
  return {
    compared: pairs.length,
    spearman: rho === null ? null : exactString(rho),
    kendallTauB: tau === null ? null : exactString(tau),
    entities,
    movers,
    entered: entities
      .filter((e) => e.selected.b === true && e.selected.a !== true)
      .map((e) => e.id),
    left: entities.filter((e) => e.selected.a === true && e.selected.b !== true).map((e) => e.id),
    onlyInA: [...inA].filter((id) => !inB.has(id)),
    onlyInB: [...inB.keys()].filter((id) => !inA.has(id)),
    numbers: { spearman: rho?.toNumber() ?? null, kendallTauB: tau?.toNumber() ?? null },
  };
}

function fractionalRanks(xs: readonly Dec[]): Dec[] {
  const order = xs.map((x, i) => ({ x, i })).sort((p, q) => p.x.comparedTo(q.x));
  const ranks: Dec[] = xs.map(() => new Dec(0));
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (
      j + 1 < order.length &&
      (order[j + 1] as { x: Dec }).x.equals((order[i] as { x: Dec }).x)
    )
      j++;
    const average = new Dec(i + j + 2).div(2);
    for (let k = i; k <= j; k++) ranks[(order[k] as { i: number }).i] = average;
    i = j + 1;
  }
  return ranks;
}

function spearman(xs: readonly Dec[], ys: readonly Dec[]): Dec | null {
  if (xs.length < 2) return null;
  const [rx, ry] = [fractionalRanks(xs), fractionalRanks(ys)];
  const mean = (v: readonly Dec[]) => v.reduce((s, x) => s.plus(x), new Dec(0)).div(v.length);
  const [mx, my] = [mean(rx), mean(ry)];
  let sxy = new Dec(0);
  let sxx = new Dec(0);
  let syy = new Dec(0);
  rx.forEach((x, i) => {
    const [dx, dy] = [x.minus(mx), (ry[i] as Dec).minus(my)];
    sxy = sxy.plus(dx.times(dy));
    sxx = sxx.plus(dx.pow(2));
    syy = syy.plus(dy.pow(2));
  });
  if (sxx.isZero() || syy.isZero()) return null;
  return sxy.div(sxx.times(syy).sqrt());
}

// Kendall's τ-b in O(n log n) (Knight 1966): order the pairs by x then y; the pairs discordant
// are the inversions of y in that order, counted while merge-sorting it; ties come from the runs.
// C − D = n₀ − n₁ − n₂ + n₃ − 2D, with n₃ the pairs tied in both. Counts stay exact below 2^53.
function kendallTauB(xs: readonly Dec[], ys: readonly Dec[]): Dec | null {
  const n = xs.length;
  if (n < 2) return null;
  const [rx, ry] = [denseRanks(xs), denseRanks(ys)];
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (rx[i] as number) - (rx[j] as number) || (ry[i] as number) - (ry[j] as number),
  );
  const pairs = (t: number) => (t * (t - 1)) / 2;
  let tiesX = 0;
  let tiesBoth = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && rx[order[j + 1] as number] === rx[order[i] as number]) j++;
    tiesX += pairs(j - i + 1);
    for (let k = i; k <= j; ) {
      let l = k;
      while (l + 1 <= j && ry[order[l + 1] as number] === ry[order[k] as number]) l++;
      tiesBoth += pairs(l - k + 1);
      k = l + 1;
    }
    i = j + 1;
  }
  const counts = new Map<number, number>();
  for (const r of ry) counts.set(r, (counts.get(r) ?? 0) + 1);
  let tiesY = 0;
  for (const t of counts.values()) tiesY += pairs(t);
  const discordant = inversions(Float64Array.from(order, (i) => ry[i] as number));
  const n0 = pairs(n);
  const denominator = new Dec(n0 - tiesX).times(n0 - tiesY);
  if (denominator.isZero()) return null;
  return new Dec(n0 - tiesX - tiesY + tiesBoth - 2 * discordant).div(denominator.sqrt());
}

// 0, 1, 2 … by value (equal values share a rank), compared as exact decimals.
function denseRanks(values: readonly Dec[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((i, j) => (values[i] as Dec).comparedTo(values[j] as Dec));
  const ranks = new Array<number>(values.length);
  let rank = -1;
  order.forEach((i, k) => {
    if (k === 0 || !(values[i] as Dec).equals(values[order[k - 1] as number] as Dec)) rank++;
    ranks[i] = rank;
  });
  return ranks;
}

// Pairs i < j with a[i] > a[j] (strictly), by a bottom-up merge sort (sorts `a` in place).
function inversions(a: Float64Array<ArrayBuffer>): number {
  let count = 0;
  let from: Float64Array<ArrayBuffer> = a;
  let to = new Float64Array(a.length);
  for (let width = 1; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let [i, j, k] = [lo, mid, lo];
      while (i < mid && j < hi) {
        if ((from[j] as number) < (from[i] as number)) {
          count += mid - i;
          to[k++] = from[j++] as number;
        } else to[k++] = from[i++] as number;
      }
      while (i < mid) to[k++] = from[i++] as number;
      while (j < hi) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  return count;
}
