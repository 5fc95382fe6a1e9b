import { type Cell, cellText, type TableRow } from './_cells.js';
import type { CsvRecord } from './_parseCsv.js';

// A record of a CSV file that lies on one line, as the streamed splitter leaves it: where each
// cell ends in the text, not the cells themselves. A cell's string is made when it is asked for —
// by the row programme, only for the cells it reads as text; the numbers it reads straight from
// the text (see _rowProgramme.ts) — and `cells` makes them all, for every other reader, exactly as
// splitting the line would (the tests compare them with parseCsv's).

/** A one-line record: its cells by their places in `text`. */
export class LineRow implements CsvRecord, TableRow {
  private made: string[] | null = null;
  private quotedNumbers: Int32Array | null = null;

  /**
   * @param line - the line it stands on (1-based)
   * @param text - the text it lies in
   * @param start - where its first cell starts in `text`
   * @param ends - where cell k ends is `ends[at + k]` (at its delimiter or the line's end), or
   *   `~end` for a cell that opens with a quote (its value is then in `quoted`)
   * @param at - see `ends`
   * @param count - how many cells it has
   * @param quoted - the values of its quoted cells, in order (null when it has none)
   */
  constructor(
    readonly line: number,
    readonly text: string,
    readonly start: number,
    readonly ends: Int32Array,
    readonly at: number,
    readonly count: number,
    readonly quoted: readonly string[] | null,
  ) {}

  /** The line, as a table row calls it. */
  get row(): number {
    return this.line;
  }

  /** Every cell as a string, made once. */
  get cells(): readonly string[] {
    if (this.made === null) {
      const cells: string[] = [];
      for (let k = 0; k < this.count; k++) cells.push(this.cell(k) as string);
      this.made = cells;
    }
    return this.made;
  }

  /** Where cell k starts in `text`. */
  from(k: number): number {
    if (k === 0) return this.start;
    const before = this.ends[this.at + k - 1] as number;
    return (before < 0 ? ~before : before) + 1;
  }

  /** Where cell k ends in `text`, or -1 for a quoted cell. */
  to(k: number): number {
    const end = this.ends[this.at + k] as number;
    return end < 0 ? -1 : end;
  }

  /** Cell k as splitting the line gives it; undefined beyond the last. */
  cell(k: number): string | undefined {
    if (k >= this.count || k < 0) return undefined;
    if (this.made !== null) return this.made[k];
    const end = this.ends[this.at + k] as number;
    if (end < 0) return this.quotedValue(k);
    return this.text.slice(this.from(k), end);
  }

  /** cellText of cell k (trimmed; null when blank), making a string only for a cell with text. */
  textOf(k: number): string | null {
    if (k >= this.count || k < 0) return null;
    const end = this.ends[this.at + k] as number;
    if (end < 0) return cellText(this.quotedValue(k));
    const from = this.from(k);
    if (from === end) return null;
    const text = this.text;
    const a = text.charCodeAt(from);
    const b = text.charCodeAt(end - 1);
    // Printable ASCII at both ends: nothing to trim (most cells).
    if (a > 32 && a < 127 && b > 32 && b < 127) return text.slice(from, end);
    return cellText(text.slice(from, end));
  }

  /** Whether cell k is empty or blank text (isBlank), without making its string when it has text. */
  isBlank(k: number): boolean {
    if (k >= this.count || k < 0) return true;
    const end = this.ends[this.at + k] as number;
    if (end >= 0) {
      const from = this.from(k);
      if (from === end) return true;
      const a = this.text.charCodeAt(from);
      if (a > 32 && a < 127) return false;
    }
    return this.textOf(k) === null;
  }

  /** Whether a cell holds text (csvChunks' hasText). */
  hasText(): boolean {
    for (let k = 0; k < this.count; k++) if (!this.isBlank(k)) return true;
    return false;
  }

  private quotedValue(k: number): string {
    const quoted = this.quoted as readonly string[];
    if (quoted.length === 1) return quoted[0] as string; // most rows: one name in quotes
    // Which of the values each cell's is, counted once for the row (linear, however many cells
    // a hostile line holds).
    let numbers = this.quotedNumbers;
    if (numbers === null) {
      numbers = new Int32Array(this.count);
      let n = 0;
      for (let j = 0; j < this.count; j++)
        if ((this.ends[this.at + j] as number) < 0) numbers[j] = n++;
      this.quotedNumbers = numbers;
    }
    return quoted[numbers[k] as number] as string;
  }
}

/** Cell k of a row (a LineRow makes only that cell's string). */
export function cellAt(row: TableRow, k: number): Cell | undefined {
  return row instanceof LineRow ? row.cell(k) : row.cells[k];
}

/** How many cells a row has. */
export function cellCount(row: TableRow): number {
  return row instanceof LineRow ? row.count : row.cells.length;
}
