import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { EntityInput, Issue, Model } from 'youpin';
import type { TableRow } from './_cells.js';
import { coverageIssues } from './_coverage.js';
import { csvIssue } from './_csvIssue.js';
import { type CsvPiece, type CsvSplitter, csvSplitter } from './_csvSplitter.js';
import { LineRow } from './_lineRow.js';
import { tableLocator } from './_locator.js';
import { nodeError } from './_messages.js';
import { indexModel } from './_modelIndex.js';
import { MAX_RECORD, sniffDelimiter } from './_parseCsv.js';
import { unreadable } from './_readFile.js';
import {
  type ApplicantColumns,
  applicantColumns,
  type Context,
  checkColumns,
  emptyTableIssue,
  findHeader,
  HEADER_SEARCH_ROWS,
  headerRowNotice,
  noHeaderIssue,
  type Plan,
  readApplicantRows,
  readRow,
  readsCleanly,
  rowPlan,
  toEntity,
} from './_readTable.js';
import { streamDecoder } from './_streamDecoder.js';
import type { CsvChunk, ReadCsvChunksOptions } from './types.js';

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/** Bytes read from the disk at a time. */
const READ_SIZE = 1 << 18;

// The reading behind readCsvChunks (every row read into an entity) and scoreCsvFile (lazy: a row
// whose reading gives no issue waits as its cells, for the row programme to read them itself;
// `entity(k)` reads it when the programme cannot).

/** A chunk of rows: what readCsvChunks gives, and in lazy mode the rows not read yet. */
export interface RowChunk extends Omit<CsvChunk, 'entities'> {
  /** Entity k, or null for a row that waits as its cells (lazy mode). */
  readonly entities: Array<EntityInput | null>;
  /** Lazy mode: each entity's row, sector (resolved) and plan; empty otherwise. */
  readonly rows: readonly TableRow[];
  readonly sectors: readonly string[];
  readonly plans: readonly Plan[];
  readonly table: ApplicantColumns | null;
  /** Entity k, read now when it waits as its cells. */
  entity(k: number): EntityInput;
}

