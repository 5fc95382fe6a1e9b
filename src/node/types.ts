import type { EntityInput, Issue, PathSegment } from 'youpin';

/**
 * Where a cell came from, for messages like
 * `applicants.xlsx, sheet 申报数据, row 17, column I1: "12,5" is not a number`.
 */
export interface CellLocation {
  /** The file's name (without its directory). */
  readonly file: string;
  /** The worksheet (XLSX); `null` for CSV and JSON files. */
  readonly sheet: string | null;
  /**
   * The row as a spreadsheet or an editor shows it (1-based; the header is row 1 when it is on the
   * first line). In a JSON batch: the entity's position, 1-based.
   */
  readonly row: number;
  /** The column's header as written in the file (JSON: the rest of the path); `null` for a whole row. */
  readonly column: string | null;
}

/** Options of `readBatch`. */
export interface ReadBatchOptions {
  /**
   * CSV only. `auto` (default): UTF-8, with or without byte-order mark, when the bytes are valid
   * UTF-8, otherwise GB18030 (which covers GBK and GB2312). `BatchFile.encoding` says which.
   */
  readonly encoding?: 'auto' | 'utf-8' | 'gb18030' | undefined;
  /** XLSX only: the applicants' sheet. Default: `申报数据` or `applicants`, else the first sheet. */
  readonly sheet?: string | undefined;
}

/** What `readBatch` returns: the entities of a batch file, what was wrong with the file, and where each value came from. */
export interface BatchFile {
  /** One entity per applicant row (XLSX: with its panels, events and series from the other sheets). */
  readonly entities: EntityInput[];
  /** Problems of the file itself (unknown column, unterminated quote, bad date, a row without id): every one, located. */
  readonly issues: Issue[];
  /**
   * Maps a core issue path (`['entities', i, 'values', leaf]` / `['entities', i, 'facts', name]` /
   * `['entities', i, 'sector']` …) — or the path of one of `issues` — to the cell it came from;
   * `null` when unknown.
   */
  readonly locate: (path: readonly PathSegment[]) => CellLocation | null;
  /** The encoding a CSV file was decoded with (`utf-8`, `gb18030`); `null` for XLSX and JSON. */
  readonly encoding: string | null;
  /** How the file was read, from its extension. */
  readonly format: 'csv' | 'xlsx' | 'json';
}

/**
 * The stable codes of the issues about input files: in `BatchFile.issues`, or thrown in a
 * YoupinError when a file cannot be read at all (`file_unreadable`, `unsupported_format`,
 * `not_utf8`, `undecodable`, `invalid_json`, `not_a_batch`, `sheet_not_found`,
 * `exceljs_missing`). See docs/data-files.md.
 */
export type NodeIssueCode =
  | 'unterminated_quote'
  | 'empty_table'
  | 'unknown_column'
  | 'missing_column'
  | 'ambiguous_column'
  | 'column_not_in_sector'
  | 'bad_year'
  | 'duplicate_cell'
  | 'extra_cells'
  | 'missing_id'
  | 'unknown_leaf'
  | 'unknown_applicant'
  | 'bad_date'
  | 'file_unreadable'
  | 'unsupported_format'
  | 'invalid_json'
  | 'not_a_batch'
  | 'not_utf8'
  | 'undecodable'
  | 'sheet_not_found'
  | 'exceljs_missing';
