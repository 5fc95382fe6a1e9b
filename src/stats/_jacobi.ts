// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations (Golub &
// Van Loan, Matrix Computations, §8.5), in decimal: sweeps until every off-diagonal entry is
// below 1e-34 of the matrix's scale, so the 28 digits kept are exact.
import { Dec, ONE, ZERO } from '../numeric/decimal.js';

const TINY = /* @__PURE__ */ new Dec('1e-34');
const MAX_SWEEPS = 100;

/** Eigenvalues (unsorted) and the eigenvectors as the columns of `vectors`. */
export function jacobiEigen(symmetric: readonly (readonly Dec[])[]): {
  values: Dec[];
  vectors: Dec[][];
} {
  const n = symmetric.length;
  const a = symmetric.map((row) => [...row]);
  const v = a.map((_, i) => a.map((__, j) => (i === j ? ONE : ZERO)));
  const at = (i: number, j: number): Dec => (a[i] as Dec[])[j] as Dec;
  const scale = a.reduce((s, row) => row.reduce((t, x) => Dec.max(t, x.abs()), s), ZERO);
  const limit = scale.isZero() ? TINY : scale.times(TINY);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = ZERO;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off = Dec.max(off, at(p, q).abs());
    if (off.lte(limit)) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q);
        if (apq.abs().lte(limit)) continue;
        // t = tan θ, the smaller root of t² + 2τt − 1 = 0 with τ = (a_qq − a_pp) / (2 a_pq).
        const tau = at(q, q).minus(at(p, p)).div(apq.times(2));
        const root = tau.pow(2).plus(1).sqrt();
        const t = (tau.isNegative() ? ONE.neg() : ONE).div(tau.abs().plus(root));
        const c = ONE.div(t.pow(2).plus(1).sqrt());
        const s = t.times(c);
        for (let k = 0; k < n; k++) {
          const akp = at(k, p);
          const akq = at(k, q);
          (a[k] as Dec[])[p] = c.times(akp).minus(s.times(akq));
          (a[k] as Dec[])[q] = s.times(akp).plus(c.times(akq));
        }
        for (let k = 0; k < n; k++) {
          const apk = at(p, k);
          const aqk = at(q, k);
          (a[p] as Dec[])[k] = c.times(apk).minus(s.times(aqk));
          (a[q] as Dec[])[k] = s.times(apk).plus(c.times(aqk));
        }
        for (let k = 0; k < n; k++) {
          const vkp = (v[k] as Dec[])[p] as Dec;
          const vkq = (v[k] as Dec[])[q] as Dec;
          (v[k] as Dec[])[p] = c.times(vkp).minus(s.times(vkq));
          (v[k] as Dec[])[q] = s.times(vkp).plus(c.times(vkq));
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i] as Dec), vectors: v };
}