export async function* csvChunks(
  file: string,
  model: Model,
  options: ReadCsvChunksOptions,
  lazy: boolean,
): AsyncGenerator<RowChunk, void, undefined> {
  const name = basename(file);
  const extension = extname(file).toLowerCase();
  if (!CSV_EXTENSIONS.has(extension)) throw nodeError('not_csv', { file: name });
  const chunkSize = options.chunkSize ?? 1000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw nodeError('bad_option', {
      option: 'chunkSize',
      value: String(chunkSize),
      expected: 'a whole number from 1',
      expectedZh: '不小于 1 的整数',
    });
  let totalBytes: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    totalBytes = info.size;
  } catch (error) {
    throw unreadable(file, error);
  }

  const index = indexModel(model);
  const decoder = streamDecoder(options.encoding ?? 'auto', name);
  const reader: Reader = {
    split: null,
    head: '',
    table: null,
    candidates: [],
    noHeader: false,
    notices: [],
    first: 0,
    bytesRead: 0,
    pending: [],
    pendingRows: 0,
  };

  /** Takes records and unreadable rows, in file order: the header, then rows and issues. */
  const take = (pieces: readonly CsvPiece[]) => {
    for (const piece of pieces) {
      // A row that could not be read, or a quote that seems to have merged rows. Before the
      // header is found, its issue waits in file order with the first rows.
      const issue = csvIssue(piece);
      if (issue) (reader.table || reader.noHeader ? reader.pending : reader.candidates).push(issue);
      if ('problem' in piece) continue;
      // Rows whose every cell is blank are skipped, before the header as after it. A record on
      // one line is a row as it is (its cells made only when asked for).
      let row: TableRow;
      if (piece instanceof LineRow) {
        if (!piece.hasText()) continue;
        row = piece;
      } else {
        if (!hasText(piece.cells)) continue;
        row = { row: piece.line, cells: piece.cells };
      }
      if (reader.table) {
        reader.pending.push(row);
        reader.pendingRows++;
      } else if (!reader.noHeader) {
        // The header may sit below a title: the first rows wait until it is found.
        reader.candidates.push(row);
        if (reader.candidates.filter((c) => !('code' in c)).length >= HEADER_SEARCH_ROWS)
          chooseHeader();
      }
    }
  };

  /** Finds the header among the rows read so far (as readBatch does), and queues the rows after it. */
  const chooseHeader = () => {
    const waiting = reader.candidates;
    reader.candidates = [];
    const rows = waiting.filter((c): c is TableRow => !('code' in c));
    if (rows.length === 0) {
      reader.pending.push(...waiting);
      return;
    }
    const at = findHeader(rows, index);
    reader.headerIssues = [];
    if (at < 0) {
      reader.noHeader = true;
      reader.headerIssues.push(noHeaderIssue(null, rows, index));
      reader.pending.push(...waiting.filter((c) => 'code' in c));
      return;
    }
    if (at > 0) reader.notices.push(headerRowNotice(null, rows, at));
    const ctx: Context = {
      index,
      issues: reader.headerIssues,
      notices: reader.notices,
      locator: tableLocator(name),
    };
    const header = rows[at] as TableRow;
    reader.table = applicantColumns(header, null, ctx);
    for (const item of waiting) {
      if ('code' in item) reader.pending.push(item);
      else if (item.row > header.row) {
        reader.pending.push(item);
        reader.pendingRows++;
      }
    }
  };

  /** The next chunk: up to `limit` waiting rows, with the issues met among them. */
  const chunk = (limit: number, last = false): RowChunk => {
    const { first } = reader;
    const issues: Issue[] = reader.headerIssues ?? [];
    reader.headerIssues = [];
    const notices = reader.notices;
    reader.notices = [];
    const ctx: Context = { index, issues, notices, locator: tableLocator(name, first) };
    const rows: TableRow[] = [];
    const sectors: string[] = [];
    const plans: Plan[] = [];
    const entities: Array<EntityInput | null> = [];
    let segment: TableRow[] = [];
    const readSegment = () => {
      const table = reader.table;
      if (!table || segment.length === 0) return;
      if (!lazy) {
        const drafts = readApplicantRows(table, segment, first + entities.length, ctx);
        for (const draft of drafts) entities.push(toEntity(draft));
      } else {
        // A row whose reading gives no issue waits as its cells (see readsCleanly); any other
        // row is read now, so that its issues come in file order.
        checkColumns(table, segment, ctx);
        for (const row of segment) {
          const i = first + entities.length;
          const { sector, plan } = rowPlan(table, row, index);
          rows.push(row);
          sectors.push(sector);
          plans.push(plan);
          if (readsCleanly(table, row, plan)) {
            ctx.locator.entity(i, table.sheet, row.row, plan.layout);
            entities.push(null);
          } else entities.push(toEntity(readRow(table, row, i, sector, plan, ctx)));
        }
      }
      segment = [];
    };
    let taken = 0;
    let k = 0;
    for (; k < reader.pending.length; k++) {
      const item = reader.pending[k] as TableRow | Issue;
      if ('code' in item) {
        readSegment();
        issues.push(item);
        continue;
      }
      if (taken === limit) break;
      segment.push(item);
      taken++;
    }
    readSegment();
    reader.pending = reader.pending.slice(k);
    reader.pendingRows -= taken;
    // A file with a header and no rows still has its header checked.
    if (reader.table && !reader.table.missingReported)
      readApplicantRows(reader.table, [], first, ctx);
    // At the end, what the model needs for the sectors met and no column gives (as readBatch).
    if (last && reader.table) {
      const sectors = new Set(
        [...reader.table.sectors.values()].filter((s) => index.sectorIds.has(s)),
      );
      issues.push(...coverageIssues(reader.table, index, sectors));
    }
    reader.first += entities.length;
    const table = reader.table;
    return {
      first,
      entities,
      rows,
      sectors,
      plans,
      table,
      entity: (k) => {
        const given = entities[k];
        if (given) return given;
        // A clean row: reading it gives no issue, so reading it late keeps the issues' order.
        const read = toEntity(
          readRow(
            table as ApplicantColumns,
            rows[k] as TableRow,
            first + k,
            sectors[k] as string,
            plans[k] as Plan,
            ctx,
          ),
        );
        entities[k] = read;
        return read;
      },
      issues,
      notices,
      locate: ctx.locator.locate,
      encoding: decoder.encoding,
      bytesRead: reader.bytesRead,
      totalBytes,
    };
  };

  const feed = (text: string, final: boolean): CsvPiece[] => {
    let split = reader.split;
    let input = text;
    if (!split) {
      reader.head += text;
      // Only the new text is searched (the head had no line break before); a first line longer
      // than a record may be is split as it is, and the splitter skips it as too long.
      if (text.search(/[\r\n]/) < 0 && reader.head.length <= MAX_RECORD && !final) return [];
      split = csvSplitter(extension === '.tsv' ? '\t' : sniffDelimiter(reader.head));
      reader.split = split;
      input = reader.head;
      reader.head = '';
    }
    const pieces = split.push(input);
    return final ? [...pieces, ...split.end()] : pieces;
  };

  try {
    for await (const bytes of createReadStream(file, { highWaterMark: READ_SIZE })) {
      const piece = bytes as Uint8Array;
      reader.bytesRead += piece.length;
      take(feed(decoder.decode(piece), false));
      while (reader.pendingRows >= chunkSize) yield chunk(chunkSize);
    }
  } catch (error) {
    // Errors of the file system (EIO …) are named; a YoupinError of the decoder goes as it is.
    if (typeof (error as { code?: unknown }).code === 'string') throw unreadable(file, error);
    throw error;
  }
  take(feed(decoder.end(), true));
  if (!reader.table && !reader.noHeader) chooseHeader();
  while (reader.pendingRows > chunkSize) yield chunk(chunkSize);
  if (!reader.table && !reader.noHeader) reader.pending.push(emptyTableIssue(null));
  yield chunk(Number.POSITIVE_INFINITY, true);
}

/** The state of a reading. */
interface Reader {
  split: CsvSplitter | null;
  /** Text before the first line break, to choose the delimiter. */
  head: string;
  table: ApplicantColumns | null;
  /** The first rows (and broken rows among them), while the header is looked for. */
  candidates: Array<TableRow | Issue>;
  /** No header was found in the first rows: nothing more is read as data. */
  noHeader: boolean;
  /** Notices not given yet (the header row below a title). */
  notices: Issue[];
  /** Issues of the header row, given with the next chunk. */
  headerIssues?: Issue[];
  /** The whole-file index of the next entity. */
  first: number;
  bytesRead: number;
  /** Data rows and issues of unreadable rows, in file order, not given yet. */
  pending: Array<TableRow | Issue>;
  pendingRows: number;
}

/** Whether a row has a cell that is not blank (a printable ASCII first character settles it). */
function hasText(cells: readonly string[]): boolean {
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k] as string;
    if (cell.length === 0) continue;
    const c = cell.charCodeAt(0);
    if ((c > 32 && c < 127) || cell.trim() !== '') return true;
  }
  return false;
}
