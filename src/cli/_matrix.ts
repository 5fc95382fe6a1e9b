// Private helper of `youpin weights`: reads a matrix from a CSV or JSON file, with the criteria's
// labels when the file has them, and says where a cell lies for the error messages.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Issue, isYoupinError } from 'youpin';
import { formatLocation } from 'youpin/node';
import { decodeText } from '../node/_decode.js';
import type { Context } from './_context.js';
import { Failure } from './_errors.js';
import { parseJsonFile } from './_parseJson.js';

/** A matrix read from a file: cells as text (fractions like "1/3" allowed), labels if any. */
export interface MatrixFile {
  readonly matrix: string[][];
  /** The criteria (columns), from a header row or a JSON `labels`; null when the file has none. */
  readonly labels: readonly string[] | null;
  /** The rows' labels, from a first column of text; null when the file has none. */
  readonly rowLabels: readonly string[] | null;
  /** JSON only: `directions` given in the file. */
  readonly directions: readonly string[] | null;
  /** The file reads as a batch of applicants (rows with a sector), not a matrix. */
  readonly batchLike: boolean;
  /** Where an issue of the matrix lies, e.g. `matrix.csv, row 3, column B` or `m.json, at [1][2]`. */
  readonly where: (issue: Issue) => string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:\/[+-]?(?:\d+(?:\.\d*)?|\.\d+))?$/;
const isNumber = (cell: string) => NUMBER.test(cell.trim());

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Reads a matrix file; `.json` is JSON, anything else CSV (comma, semicolon or tab separated). */
export async function readMatrixFile(file: string, ctx: Context): Promise<MatrixFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? ctx.m.noSuchFile : String(error);
    throw new Failure(ctx.m.cannotRead(file, reason));
  }
  // A workbook is a batch of applicants here more often than not; a matrix is a CSV or JSON file.
  if (/\.(xlsx|xlsm|xls)$/i.test(file)) throw new Failure(ctx.m.matrixNotWorkbook(basename(file)));
  // The encoding is decided as youpin/node decides it for a data file: one decision per file.
  let content: string;
  try {
    content = decodeText(bytes, 'auto', basename(file)).text;
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    const issue = error.issues[0];
    throw new Failure(ctx.lang === 'zh' ? issue.messageZh : issue.message);
  }
  content = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  return /\.json$/i.test(file) ? fromJson(file, content, ctx) : fromCsv(file, content, ctx);
}

function fromJson(file: string, content: string, ctx: Context): MatrixFile {
  const data = parseJsonFile(content, file, ctx);
  const object =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  const matrix = object ? object['matrix'] : data;
  const strings = (v: unknown) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  const labels = strings(object?.['labels'] ?? object?.['criteria']);
  // Applicants' rows are objects with a sector or values; a matrix's rows are arrays.
  const batchLike =
    Array.isArray(data) &&
    data.some(
      (row) =>
        row !== null &&
        typeof row === 'object' &&
        !Array.isArray(row) &&
        ('sector' in row || 'values' in row),
    );
  return {
    matrix: matrix as string[][],
    labels,
    batchLike,
    rowLabels: null,
    directions: strings(object?.['directions']),
    where: (issue) => {
      const [, i, j] = issue.path;
      if (i === 'columns' && typeof j === 'number') {
        return ctx.m.inColumn(basename(file), labels?.[j] ?? String(j + 1));
      }
      if (issue.path[0] !== 'matrix' || i === undefined) return basename(file);
      const cell = j === undefined ? `[${i}]` : `[${i}][${j}]`;
      return ctx.m.inFile(basename(file), object ? `matrix${cell}` : cell);
    },
  };
}

function fromCsv(file: string, content: string, ctx: Context): MatrixFile {
  const lines = content.split(/\r\n|\n|\r/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const sep = first.includes('\t') ? '\t' : first.includes(';') && !first.includes(',') ? ';' : ',';
  const records = lines
    .map((line, index) => ({ line: index + 1, cells: splitLine(line, sep) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const head = records[0];
  const header = head?.cells.some((c, j) => !isNumber(c) && !(j === 0 && c === ''));
  const body = header ? records.slice(1) : records;
  const labelColumn =
    body.length > 0 && body.every((r) => r.cells[0] !== undefined && !isNumber(r.cells[0]));
  const offset = labelColumn ? 1 : 0;
  const labels = header && head ? head.cells.slice(offset) : null;
  return {
    matrix: body.map((r) => r.cells.slice(offset)),
    labels,
    rowLabels: labelColumn ? body.map((r) => r.cells[0] ?? '') : null,
    directions: null,
    batchLike:
      labelColumn &&
      (labels ?? []).some((l) => ['sector', '行业', '所属行业'].includes(l.trim().toLowerCase())),
    where: (issue) => {
      const [, i, j] = issue.path;
      if (i === 'columns' && typeof j === 'number') {
        return ctx.m.inColumn(basename(file), labels?.[j] ?? letters(j + offset));
      }
      if (issue.path[0] !== 'matrix' || typeof i !== 'number') return basename(file);
      const row = body[i]?.line ?? i + 1;
      const column = typeof j === 'number' ? (labels?.[j] ?? letters(j + offset)) : null;
      return formatLocation({ file: basename(file), sheet: null, row, column }, ctx.lang);
    },
  };
}

/** Splits one CSV line into trimmed cells; a double-quoted cell may hold the separator. */
function splitLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === sep) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}
