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
  if (scaled === 0) return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, '0');
  const sign = scaled < 0 ? '-' : '';
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
