// Kaiser's varimax rotation in decimal, by the algorithm of R's stats::varimax (R Core Team; the
// SVD form of Kaiser 1958, "The varimax criterion for analytic rotation in factor analysis",
// Psychometrika 23, 187–200): rows normalised to unit length (Kaiser normalisation), then
// T ← polar factor of B = Xᵀ(Z³ − Z·diag(ΣZ²)/p), Z = XT, until T settles. R stops once the
// criterion gains less than eps = 1e-5 (relative), at most 1000 iterations; here the iteration
// goes on until no entry of T moves by more than 1e-30, so the rotation is the fixed point itself
// to about 30 digits, whatever eps R would have stopped at. The polar factor U Vᵀ of B (its SVD)
// is B (BᵀB)^(−1/2), with BᵀB diagonalised by Jacobi.
import { Dec, ONE, ZERO } from '../numeric/decimal.js';
import { jacobiEigen } from './_jacobi.js';

const CHANGE = /* @__PURE__ */ new Dec('1e-30');
const MAX_ITERATIONS = 1000;

type Matrix = readonly (readonly Dec[])[];

/** The rotated loadings (p × k), whether the rotation settled within 1000 iterations, and how many it took. */
export function varimax(loadings: Matrix): {
  rotated: Dec[][];
  converged: boolean;
  iterations: number;
} {
  const first = loadings[0] ?? [];
  // A row of zeros (a constant indicator) stays zero: it has no direction to normalise.
  const norms = loadings.map((row) => dot(row, row).sqrt());
  const x = loadings.map((row, i) => row.map((v) => (v.isZero() ? v : v.div(norms[i] as Dec))));
  let t: Matrix = first.map((_, i) => first.map((__, j) => (i === j ? ONE : ZERO)));
  let converged = first.length < 2;
  let iterations = 0;
  while (!converged && iterations < MAX_ITERATIONS) {
    iterations++;
    const z = times(x, t);
    const mean = transpose(z).map((column) => dot(column, column).div(z.length));
    const b = times(
      transpose(x),
      z.map((row) => row.map((v, j) => v.pow(3).minus(v.times(mean[j] as Dec)))),
    );
    const next = polar(b);
    if (!next) break; // B singular: no unique rotation improves on T
    const previous = t;
    converged = next.every((row, i) =>
      row.every((v, j) =>
        v
          .minus((previous[i] as Dec[])[j] as Dec)
          .abs()
          .lte(CHANGE),
      ),
    );
    t = next;
  }
  const rotated = times(x, t).map((row, i) => row.map((v) => v.times(norms[i] as Dec)));
  return { rotated, converged, iterations };
}

/** U Vᵀ of B's SVD, as B (BᵀB)^(−1/2) = B V Λ^(−1/2) Vᵀ; `null` when B is singular. */
function polar(b: Matrix): Dec[][] | null {
  const { values, vectors } = jacobiEigen(times(transpose(b), b));
  const largest = Dec.max(...values);
  if (values.some((v) => v.lte(largest.times('1e-30')))) return null;
  const scaled = vectors.map((row) => row.map((v, e) => v.div((values[e] as Dec).sqrt())));
  return times(b, times(scaled, transpose(vectors)));
}

function dot(a: readonly Dec[], b: readonly Dec[]): Dec {
  return a.reduce((s, v, i) => s.plus(v.times(b[i] as Dec)), ZERO);
}

function times(a: Matrix, b: Matrix): Dec[][] {
  const columns = transpose(b);
  return a.map((row) => columns.map((column) => dot(row, column)));
}

function transpose(a: Matrix): Dec[][] {
  return (a[0] ?? []).map((_, j) => a.map((row) => row[j] as Dec));
}
