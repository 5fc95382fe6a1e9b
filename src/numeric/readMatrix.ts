import type { Issue, PathSegment } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from './decimal.js';
import { parseRational } from './parseDecimal.js';
import { showValue } from './showValue.js';

/** A matrix or vector of exact numbers as users pass it: numbers, decimal strings or fractions. */
export type MatrixInput = ReadonlyArray<ReadonlyArray<number | string>>;

/**
 * Reads a rectangular matrix of numbers, decimal strings or fractions ("1/3") exactly, adding an
 * issue for every bad cell (path `[name, i, j]`) and for ragged rows. Returns `undefined` when the
 * matrix is unusable.
 */
export function readMatrix(input: unknown, name: string, issues: Issue[]): Dec[][] | undefined {
  if (
    !Array.isArray(input) ||
    input.length === 0 ||
    // Array.from: a hole is a row (undefined), where every() and map() would pass over it.
    !Array.from(input).every((r) => Array.isArray(r) && r.length > 0)
  ) {
    issues.push(makeToolIssue('not_a_matrix', [name]));
    return undefined;
  }
  const rows = input as unknown[][];
  const width = (rows[0] as unknown[]).length;
  const before = issues.length;
  const matrix = Array.from(rows, (row, i) => {
    if (row.length !== width) {
      issues.push(
        makeToolIssue('ragged_matrix', [name, i], { row: i, length: row.length, expected: width }),
      );
    }
    return Array.from(row, (cell, j) => readCell(cell, [name, i, j], issues));
  });
  return issues.length === before ? matrix : undefined;
}

/** Reads a vector the same way (path `[name, i]`). */
export function readVector(input: unknown, name: string, issues: Issue[]): Dec[] | undefined {
  if (!Array.isArray(input) || input.length === 0) {
    issues.push(makeToolIssue('empty_input', [name]));
    return undefined;
  }
  const before = issues.length;
  const vector = Array.from(input, (cell, i) => readCell(cell, [name, i], issues));
  return issues.length === before ? vector : undefined;
}

function readCell(cell: unknown, path: PathSegment[], issues: Issue[]): Dec {
  const value = parseRational(cell);
  if (value) return value;
  const code = typeof cell === 'number' ? 'not_finite' : 'not_a_number';
  issues.push(makeToolIssue(code, path, { value: showValue(cell) }));
  return new Dec(0);
}
