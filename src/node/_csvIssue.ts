import type { Issue } from 'youpin';
import { tablePath } from './_locator.js';
import { makeNodeIssue } from './_messages.js';
import { type CsvPiece, MAX_RECORD } from './_parseCsv.js';

/**
 * The file issue of a piece of a CSV file, the same read whole or streamed: a row that could not
 * be read (`stray_quote`, `row_too_long`), or a record whose quoted cell runs on into what reads
 * like the next row (`suspicious_quote`, the record is read as it is); null for a plain record.
 */
export function csvIssue(piece: CsvPiece): Issue | null {
  if ('problem' in piece) {
    const { line: row, next } = piece;
    return piece.problem === 'stray_quote'
      ? makeNodeIssue('stray_quote', tablePath(null, row, null), { row, next })
      : makeNodeIssue('row_too_long', tablePath(null, row, null), { row, max: MAX_RECORD });
  }
  if (!piece.suspicious) return null;
  return makeNodeIssue('suspicious_quote', tablePath(null, piece.line, null), {
    row: piece.line,
    line: piece.suspicious.line,
  });
}
