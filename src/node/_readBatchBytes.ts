import type { Model } from 'youpin';
import type { Table, TableRow } from './_cells.js';
import { csvIssue } from './_csvIssue.js';
import { decodeText } from './_decode.js';
import { tablePath } from './_locator.js';
import { makeNodeIssue, nodeError } from './_messages.js';
import { indexModel } from './_modelIndex.js';
import { parseCsv, sniffDelimiter } from './_parseCsv.js';
import { readJsonBatch } from './_readJson.js';
import { findHeader, headerScore, readTable } from './_readTable.js';
import { readWorkbook, type WorkbookIo } from './_readWorkbook.js';
import type { BatchFile, ReadBatchOptions } from './types.js';

// Platform-neutral: the bytes of a batch file and its name in, the batch out. readBatch (Node)
// reads the file and calls it; the workbench page calls it with the bytes of a dropped file, so
// that both read with the same rules and say the same messages. No `node:` import here or below.

const FORMATS: Readonly<Record<string, BatchFile['format']>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.json': 'json',
};

/** A file name's extension in lower case, as node:path's `extname` gives it (`.csv`; `''` for `.csv`). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The format a file name's extension says, or a YoupinError (`unsupported_format`). */
export function batchFormat(name: string): BatchFile['format'] {
  const extension = extensionOf(name);
  const format = FORMATS[extension];
  if (!format) throw nodeError('unsupported_format', { file: name, extension: extension || '—' });
  return format;
}

/**
 * Reads a batch from the bytes of a file named `name` (no directory): see readBatch for the
 * formats and decisions. `workbook` gives what reading an .xlsx needs from the platform.
 */
export async function readBatchBytes(
  bytes: Uint8Array,
  name: string,
  model: Model,
  options: ReadBatchOptions,
  workbook: WorkbookIo,
): Promise<BatchFile> {
  const format = batchFormat(name);
  const extension = extensionOf(name);
  if (format === 'json') return readJsonBatch(bytes, name);
  const index = indexModel(model);
  const onProgress = options.onProgress;
  const onRows = onProgress && ((rows: number, total: number) => onProgress({ rows, total }));

  if (format === 'xlsx') {
    const { main, extras, notices } = await readWorkbook(
      bytes,
      name,
      options.sheet,
      (table) => bestHeaderScore(table, index),
      workbook,
    );
    const read = readTable(main, extras, index, name, onRows);
    return { ...read, notices: [...notices, ...read.notices], encoding: null, format };
  }

  const { text, encoding } = decodeText(bytes, options.encoding ?? 'auto', name);
  const csv = parseCsv(text, extension === '.tsv' ? '\t' : sniffDelimiter(text));
  const rows: TableRow[] = [];
  for (const piece of csv.records)
    if (!('problem' in piece)) rows.push({ row: piece.line, cells: piece.cells });
  const result = readTable({ sheet: null, rows }, {}, index, name, onRows);
  // Rows that could not be read, and quotes that seem to have merged rows, as the stream says.
  for (const piece of csv.records) {
    const issue = csvIssue(piece);
    if (issue) result.issues.push(issue);
  }
  if (csv.unterminated) {
    const { line, last } = csv.unterminated;
    result.issues.push(
      makeNodeIssue('unterminated_quote', tablePath(null, line, null), { row: line, last }),
    );
  }
  return { ...result, encoding, format };
}

/** How well a sheet's header (wherever it is in its first rows) matches the model. */
function bestHeaderScore(table: Table, index: ReturnType<typeof indexModel>): number {
  const rows = table.rows.filter((r) => r.cells.some((c) => c !== null && c !== ''));
  const at = findHeader(rows, index);
  return at < 0 ? 0 : headerScore(rows[at] as (typeof rows)[number], index);
}
