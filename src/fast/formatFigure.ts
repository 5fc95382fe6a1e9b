import { makeIssue } from '../error/messages.js';
import { YoupinError } from '../error/YoupinError.js';
import { showValue } from '../numeric/showValue.js';
import { formatScaled as unchecked } from './formatScaled.js';

/**
 * Writes an integer count of the last decimal as a published figure: 6388 at 2 decimals is
 * "63.88", -5 is "-0.05", and 0 is "0.00" (never "-0.00"). Used for the figures of
 * {@link scoreColumns}.
 *
 * @param scaled - an integer: the figure times 10^decimals (a safe integer)
 * @param decimals - the publication's decimals (a whole number from 0 to 20)
 * @returns the figure as `score()` would publish it
 * @throws YoupinError `out_of_domain` for a count that is not a safe integer (NaN, as
 *   `scoreColumns` gives for a row it did not publish, 1.5, 1e21) or decimals outside 0–20
 * @example
 * ```ts
 * import { formatScaled } from 'youpin';
 * formatScaled(6388, 2); // → '63.88'
 * formatScaled(-5, 2); // → '-0.05'
 * ```
 */
export function formatScaled(scaled: number, decimals: number): string {
  const bad = (name: string, value: unknown, min: string, max: string) =>
    makeIssue('out_of_domain', [name], {
      value: showValue(value),
      label: name,
      labelZh: name,
      min,
      max,
      integer: 1,
    });
  const issues = [];
  if (!Number.isSafeInteger(scaled))
    issues.push(
      bad('scaled', scaled, String(-Number.MAX_SAFE_INTEGER), String(Number.MAX_SAFE_INTEGER)),
    );
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    issues.push(bad('decimals', decimals, '0', '20'));
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
  return unchecked(scaled, decimals);
}
