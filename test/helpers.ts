import { expect } from 'vitest';
import { isYoupinError } from 'youpin';
import { cellText, isBlank } from '../src/node/_cells.js';
import type { CsvPiece } from '../src/node/_csvSplitter.js';
import { cellAt, cellCount, LineRow } from '../src/node/_lineRow.js';

/** Runs `fn`, expects a YoupinError, and returns its issue codes with their joined paths. */
export function issuesOf(fn: () => unknown): Array<{ code: string; path: string }> {
  try {
    fn();
  } catch (error) {
    expect(isYoupinError(error)).toBe(true);
    if (!isYoupinError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageZh.length).toBeGreaterThan(0);
    }
    return error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
  }
  throw new Error('expected a YoupinError, but nothing was thrown');
}

/**
 * A control or bidi character that showText escapes (C0, DEL, C1, U+061C, U+200E/F,
 * U+2028–202E, U+2066–2069): text that a message, a log or a terminal shows must not contain one.
 */
export const UNSAFE_TEXT: RegExp =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are looked for on purpose.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** The control and bidi characters that hostile names and cells are made of, in tests. */
export const CONTROL_CHARACTERS: readonly string[] = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
];

/** The cells of one CSV line (RFC 4180 quotes: quoted fields, doubled quotes). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A minimal RFC 4180 reader for the tests: LF lines, each split by {@link splitCsvLine}. */
export function parseCsvText(text: string): string[][] {
  return text.split('\n').slice(0, -1).map(splitCsvLine);
}

/**
 * The pieces of the streamed CSV splitter as parseCsv gives them: a record on one line (a LineRow,
 * read by the places of its cells) as its line and cells. Each of its cells is also read the ways
 * the reader and the row programme read it (one cell, its text, whether it is blank, whether the
 * row has any text), and must agree with the cells made all at once.
 */
export function plainPieces(pieces: readonly CsvPiece[]): CsvPiece[] {
  return pieces.map((piece) => {
    if (!(piece instanceof LineRow)) return piece;
    const fresh = new LineRow(
      piece.line,
      piece.text,
      piece.start,
      piece.ends,
      piece.at,
      piece.count,
      piece.quoted,
    );
    const cells = [...piece.cells];
    expect(fresh.count).toBe(cells.length);
    for (let k = -1; k <= cells.length; k++) {
      expect(fresh.cell(k)).toBe(cells[k]);
      expect(fresh.textOf(k)).toBe(cellText(cells[k]));
      expect(fresh.isBlank(k)).toBe(isBlank(cells[k]));
      expect(cellAt(fresh, k)).toBe(cells[k]);
    }
    expect(fresh.hasText()).toBe(cells.some((c) => c.trim() !== ''));
    expect(cellCount(fresh)).toBe(cells.length);
    return { line: piece.line, cells };
  });
}
