import { Dec } from './decimal.js';

// The natural logarithm at the library's 40 digits, equal to `Dec.ln(x)` and 10–20 times faster.
// decimal.js sums its series in decimal at 50 digits (about 10 µs a call); here the logarithm is
// computed in binary fixed point (BigInt, F fractional bits ≈ 60 digits) with a bound on its error,
// and rounded half-up to 40 significant digits. decimal.js's result is the correctly rounded value
// unless the true value lies within its own tiny error of a rounding midpoint, so where this
// bound (widened by a margin of 10⁻⁴ of the last digit) cannot rule out a midpoint, decimal.js
// decides: the two agree on every input (test/numeric/ln.test.ts compares them on 10⁵ values).

const F = 200n;
const UNIT = 1n << F;
const TABLE_BITS = 6n; // a table of ln(1 + j/64) reduces the argument below 1 + 1/64
const GUARD = 6; // decimal digits computed beyond the 40 kept
const HALF = 500_000n; // 0.5 in units of the guard digits
const MARGIN = 100n; // 10⁻⁴ of the last kept digit, in units of the guard digits
const POW10: bigint[] = Array.from({ length: 120 }, (_, i) => 10n ** BigInt(i));

type Constants = { readonly ln2: bigint; readonly ln10: bigint; readonly table: bigint[] };
let constants: Constants | undefined;

/** 2·atanh(z) for a fixed-point z; each of the n terms is truncated (error ≤ 2(n + 2) units). */
function twiceAtanh(z: bigint): bigint {
  const z2 = (z * z) >> F;
  let power = z;
  let sum = z;
  for (let k = 3n; power !== 0n; k += 2n) {
    power = (power * z2) >> F;
    sum += power / k;
  }
  return 2n * sum;
}

/** ln((q + p) / (q − p)) = 2·atanh(p/q): the constants are off by well under 1,000 units. */
function lnRatio(p: bigint, q: bigint): bigint {
  return twiceAtanh((p << F) / q);
}

function load(): Constants {
  if (constants) return constants;
  const ln2 = lnRatio(1n, 3n);
  const ln10 = 3n * ln2 + lnRatio(1n, 9n); // ln 10 = 3 ln 2 + ln(10/8)
  const size = 1 << Number(TABLE_BITS);
  const table = Array.from({ length: size }, (_, j) => lnRatio(BigInt(j), BigInt(2 * size + j)));
  constants = { ln2, ln10, table };
  return constants;
}

/**
 * ln x rounded to 40 significant digits half-up, or `undefined` where this cannot be sure to equal
 * `Dec.ln(x)`: x ≤ 0, beyond 10^±40 or longer than 56 digits, or too near a rounding midpoint.
 */
export function lnFixedPoint(x: Dec): Dec | undefined {
  if (!x.isFinite() || !x.isPositive() || x.isZero() || Math.abs(x.e) > 40 || x.d.length > 8) {
    return undefined;
  }
  if (x.eq(1)) return new Dec(0);
  const { ln2, ln10, table } = load();

  // x = n / 10^scale, exactly.
  const text = x.toFixed();
  const dot = text.indexOf('.');
  const scale = dot < 0 ? 0 : text.length - dot - 1;
  const n = BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));

  // n = 2^k · m with m in [1, 2), held exactly (n has at most 8 × 7 = 56 digits < 2^F).
  let k = Math.floor(Math.log2(Number(n)));
  if (n >> BigInt(k) >= 2n) k++;
  if (n >> BigInt(k) === 0n) k--;
  const m = n << (F - BigInt(k));

  // m = (1 + j/64) · m′ with m′ in [1, 1 + 1/64); ln m′ = 2·atanh((m′ − 1) / (m′ + 1)).
  const j = (m - UNIT) >> (F - TABLE_BITS);
  const reduced = (m << F) / (UNIT + (j << (F - TABLE_BITS)));
  const series = twiceAtanh(((reduced - UNIT) << F) / (reduced + UNIT));
  const value = BigInt(k) * ln2 + (table[Number(j)] as bigint) + series - BigInt(scale) * ln10;
  // Units of 2^-F: ln 2 and ln 10 are each off by < 1,000 (times k and scale), the table entry by
  // < 140, the series and the two divisions before it by < 64.
  const error = 1000n * (BigInt(k) + BigInt(scale)) + 1000n;

  // Scale |value| to 40 + GUARD digits: V ≈ |value| · 10^q, within `slack` of the true figure.
  const magnitude = value < 0n ? -value : value;
  let q =
    39 + GUARD - Math.floor(Math.log10(Number(magnitude)) - Number(F) * Math.LOG10E * Math.LN2);
  let scaled = q >= 0 && q < POW10.length ? (magnitude * (POW10[q] as bigint)) >> F : -1n;
  if (scaled >= (POW10[40 + GUARD] as bigint)) {
    q--;
    scaled = (magnitude * (POW10[q] as bigint)) >> F;
  } else if (scaled >= 0n && scaled < (POW10[39 + GUARD] as bigint)) {
    q++;
    scaled = q < POW10.length ? (magnitude * (POW10[q] as bigint)) >> F : -1n;
  }
  if (scaled < 0n || q < GUARD) return undefined;
  const slack = ((error * (POW10[q] as bigint)) >> F) + 2n;
  const rest = scaled % (POW10[GUARD] as bigint);
  const distance = rest > HALF ? rest - HALF : HALF - rest;
  if (distance <= slack + MARGIN) return undefined; // too near a midpoint to decide here
  // Just above a power of ten, the true value may lie just below it, with one digit fewer and
  // so another rounding grid (|ln x| below about 10⁻¹⁴): leave those to decimal.js too.
  if (scaled - (POW10[39 + GUARD] as bigint) <= slack) return undefined;

  const kept = scaled / (POW10[GUARD] as bigint) + (rest >= HALF ? 1n : 0n);
  return new Dec(`${value < 0n ? '-' : ''}${kept}e-${q - GUARD}`);
}
