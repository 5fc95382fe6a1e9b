/**
 * Writes an integer count of the last decimal as a published figure (see the public, checked
 * {@link formatScaled} of formatFigure.ts): unchecked, for the paths that make the counts.
 */
export function formatScaled(scaled: number, decimals: number): string {
  if (decimals === 0) return String(scaled === 0 ? 0 : scaled);
  const abs = Math.abs(scaled);
  const factor = 10 ** decimals;
  // Integer and fraction parts in integer arithmetic (exact below 2^53), corrected by one
  // where the float quotient rounded across an integer.
  let whole = Math.floor(abs / factor);
  let fraction = abs - whole * factor;
  if (fraction < 0) {
    whole -= 1;
    fraction += factor;
  } else if (fraction >= factor) {
    whole += 1;
    fraction -= factor;
  }
  const digits = String(fraction);
  const sign = scaled < 0 ? '-' : '';
  return `${sign}${whole}.${'0'.repeat(decimals - digits.length)}${digits}`;
}
