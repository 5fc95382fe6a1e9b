// A small RFC 4180 reader: fields separated by a delimiter (a comma by default), records by CR,
// LF or CRLF; a field in double quotes may hold delimiters, line breaks and doubled quotes ("").
// Lenient where spreadsheets are: a quote inside an unquoted field is kept as text, and text
// after a closing quote is appended to the field. A leading byte-order mark is dropped; lines
// that are entirely empty are skipped (they still count for the line numbers). Fields are cut
// out with slices, never built a character at a time, so a file of 100 000 rows reads quickly.
//
// Two rules are shared with the streaming reader (_csvSplitter.ts), so that a file read whole
// and a file read as a stream give the same rows:
// - a record longer than MAX_RECORD characters is not read: `row_too_long` (one line; reading
//   goes on at the next record) or, when a quoted field runs it over several lines, a stray quote
//   (`stray_quote`; reading goes on at the line after the one it starts on);
// - a quoted field that spans lines, where a line after a break has as many cells as the header,
//   is flagged (`suspicious`): a stray quote has probably merged the next row into this cell, and
//   the cell counts still match, so nothing else would say so.

/** The longest record read, in characters (1 MiB), on both paths. */
export const MAX_RECORD: number = 1 << 20;

/** One record of a CSV text, with the line on which it starts (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
  /**
   * A quoted cell spans lines and its line `line` (of the file) has as many cells as the header:
   * probably two rows merged by a stray quote. The record is read as it is; this says so.
   */
  readonly suspicious?: { readonly line: number };
}

/** A row that could not be read: a stray quote, or a row too long to hold. */
export interface CsvBreak {
  readonly line: number;
  readonly problem: 'stray_quote' | 'row_too_long';
  /** The line reading goes on at (for a stray quote: the next one). */
  readonly next: number;
}

/** What the readers give back: records and unreadable rows, in file order. */
export type CsvPiece = CsvRecord | CsvBreak;

/** What {@link parseCsv} returns. */
export interface CsvText {
  /** The records and the rows that could not be read, in file order. */
  readonly records: readonly CsvPiece[];
  /**
   * Set when a quoted field is never closed: the line on which the broken record starts and the
   * last line of the text. That record and everything after it are not in `records`.
   */
  readonly unterminated: { readonly line: number; readonly last: number } | null;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The number of line breaks (CRLF, CR or LF) in a text. */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * In a quoted cell that spans lines: the index (1, 2 …) of its first line after a break that has
 * `width` cells, as many as the header (a whole row); 0 when none has, or the header has fewer
 * than two cells.
 */
export function rowInCell(value: string, delimiter: string, width: number | null): number {
  if (width === null || width < 2) return 0;
  const lines = value.split(/\r\n|\r|\n/);
  for (let k = 1; k < lines.length; k++) {
    if ((lines[k] as string).split(delimiter).length === width) return k;
  }
  return 0;
}

/**
 * The break of a record longer than MAX_RECORD that starts at `from` on line `line`: a stray
 * quote when a quoted field runs it over several lines (`spans`) and its first line is not too
 * long itself, else a row too long. Either way reading goes on at the next line.
 */
export function tooLong(text: string, from: number, line: number, spans: boolean): CsvBreak {
  let end = from;
  while (end < text.length && end - from <= MAX_RECORD) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    end++;
  }
  const problem = spans && end - from <= MAX_RECORD ? 'stray_quote' : 'row_too_long';
  return { line, problem, next: line + 1 };
}

/** The index after the first line break at or after `from` (the end when there is none). */
export function afterBreak(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) return j + 1;
    if (c === CR) return text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
  }
  return text.length;
}

/**
 * Splits CSV text into records of cells.
 *
 * @param text - the decoded text
 * @param delimiter - one character; `,` by default
 */
export function parseCsv(text: string, delimiter = ','): CsvText {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  const sep = delimiter.charCodeAt(0);
  /** The index of the next delimiter or line break at or after `from` (or the end). */
  const next = (from: number): number => {
    let j = from;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (c === sep || c === LF || c === CR) return j;
      j++;
    }
    return n;
  };
  const records: CsvPiece[] = [];
  let width: number | null = null; // the header's cells: the first record with a non-blank cell
  let line = 1;
  let i = 0;

  while (i < n) {
    const start = line;
    const from0 = i;
    const cells: string[] = [];
    let quoted = false;
    let suspicious: number | null = null;
    let unclosed = false;
    let spanned = false; // a quoted field holds a line break
    for (;;) {
      if (src.charCodeAt(i) === QUOTE) {
        quoted = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = src.indexOf('"', from);
          if (q === -1) {
            unclosed = true;
            break;
          }
          value += src.slice(from, q);
          if (src.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        if (unclosed) break;
        const inside = lineBreaks(value);
        if (inside > 0) {
          spanned = true;
          const k: number = suspicious === null ? rowInCell(value, delimiter, width) : 0;
          if (k > 0) suspicious = line + k;
        }
        line += inside;
        const end = next(i); // text after the closing quote stays in the field
        cells.push(end > i ? value + src.slice(i, end) : value);
        i = end;
      } else {
        const end = next(i);
        cells.push(src.slice(i, end));
        i = end;
      }
      if (i >= n) break;
      const c = src.charCodeAt(i);
      if (c === sep) {
        i++;
        continue;
      }
      i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    // Longer than MAX_RECORD (closed too far on, or never): not read, as the stream does.
    const extent = (unclosed ? n : i) - from0;
    if (extent > MAX_RECORD) {
      records.push(tooLong(src, from0, start, unclosed || spanned));
      i = afterBreak(src, from0);
      line = start + 1;
      continue;
    }
    if (unclosed)
      return { records, unterminated: { line: start, last: line + lineBreaks(src.slice(i)) } };
    const empty = cells.length === 1 && cells[0] === '' && !quoted;
    if (!empty) {
      records.push(
        suspicious === null
          ? { line: start, cells }
          : { line: start, cells, suspicious: { line: suspicious } },
      );
      if (width === null && cells.some((cell) => cell.trim() !== '')) width = cells.length;
    }
  }
  return { records, unterminated: null };
}

/**
 * Guesses the delimiter from the first line: a tab when it has more tabs than commas (Excel's
 * "Unicode text" and .tsv files), otherwise a comma.
 */
export function sniffDelimiter(text: string): ',' | '\t' {
  const end = text.search(/[\r\n]/);
  const first = end === -1 ? text : text.slice(0, end);
  const count = (ch: string) => first.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}
