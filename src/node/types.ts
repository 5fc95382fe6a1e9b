import type {
  Detail,
  EntityInput,
  EntityResult,
  Issue,
  NodeIssueCode,
  NoticeCounts,
  PathSegment,
  Report,
} from 'youpin';

export type { NodeIssueCode };

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
  /**
   * Told how many applicant rows are read, of how many, every 1,000 rows and once at the end
   * (CSV and XLSX; a JSON batch is passed on whole and says nothing). For a progress bar.
   */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
}

/** How far `readBatch` is: the applicant rows read so far (`rows`) of the table's data rows (`total`). */
export interface ReadProgress {
  readonly rows: number;
  readonly total: number;
}

/** What `readBatch` returns: the entities of a batch file, what was wrong with the file, and where each value came from. */
export interface BatchFile {
  /** One entity per applicant row (XLSX: with its panels, events and series from the other sheets). */
  readonly entities: EntityInput[];
  /** Problems of the file itself (unknown column, unterminated quote, bad date, a row without id): every one, located. */
  readonly issues: Issue[];
  /**
   * What the reader decided that the user should know, located — the header found below title
   * rows (`header_row`), the sheet it read (`sheet_chosen`), a column it did not use
   * (`column_not_used`). No problems: they do not fail `youpin validate`.
   */
  readonly notices: Issue[];
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

/** Options of `readCsvChunks`. */
export interface ReadCsvChunksOptions {
  /** As in {@link ReadBatchOptions.encoding}; `auto` decides on the first bytes above 0x7F. */
  readonly encoding?: 'auto' | 'utf-8' | 'gb18030' | undefined;
  /**
   * Applicants per chunk (default 1000). What a chunk costs while it is scored — its entities and
   * its report — is about 50 kB an applicant: 1000 keeps that near 50 MB.
   */
  readonly chunkSize?: number | undefined;
}

/** A chunk of applicants from `readCsvChunks`, in file order. */
export interface CsvChunk {
  /** The index in the whole file of `entities[0]` (entity i is the i-th data row). */
  readonly first: number;
  readonly entities: EntityInput[];
  /**
   * Problems of the file met while reading this chunk (those of the header come with the first
   * chunk): paths as `readBatch` gives them, with entity indexes of the whole file.
   */
  readonly issues: Issue[];
  /** Notices (no problems) met while reading this chunk: the header row below a title. */
  readonly notices: Issue[];
  /** Locates the paths of this chunk's entities (whole-file indexes) and of its file issues. */
  readonly locate: (path: readonly PathSegment[]) => CellLocation | null;
  /** The encoding so far (`utf-8` while every byte was ASCII). */
  readonly encoding: string;
  /** Bytes of the file read so far, and the file's size: for a progress bar. */
  readonly bytesRead: number;
  readonly totalBytes: number;
}

/** A problem met by `scoreCsvFile`, with the cell it came from. */
export interface LocatedIssue {
  /**
   * `file`: a problem of the file itself (a column, a row that could not be read), as in
   * `BatchFile.issues`; `entity`: a problem of an applicant, as in its `EntityResult.issues`;
   * `notice`: no problem, what the reader decided (as in `BatchFile.notices`).
   */
  readonly kind: 'file' | 'entity' | 'notice';
  readonly issue: Issue;
  readonly location: CellLocation | null;
}

/** How far `scoreCsvFile` has got. */
export type CsvProgress =
  | {
      readonly phase: 'scoring';
      /** Applicants read and scored so far. */
      readonly rows: number;
      readonly bytes: number;
      readonly totalBytes: number;
    }
  | {
      readonly phase: 'writing';
      /** Applicants written so far, of `total`. */
      readonly rows: number;
      readonly total: number;
    };

/** Options of `scoreCsvFile`. */
export interface ScoreCsvFileOptions extends ReadCsvChunksOptions {
  /**
   * Applicants per chunk (default 250): each chunk is scored with `score`, and what it allocates
   * mostly dies before V8 moves it to the old space, which keeps the peak memory low.
   */
  readonly chunkSize?: number | undefined;
  /** Overrides the model's evaluation date (YYYY-MM-DD), as in `score`. */
  readonly evaluationDate?: string | undefined;
  /**
   * As in `score`, but `fast` by default, whatever the size of a chunk: the published figures,
   * ranks and list are the exact path's; an applicant decided in float64 has `null` unrounded
   * figures (`totalExact` …), as `score` documents. `exact` keeps them all, more slowly.
   */
  readonly engine?: 'auto' | 'exact' | 'fast' | undefined;
  /**
   * Where the results go: a file (written as they are drawn up, never held whole), or a function
   * that takes the text piece by piece (awaited, so a stream can apply backpressure). None: only
   * the summary and `onIssue`.
   */
  readonly out?: string | ((text: string) => void | Promise<void>) | undefined;
  /**
   * `csv`: the columns of `toCsv`, byte for byte what `toCsv(score(…))` writes for the same file;
   * `ndjson`: one {@link StreamedEntity} per line (or, with `detail`, a header line and the
   * applicants at that detail); `json`: one JSON document, written as it goes, in bounded memory.
   * Default: `ndjson` when `out` ends in `.ndjson` or `.jsonl`, `json` when it ends in `.json`,
   * else `csv`.
   */
  readonly format?: 'csv' | 'ndjson' | 'json' | undefined;
  /**
   * For `json` and `ndjson`: how much of each applicant is written, as `reportChunks` writes a
   * report (`summary`, `standard` or `full`; see `Detail`), so that the text is byte for byte
   * `reportChunks(score(…))`'s for the same file and engine. Without it, `ndjson` writes one
   * {@link StreamedEntity} per line (and `json` writes `full`).
   */
  readonly detail?: Detail | undefined;
  /** For `json`: 2 to indent as `JSON.stringify(report, null, 2)` does (default 0, compact). */
  readonly indent?: 0 | 2 | undefined;
  /** The language of the CSV header and labels, as in `toCsv` (default `both`). */
  readonly locale?: 'zh-CN' | 'en' | 'both' | undefined;
  /** Called for every problem as it is found, file order (file issues before a chunk's applicants). */
  readonly onIssue?: ((issue: LocatedIssue) => void) | undefined;
  /** Called after each chunk and while the results are written. */
  readonly onProgress?: ((progress: CsvProgress) => void) | undefined;
}

/**
 * One applicant's result as `scoreCsvFile` writes it (a line of NDJSON): the `EntityResult` that
 * `score` gives for the whole file — same index, status, issues (paths with whole-file indexes),
 * published figures, ranks and selection — trimmed so that a million of them fit on a disk:
 * `nodes` holds the dimensions only (the tree's depth-1 nodes), `eligibility` only the gates that
 * failed or could not be checked and the vetoes that fired. `row` is its row in the file.
 */
export type StreamedEntity = EntityResult & { readonly row: number | null };

/** What `scoreCsvFile` returns once every row is scored and written. */
export interface ScoredCsvFile {
  readonly model: { readonly id: string; readonly version: string };
  /** `fast` when any chunk ran on the float64 path (published figures are the exact path's). */
  readonly engine: 'exact' | 'fast';
  readonly evaluationDate: string | null;
  /** The encoding the file was read with. */
  readonly encoding: string;
  /** As `Report.counts`, for the whole file. */
  readonly counts: Report['counts'];
  /** Problems of the file itself (`kind: 'file'`). */
  readonly fileIssues: number;
  /** Applicants with at least one issue (they are kept, not scored). */
  readonly entitiesWithIssues: number;
  /** Batch-level notices, each once. */
  readonly warnings: Issue[];
  /**
   * The applicants with notices that need action before publication, as `noticesOf(report).total`
   * counts them for the whole file (word them with `summariseNotices`).
   */
  readonly notices: NoticeCounts;
  /** The file's size. */
  readonly bytes: number;
}
