// A small RFC 4180 reader: fields separated by a delimiter (a comma by default), records by CR,
// LF or CRLF; a field in double quotes may hold delimiters, line breaks and doubled quotes ("").
// Lenient where spreadsheets are: a quote inside an unquoted field is kept as text, and text
// after a closing quote is appended to the field. A leading byte-order mark is dropped; lines
// that are entirely empty are skipped (they still count for the line numbers). Fields are cut
// out with slices, never built a character at a time, so a file of 100 000 rows reads quickly.

/** One record of a CSV text, with the line on which it starts (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** What {@link parseCsv} returns. */
export interface CsvText {
  readonly records: readonly CsvRecord[];
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
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;

  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let quoted = false;
    for (;;) {
      if (src.charCodeAt(i) === QUOTE) {
        quoted = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = src.indexOf('"', from);
          if (q === -1)
            return {
              records,
              unterminated: { line: start, last: line + lineBreaks(src.slice(i)) },
            };
          value += src.slice(from, q);
          if (src.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        line += lineBreaks(value);
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
    const empty = cells.length === 1 && cells[0] === '' && !quoted;
    if (!empty) records.push({ line: start, cells });
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
