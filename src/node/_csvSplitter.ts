import { LineRow } from './_lineRow.js';
import { type CsvPiece, lineBreaks, MAX_RECORD, rowInCell, tooLong } from './_parseCsv.js';

// The streaming twin of parseCsv: the same RFC 4180 reading (quoted fields with delimiters, line
// breaks and doubled quotes; CR, LF or CRLF; a quote inside an unquoted field kept as text; text
// after a closing quote appended; empty lines skipped but counted), fed one piece of decoded text
// at a time. A record may span pieces: its text waits in a buffer until its line break arrives.
//
// Shared with parseCsv, so that both paths give the same rows: a record longer than MAX_RECORD
// characters is not read (`row_too_long`, or `stray_quote` when a quoted field runs it over
// several lines), and a quoted field spanning lines whose later line has as many cells as the
// header is flagged `suspicious` (see _parseCsv.ts). So the buffer never holds more than about
// MAX_RECORD characters, whatever the file.
//
// One thing it does differently, because a stray quote in row 734,512 must not swallow the rest of
// a million-row file: a quoted field that is not closed where its row should end is taken as a
// stray quote, and reading goes on at the next line. "Where its row should end" means: the file
// ends first; or the record spans lines and then has another number of cells than the header (a
// stray quote pairs with the next quote it meets, usually a row or two further on, and the merged
// record has too many or too few cells).

export type { CsvBreak, CsvPiece } from './_parseCsv.js';
export { MAX_RECORD } from './_parseCsv.js';

/** A stateful CSV reader: `push` pieces of text, then `end`. */
export interface CsvSplitter {
  /** Takes the next piece of text; returns the records it completes. */
  push(text: string): CsvPiece[];
  /** The end of the text: returns the last records. */
  end(): CsvPiece[];
}

const QUOTE = 34;
/** Cell ends kept in one array of the splitter (a new one when it is full). */
const STORE = 1 << 14;
const CR = 13;
const LF = 10;

type Parsed =
  | {
      readonly kind: 'record';
      readonly cells: string[];
      /** Index after the record (after its line break). */
      readonly end: number;
      /** Line breaks consumed, the record's own included. */
      readonly breaks: number;
      /** A quoted field holds a line break. */
      readonly multiline: boolean;
      readonly quoted: boolean;
      /** The line of a quoted field's line that reads like a whole row (see rowInCell), or null. */
      readonly suspicious: number | null;
    }
  | { readonly kind: 'more' }
  | { readonly kind: 'unclosed' };

/** A record on one line, read as the places of its cells (see LineRow). */
type OneLine = {
  readonly text: string;
  readonly start: number;
  readonly ends: Int32Array;
  readonly at: number;
  readonly count: number;
  readonly values: string[] | null;
  readonly end: number;
  readonly quoted: boolean;
};

/**
 * A splitter for `delimiter` (one character). The header (the first record with a non-blank
 * cell) sets the number of cells that a record spanning lines must have.
 */
