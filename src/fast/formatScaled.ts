/**
 * Writes an integer count of the last decimal as a published figure: 6388 at 2 decimals is
 * "63.88", -5 is "-0.05", and 0 is "0.00" (never "-0.00"). Used for the figures of
 * {@link scoreColumns}.
 *
 * @param scaled - an integer: the figure times 10^decimals
 * @param decimals - the publication's decimals
 * @returns the figure as `score()` would publish it
 * @example
 * ```ts
 * import { formatScaled } from 'youpin';
 * formatScaled(6388, 2); // → '63.88'
 * formatScaled(-5, 2); // → '-0.05'
 * ```
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
