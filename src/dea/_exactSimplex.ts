// A small dense simplex in exact rationals with Bland's rule (which cannot cycle), for the rare
// benefit-of-the-doubt LP whose float basis does not certify: maximise cᵀx subject to A x ≤ b and
// x ≥ 0, with Chvátal's auxiliary problem (one artificial variable) when some bᵢ < 0
// (Chvátal, Linear Programming, 1983, ch. 3).
import { cmp, div, mul, neg, type Q, Q0, Q1, sign, sub } from './_rational.js';

export type SimplexResult =
  | { readonly status: 'optimal'; readonly x: Q[] }
  | { readonly status: 'infeasible' | 'unbounded' };

export function exactSimplex(
  c: readonly Q[],
  a: readonly (readonly Q[])[],
  b: readonly Q[],
): SimplexResult {
  const n = c.length;
  const rows = a.length;
  // Columns: x (n), slacks (rows), the artificial x₀ (last).
  const width = n + rows + 1;
  const artificial = n + rows;
  const t: Q[][] = a.map((row, i) => {
    const line = new Array<Q>(width).fill(Q0);
    row.forEach((v, j) => {
      line[j] = v;
    });
    line[n + i] = Q1;
    line[artificial] = neg(Q1);
    return line;
  });
  const rhs = [...b];
  const basis = a.map((_, i) => n + i);

  const pivot = (r: number, e: number) => {
    const row = t[r] as Q[];
    const p = row[e] as Q;
    for (let j = 0; j < width; j++) row[j] = div(row[j] as Q, p);
    rhs[r] = div(rhs[r] as Q, p);
    for (let i = 0; i < rows; i++) {
      const other = t[i] as Q[];
      const f = other[e] as Q;
      if (i === r || sign(f) === 0) continue;
      for (let j = 0; j < width; j++)
        if (sign(row[j] as Q) !== 0) other[j] = sub(other[j] as Q, mul(f, row[j] as Q));
      rhs[i] = sub(rhs[i] as Q, mul(f, rhs[r] as Q));
    }
    basis[r] = e;
  };

  // Bland: the entering column of smallest index with a positive reduced cost, the leaving row
  // by the ratio test with ties to the smallest basic index. `allowed` masks columns out.
  const optimise = (cost: readonly Q[], allowed: (j: number) => boolean): boolean => {
    for (;;) {
      let entering = -1;
      for (let j = 0; j < width && entering === -1; j++) {
        if (!allowed(j) || basis.includes(j)) continue;
        let reduced = cost[j] as Q;
        for (let i = 0; i < rows; i++)
          reduced = sub(reduced, mul(cost[basis[i] as number] as Q, (t[i] as Q[])[j] as Q));
        if (sign(reduced) > 0) entering = j;
      }
      if (entering === -1) return true;
      let leaving = -1;
      let best: Q = Q0;
      for (let i = 0; i < rows; i++) {
        const v = (t[i] as Q[])[entering] as Q;
        if (sign(v) <= 0) continue;
        const ratio = div(rhs[i] as Q, v);
        const order = leaving === -1 ? -1 : cmp(ratio, best);
        if (order < 0 || (order === 0 && (basis[i] as number) < (basis[leaving] as number))) {
          leaving = i;
          best = ratio;
        }
      }
      if (leaving === -1) return false;
      pivot(leaving, entering);
    }
  };

  const lowest = rhs.reduce((k, v, i) => (cmp(v, rhs[k] as Q) < 0 ? i : k), 0);
  if (rows > 0 && sign(rhs[lowest] as Q) < 0) {
    // Phase 1: maximise −x₀; x₀ enters at the most negative row, which makes every rhs ≥ 0.
    pivot(lowest, artificial);
    const phase1 = new Array<Q>(width).fill(Q0);
    phase1[artificial] = neg(Q1);
    optimise(phase1, () => true);
    const at = basis.indexOf(artificial);
    if (at !== -1) {
      if (sign(rhs[at] as Q) !== 0) return { status: 'infeasible' };
      const e = (t[at] as Q[]).findIndex((v, j) => j !== artificial && sign(v) !== 0);
      if (e !== -1) pivot(at, e);
    }
  }
  const cost = new Array<Q>(width).fill(Q0);
  c.forEach((v, j) => {
    cost[j] = v;
  });
  if (!optimise(cost, (j) => j !== artificial)) return { status: 'unbounded' };
  const x = new Array<Q>(n).fill(Q0);
  basis.forEach((j, i) => {
    if (j < n) x[j] = rhs[i] as Q;
  });
  return { status: 'optimal', x };
}