export function csvSplitter(delimiter: string): CsvSplitter {
  const sep = delimiter.charCodeAt(0);
  let buffer = '';
  let line = 1; // the line on which buffer[0] stands
  let width: number | null = null;
  let started = false;
  let skipping = false; // inside a row too long to keep: drop text up to its line break

  /** The index of the next delimiter or line break at or after `from` (or the end). */
  const next = (text: string, from: number): number => {
    const n = text.length;
    for (let j = from; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === sep || c === LF || c === CR) return j;
    }
    return n;
  };

  /** Reads one record at `pos`; `final` when no more text will come. */
  const parse = (text: string, pos: number, final: boolean): Parsed => {
    const n = text.length;
    const cells: string[] = [];
    let i = pos;
    let breaks = 0;
    let multiline = false;
    let quoted = false;
    let suspicious: number | null = null;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE && i < n) {
        quoted = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) return final ? { kind: 'unclosed' } : { kind: 'more' };
          // A quote at the very end may be the first of a doubled pair.
          if (q === n - 1 && !final) return { kind: 'more' };
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        const inside = lineBreaks(value);
        if (inside > 0) {
          multiline = true;
          const k: number = suspicious === null ? rowInCell(value, delimiter, width) : 0;
          if (k > 0) suspicious = line + breaks + k;
          breaks += inside;
        }
        const end = next(text, i);
        if (end === n && !final) return { kind: 'more' };
        cells.push(end > i ? value + text.slice(i, end) : value);
        i = end;
      } else {
        const end = next(text, i);
        if (end === n && !final) return { kind: 'more' };
        cells.push(text.slice(i, end));
        i = end;
      }
      if (i >= n) return { kind: 'record', cells, end: n, breaks, multiline, quoted, suspicious };
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        continue;
      }
      // A CR at the end of the text may be the first half of a CRLF.
      if (c === CR && i + 1 >= n && !final) return { kind: 'more' };
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      return {
        kind: 'record',
        cells,
        end: i,
        breaks: breaks + 1,
        multiline,
        quoted,
        suspicious,
      };
    }
  };

  // Where the next LF and CR are, for the one-line records of `line` below: searched once per
  // piece of text, not once per record (a file without CR would be scanned to its end each time).
  let lfAt = -1;
  let crAt = -1;
  let quoteAt = -1;
  let searched: string | null = null;

  // Where the cells of one-line records end, for their LineRows: filled record after record, a
  // new array when it is full (the rows keep the one they point into).
  let store = new Int32Array(STORE);
  let used = 0;

  /**
   * `parse` for a record that ends at the first line break after `pos` (no quoted field holds one),
   * read as a LineRow (the places of its cells, no strings); null for any other record (a quoted
   * field that does not close on the line, a line break at the end of the text), which `parse`
   * then reads. Its cells are what `parse` gives for the same record: a field that opens with a
   * quote is read up to its closing quote (a doubled one is a quote), and text after the closing
   * quote is appended; a quote anywhere else is text.
   */
  const oneLine = (text: string, pos: number): OneLine | null => {
    const n = text.length;
    if (searched !== text) {
      searched = text;
      lfAt = -1;
      crAt = -1;
      quoteAt = -1;
    }
    if (lfAt < pos) {
      lfAt = text.indexOf('\n', pos);
      if (lfAt < 0) lfAt = n;
    }
    if (crAt < pos) {
      crAt = text.indexOf('\r', pos);
      if (crAt < 0) crAt = n;
    }
    const end = Math.min(lfAt, crAt);
    if (end >= n - 1) return null; // no line break, or a CR that may be half of a CRLF
    const after = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
    if (quoteAt < pos) {
      quoteAt = text.indexOf('"', pos);
      if (quoteAt < 0) quoteAt = n;
    }
    // At most one cell a character, and one more.
    if (used + (end - pos) + 1 > store.length) {
      store = new Int32Array(Math.max(STORE, end - pos + 1));
      used = 0;
    }
    const at = used;
    let k = 0;
    let values: string[] | null = null;
    if (quoteAt >= end) {
      // The delimiters found by the engine's search (a call a cell beats a loop a character).
      for (
        let j = text.indexOf(delimiter, pos);
        j >= 0 && j < end;
        j = text.indexOf(delimiter, j + 1)
      )
        store[at + k++] = j;
      store[at + k++] = end;
    } else {
      let i = pos;
      for (;;) {
        if (i < end && text.charCodeAt(i) === QUOTE) {
          let value = '';
          let from = i + 1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q < 0 || q >= end) return null; // not closed on this line: parse reads it
            value += text.slice(from, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              from = q + 2;
              continue;
            }
            i = q + 1;
            break;
          }
          let j = i;
          while (j < end && text.charCodeAt(j) !== sep) j++;
          if (j > i) value += text.slice(i, j);
          if (values === null) values = [];
          values.push(value);
          store[at + k++] = ~j;
          i = j;
        } else {
          let j = i;
          while (j < end && text.charCodeAt(j) !== sep) j++;
          store[at + k++] = j;
          i = j;
        }
        if (i >= end) break;
        i++; // the delimiter
      }
    }
    used = at + k;
    return {
      start: pos,
      text,
      ends: store,
      at,
      count: k,
      values,
      end: after,
      quoted: quoteAt < end,
    };
  };

  /** The index of the first CR or LF at or after `from`, or -1. */
  const firstBreak = (text: string, from: number): number => {
    for (let j = from; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === LF || c === CR) return j;
    }
    return -1;
  };

  /** The index after the first line break at or after `from`, or -1 when there is none yet. */
  const afterBreak = (text: string, from: number, final: boolean): number => {
    const n = text.length;
    for (let j = from; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === LF) return j + 1;
      if (c === CR) {
        if (j + 1 >= n && !final) return -1;
        return text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
      }
    }
    return final ? n : -1;
  };

  const run = (final: boolean): CsvPiece[] => {
    const out: CsvPiece[] = [];
    let pos = 0;
    if (skipping) {
      const after = afterBreak(buffer, 0, final);
      if (after < 0) {
        // Keep a last CR: it may be half of a CRLF.
        buffer = buffer.endsWith('\r') ? '\r' : '';
        return out;
      }
      skipping = false;
      pos = after;
      line++;
    }
    const n = buffer.length;
    while (pos < n) {
      const one = oneLine(buffer, pos);
      if (one !== null) {
        if (one.end - pos > MAX_RECORD) {
          out.push(tooLong(buffer, pos, line, false));
          pos = afterBreak(buffer, pos, true);
          line++;
          continue;
        }
        const row = new LineRow(line, one.text, one.start, one.ends, one.at, one.count, one.values);
        const empty = one.count === 1 && !one.quoted && row.to(0) === row.from(0);
        if (!empty) {
          out.push(row);
          if (width === null && row.hasText()) width = one.count;
        }
        line++;
        pos = one.end;
        continue;
      }
      const parsed = parse(buffer, pos, final);
      if (parsed.kind === 'more') {
        if (n - pos <= MAX_RECORD) break;
        // Longer than MAX_RECORD already: not read. Reading goes on after its first line.
        const after = afterBreak(buffer, pos, false);
        if (after < 0 && firstBreak(buffer, pos) >= 0) break; // a CR at the end: wait for its LF
        // Incomplete with a line break in it: a quoted field runs it over several lines.
        out.push(tooLong(buffer, pos, line, after >= 0));
        if (after >= 0) {
          pos = after;
          line++;
          continue;
        }
        // No line break yet: drop text up to the next one (the skipping branch counts it).
        skipping = true;
        buffer = '';
        return out;
      }
      if (parsed.kind === 'unclosed' && n - pos > MAX_RECORD) {
        out.push(tooLong(buffer, pos, line, true));
        pos = afterBreak(buffer, pos, true);
        line++;
        continue;
      }
      if (parsed.kind === 'record' && parsed.end - pos > MAX_RECORD) {
        out.push(tooLong(buffer, pos, line, parsed.multiline));
        pos = afterBreak(buffer, pos, true);
        line++;
        continue;
      }
      if (
        parsed.kind === 'unclosed' ||
        (parsed.multiline && width !== null && parsed.cells.length !== width)
      ) {
        out.push({ line, problem: 'stray_quote', next: line + 1 });
        pos = afterBreak(buffer, pos, true);
        line++;
        continue;
      }
      const { cells, suspicious } = parsed;
      const empty = cells.length === 1 && cells[0] === '' && !parsed.quoted;
      if (!empty) {
        out.push(
          suspicious === null ? { line, cells } : { line, cells, suspicious: { line: suspicious } },
        );
        if (width === null && cells.some((cell) => cell.trim() !== '')) width = cells.length;
      }
      line += parsed.breaks;
      pos = parsed.end;
    }
    buffer = pos >= n ? '' : buffer.slice(pos);
    return out;
  };

  return {
    push(text) {
      let piece = text;
      if (!started && piece !== '') {
        started = true;
        if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      }
      if (buffer !== '' && !skipping) {
        // The record cut at the end of the last piece, completed by this one's first line: read
        // on its own, so that the new piece is not copied into one string with the text before
        // it (a cons string of 64 K characters flattened for every piece of the file).
        const lf = piece.indexOf('\n');
        if (lf >= 0) {
          buffer += piece.slice(0, lf + 1);
          const out = run(false);
          // What is left of that line (a quoted field going on past it), then the rest.
          const rest = piece.slice(lf + 1);
          buffer = buffer === '' ? rest : buffer + rest;
          for (const more of run(false)) out.push(more);
          return out;
        }
      }
      buffer = buffer === '' ? piece : buffer + piece;
      return run(false);
    },
    end() {
      return run(true);
    },
  };
}
