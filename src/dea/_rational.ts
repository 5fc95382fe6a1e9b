// Exact rational numbers on BigInt, for the benefit-of-the-doubt LPs: every input is a finite
// decimal (a rational), so an optimal vertex, its score and its duals are rationals too, and are
// computed here without any rounding.
import { Dec } from '../numeric/decimal.js';

/** n / d in lowest terms, d > 0. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

export const Q0: Q = { n: 0n, d: 1n };
export const Q1: Q = { n: 1n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Q {
  if (n === 0n) return Q0;
  const g = gcd(n, d);
  const sign = d < 0n ? -1n : 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** A finite decimal (e.g. from readMatrix) as the rational it is. */
export function fromDec(x: Dec): Q {
  const [whole, fraction = ''] = x.toFixed().split('.');
  return make(
    BigInt(`${whole}${fraction}`.replace('-', '')) * (x.isNegative() ? -1n : 1n),
    10n ** BigInt(fraction.length),
  );
}

export const add = (a: Q, b: Q): Q => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => make(a.n * b.n, a.d * b.d);
/** a / b; b must not be 0. */
export const div = (a: Q, b: Q): Q => make(a.n * b.d, a.d * b.n);
export const neg = (a: Q): Q => ({ n: -a.n, d: a.d });
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x > 0n ? 1 : x < 0n ? -1 : 0;
};
export const sign = (a: Q): number => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);

/** Σ aᵢ bᵢ. */
export function dot(a: readonly Q[], b: readonly Q[]): Q {
  let s = Q0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Q;
    const y = b[i] as Q;
    if (x.n !== 0n && y.n !== 0n) s = add(s, mul(x, y));
  }
  return s;
}

/** The nearest float64 (for the solver and for cheap comparisons). */
export function toFloat(a: Q): number {
  return Number(a.n) / Number(a.d);
}

/** To the library's 40 significant digits. */
export function toDec(a: Q): Dec {
  return new Dec(a.n.toString()).div(a.d.toString());
}

/** "n/d", or "n" for an integer. */
export function fractionString(a: Q): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}

/**
 * Solves the square system M x = r exactly; `null` when M is singular. Each row is scaled to
 * integers and eliminated fraction-free (Bareiss 1968, "Sylvester's identity and multistep
 * integer-preserving Gaussian elimination"): every division is exact and no gcd is taken until the
 * back substitution, which keeps a 10 × 10 system fast.
 */
export function solve(matrix: readonly (readonly Q[])[], rhs: readonly Q[]): Q[] | null {
  const n = rhs.length;
  const a = matrix.map((row, i) => {
    const cells = [...row, rhs[i] as Q];
    const scale = cells.reduce((l, q) => (q.d === 1n ? l : (l / gcd(l, q.d)) * q.d), 1n);
    return cells.map((q) => (q.n * scale) / q.d);
  });
  let previous = 1n;
  for (let k = 0; k < n; k++) {
    const pivot = a.findIndex((row, i) => i >= k && row[k] !== 0n);
    if (pivot === -1) return null;
    [a[k], a[pivot]] = [a[pivot] as bigint[], a[k] as bigint[]];
    const p = a[k] as bigint[];
    const pk = p[k] as bigint;
    for (let i = k + 1; i < n; i++) {
      const row = a[i] as bigint[];
      const ik = row[k] as bigint;
      for (let j = k + 1; j <= n; j++)
        row[j] = ((row[j] as bigint) * pk - ik * (p[j] as bigint)) / previous;
      row[k] = 0n;
    }
    previous = pk;
  }
  const x = new Array<Q>(n).fill(Q0);
  for (let i = n - 1; i >= 0; i--) {
    const row = a[i] as bigint[];
    let s = make(row[n] as bigint, 1n);
    for (let j = i + 1; j < n; j++)
      if (row[j] !== 0n) s = sub(s, mul(make(row[j] as bigint, 1n), x[j] as Q));
    x[i] = div(s, make(row[i] as bigint, 1n));
  }
  return x;
}
