import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import type { Direction } from '../primitives/types.js';

/**
 * Reads the per-criterion directions of a decision matrix: `undefined` means all `higher`;
 * otherwise one `'higher' | 'lower'` per column.
 */
export function readDirections(input: unknown, columns: number, issues: Issue[]): Direction[] {
  if (input === undefined) return Array.from({ length: columns }, () => 'higher');
  if (!Array.isArray(input) || input.length !== columns) {
    issues.push(
      makeToolIssue('length_mismatch', ['options', 'directions'], {
        a: columns,
        b: Array.isArray(input) ? input.length : 0,
      }),
    );
    return Array.from({ length: columns }, () => 'higher');
  }
  return input.map((d, i) => {
    if (d === 'higher' || d === 'lower') return d;
    issues.push(
      makeToolIssue('wrong_value_type', ['options', 'directions', i], {
        leaf: `directions[${i}]`,
        expected: '"higher" or "lower"',
        expectedZh: '"higher"（越大越好）或 "lower"（越小越好）',
      }),
    );
    return 'higher';
  });
}
