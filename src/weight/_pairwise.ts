import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from '../numeric/decimal.js';

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const RECIPROCAL_TOLERANCE = /* @__PURE__ */ new Dec('1e-9');

/** Checks a pairwise comparison matrix: square, positive, unit diagonal, reciprocal. */
export function checkPairwise(a: readonly Dec[][], name: string, issues: Issue[]): void {
  const n = a.length;
  const width = (a[0] as Dec[]).length;
  if (width !== n) {
    issues.push(makeToolIssue('not_square', [name], { rows: n, columns: width }));
    return;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (a[i] as Dec[])[j] as Dec;
      if (!x.greaterThan(0))
        issues.push(makeToolIssue('nonpositive_judgement', [name, i, j], { value: x.toFixed() }));
      else if (i === j && !x.equals(1))
        issues.push(makeToolIssue('diagonal_not_one', [name, i, j], { value: x.toFixed() }));
    }
  }
  if (issues.length > 0) return;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const product = ((a[i] as Dec[])[j] as Dec).times((a[j] as Dec[])[i] as Dec);
      if (product.minus(1).abs().greaterThan(RECIPROCAL_TOLERANCE)) {
        issues.push(
          makeToolIssue('not_reciprocal', [name, j, i], {
            i,
            j,
            product: product.toSignificantDigits(12).toFixed(),
          }),
        );
      }
    }
  }
}

/** Row geometric means, normalised to sum to 1 (Crawford & Williams 1985). */
export function rowGeometricMean(a: readonly Dec[][]): Dec[] {
  const n = a.length;
  const means = a.map((row) => Dec.exp(row.reduce((s, x) => s.plus(Dec.ln(x)), new Dec(0)).div(n)));
  const sum = means.reduce((s, x) => s.plus(x), new Dec(0));
  return means.map((m) => m.div(sum));
}

/**
 * The principal (Perron) eigenvector, normalised to sum to 1: the normalised row sums of A^(2^k),
 * squaring until no component moves by more than `tolerance` (the error shrinks like
 * |λ₂/λ₁|^(2^k), so even badly inconsistent matrices converge in a few dozen squarings).
 */
export function principalEigenvector(
  a: readonly Dec[][],
  tolerance: Dec = new Dec('1e-34'),
): Dec[] {
  let power = a.map((row) => [...row]);
  let w = normalisedRowSums(power);
  for (let k = 0; k < 200; k++) {
    power = square(power);
    const next = normalisedRowSums(power);
    const moved = next.reduce((m, x, i) => Dec.max(m, x.minus(w[i] as Dec).abs()), new Dec(0));
    w = next;
    if (moved.lessThanOrEqualTo(tolerance)) break;
  }
  return w;
}

function normalisedRowSums(m: readonly Dec[][]): Dec[] {
  const sums = m.map((row) => row.reduce((s, x) => s.plus(x), new Dec(0)));
  const total = sums.reduce((s, x) => s.plus(x), new Dec(0));
  return sums.map((x) => x.div(total));
}

// B = A·A, scaled so its entries sum to 1 (the scale does not change the eigenvector).
function square(a: readonly Dec[][]): Dec[][] {
  const n = a.length;
  const b = a.map((row) =>
    Array.from({ length: n }, (_, j) =>
      row.reduce((s, x, k) => s.plus(x.times((a[k] as Dec[])[j] as Dec)), new Dec(0)),
    ),
  );
  const total = b.reduce((s, row) => row.reduce((t, x) => t.plus(x), s), new Dec(0));
  return b.map((row) => row.map((x) => x.div(total)));
}

/** λmax estimated as the mean of (Aw)ᵢ / wᵢ (exact at the principal eigenvector). */
export function lambdaMax(a: readonly Dec[][], w: readonly Dec[]): Dec {
  const aw = multiply(a, w);
  return aw.reduce((s, x, i) => s.plus(x.div(w[i] as Dec)), new Dec(0)).div(w.length);
}

function multiply(a: readonly Dec[][], w: readonly Dec[]): Dec[] {
  return a.map((row) => row.reduce((s, x, j) => s.plus(x.times(w[j] as Dec)), new Dec(0)));
}

const SAATY_SCALE: ReadonlyArray<{ value: Dec; ln: Dec }> = /* @__PURE__ */ (() =>
  [
    ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => new Dec(1).div(k)),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => new Dec(k)),
  ].map((value) => ({ value, ln: Dec.ln(value) })))();

/** The value on Saaty's 1–9 scale (or its reciprocals) nearest to `ratio`, in log distance. */
export function nearestOnSaatyScale(ratio: Dec): Dec {
  const target = Dec.ln(ratio);
  let best = SAATY_SCALE[0] as (typeof SAATY_SCALE)[number];
  for (const s of SAATY_SCALE)
    if (s.ln.minus(target).abs().lessThan(best.ln.minus(target).abs())) best = s;
  return best.value;
}
