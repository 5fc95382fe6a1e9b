import type { Issue } from 'youpin';
import { type Cell, numberText, percentText, type Table, type TableRow } from './_cells.js';
import type { ExcelLibrary, ExcelSheet } from './_loadExceljs.js';
import { tablePath } from './_locator.js';
import { makeNodeIssue, nodeError } from './_messages.js';
import type { ExtraTables } from './_readTable.js';

/** The names each sheet of a workbook may have (compared trimmed, in any case). */
export const SHEET_NAMES = {
  applicants: ['申报数据', 'applicants'],
  panels: ['专家评分', 'panels'],
  events: ['事件', 'events'],
  series: ['年度数据', 'series'],
} as const;

// Platform-neutral (the workbench page bundles it): the platform gives the check of the limits and
// exceljs (Node imports the package; the page loads its browser build as a separate script).

/** What reading a workbook needs from the platform. */
export interface WorkbookIo {
  /** Refuses a workbook past the limits (`workbook_too_large`) before exceljs reads it. */
  readonly check: (bytes: Uint8Array, file: string) => Promise<void>;
  /** exceljs, or a YoupinError saying how to get it (`exceljs_missing`). */
  readonly excel: (file: string) => Promise<ExcelLibrary>;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Reads an .xlsx workbook (with exceljs, imported now), once `checkWorkbook` has found it within
 * the limits of a workbook (`workbook_too_large`): the applicants' sheet — the one named by
 * `sheet`, else `申报数据` / `applicants`, else the sheet whose header matches the model best
 * (`score`; an instructions sheet such as 填表说明 matches nothing), with a notice naming the
 * sheets not read — and the optional sheets of expert scores, events and yearly series.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  file: string,
  sheet: string | undefined,
  score: (table: Table) => number,
  io: WorkbookIo,
): Promise<{
  main: Table;
  extras: ExtraTables;
  notices: Issue[];
  problems: Issue[];
  layout: SheetLayout;
}> {
  // Cells, rows and inflated XML are counted before exceljs reads it all into memory.
  await io.check(bytes, file);
  const excel = await io.excel(file);
  const workbook = new excel.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(copy as ArrayBuffer);
  } catch (error) {
    throw nodeError('file_unreadable', {
      file,
      reason: `not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  const sheets = workbook.worksheets;
  const find = (names: readonly string[]) =>
    sheets.find((s) => names.some((name) => same(s.name, name)));
  const extraNames: readonly string[] = [
    ...SHEET_NAMES.panels,
    ...SHEET_NAMES.events,
    ...SHEET_NAMES.series,
  ];
  const candidates = sheets.filter((s) => !extraNames.some((name) => same(s.name, name)));
  const notices: Issue[] = [];
  let main = sheet !== undefined ? find([sheet]) : find(SHEET_NAMES.applicants);
  // The applicants' sheet read once: its table, its formulas without a value, its hidden rows.
  let read: MainSheet | undefined;
  if (!main && sheet === undefined && candidates.length > 0) {
    // No sheet says it holds the applicants: take the one whose header the model knows best.
    const reads = candidates.map(readMainSheet);
    const scores = reads.map((r) => score(r.table));
    let best = 0;
    scores.forEach((v, k) => {
      if (v > (scores[best] as number)) best = k;
    });
    main = candidates[best];
    read = reads[best];
    if (candidates.length > 1)
      notices.push(
        makeNodeIssue('sheet_chosen', [], {
          sheet: (main as ExcelSheet).name,
          others: candidates
            .filter((s) => s !== main)
            .map((s) => s.name)
            .join(', '),
        }),
      );
  }
  if (!main)
    throw nodeError('sheet_not_found', {
      file,
      sheet: sheet ?? SHEET_NAMES.applicants.join(' / '),
      sheets: sheets.map((s) => s.name).join(', ') || '—',
    });
  const extra = (names: readonly string[]) => {
    const found = find(names);
    return found && found !== main ? toTable(found) : undefined;
  };
  // What the applicants' sheet hides or merges, and formulas without a value, said where they are.
  const { table, problems, hiddenRows } = read ?? readMainSheet(main);
  return {
    main: table,
    notices,
    problems,
    layout: layoutOf(main, hiddenRows),
    extras: {
      panels: extra(SHEET_NAMES.panels),
      events: extra(SHEET_NAMES.events),
      series: extra(SHEET_NAMES.series),
    },
  };
}

/** The applicants' sheet as read: its table, and what it holds that the table does not show. */
interface MainSheet {
  readonly table: Table;
  readonly problems: Issue[];
  readonly hiddenRows: number[];
}

function readMainSheet(sheet: ExcelSheet): MainSheet {
  const main: Omit<MainSheet, 'table'> = { problems: [], hiddenRows: [] };
  return { ...main, table: toTable(sheet, main) };
}

/**
 * A sheet as a table. For the applicants' sheet (`main`), a formula that the file holds without
 * its computed value (saved by a program that does not calculate) is a problem at its cell, and
 * the cell reads as the formula's text, which no number, date or yes/no reads as: the row is
 * invalid, never scored as if the cell were empty; its hidden rows are noted in the same pass.
 */
function toTable(
  sheet: ExcelSheet,
  main?: { readonly problems: Issue[]; readonly hiddenRows: number[] },
): Table {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (main && row.hidden) main.hiddenRows.push(number);
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const formula = main ? uncalculated(cell.value) : null;
      if (formula !== null) {
        main?.problems.push(
          makeNodeIssue('formula_without_value', tablePath(sheet.name, number, letter(column)), {
            formula,
          }),
        );
        cells[column - 1] = `=${formula}`;
      } else cells[column - 1] = toCell(cell.value, cell.numFmt);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { sheet: sheet.name, rows };
}

/** A formula's text when the cell holds no computed value for it, else null. */
function uncalculated(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const formula = v['formula'] ?? v['sharedFormula'];
  if (typeof formula !== 'string') return null;
  const result = v['result'];
  return result === undefined || result === null || result === '' ? formula : null;
}

/** A column's letters (1 → A, 27 → AA). */
function letter(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** What a person looking at the applicants' sheet may not see. */
export interface SheetLayout {
  readonly sheet: string;
  /** Rows hidden by hand or by a filter. */
  readonly hiddenRows: readonly number[];
  /** Hidden columns, by their letters. */
  readonly hiddenColumns: readonly string[];
  /** Merged ranges, with their first and last rows. */
  readonly merges: ReadonlyArray<{
    readonly range: string;
    readonly top: number;
    readonly bottom: number;
  }>;
}

function layoutOf(sheet: ExcelSheet, hiddenRows: readonly number[]): SheetLayout {
  const hiddenColumns = (sheet.columns ?? []).flatMap((c, k) =>
    c?.hidden ? [c.letter ?? letter(k + 1)] : [],
  );
  const merges = (sheet.model?.merges ?? []).map((range) => {
    const rows = [...range.matchAll(/\d+/g)].map((m) => Number(m[0]));
    return { range, top: Math.min(...rows), bottom: Math.max(...rows) };
  });
  return { sheet: sheet.name, hiddenRows, hiddenColumns, merges };
}

const listed = (items: ReadonlyArray<string | number>) =>
  items.length > 10 ? `${items.slice(0, 10).join(', ')}, …` : items.join(', ');

/**
 * Notices of what a person looking at the sheet may not see, below its header row: rows hidden by
 * hand or by a filter and hidden columns (read and scored like the others), and merged cells
 * (every cell of a merge reads the merged value). A title merged above the header says nothing.
 */
export function layoutNotices(layout: SheetLayout, headerRow: number): Issue[] {
  const notices: Issue[] = [];
  // Located at the first row (or header cell) concerned, so that the notice reads "sheet, row".
  const at = (row: number, column: string | null = null) => tablePath(layout.sheet, row, column);
  const rows = layout.hiddenRows.filter((r) => r > headerRow);
  if (rows.length > 0)
    notices.push(
      makeNodeIssue('hidden_rows', at(rows[0] as number), {
        count: rows.length,
        rows: listed(rows),
      }),
    );
  const columns = layout.hiddenColumns;
  if (columns.length > 0)
    notices.push(
      makeNodeIssue('hidden_columns', at(Math.max(1, headerRow), columns[0] as string), {
        count: columns.length,
        columns: listed(columns),
      }),
    );
  const merges = layout.merges.filter((m) => m.bottom > headerRow);
  if (merges.length > 0)
    notices.push(
      makeNodeIssue(
        'merged_cells',
        at(Math.max(headerRow + 1, (merges[0] as (typeof merges)[0]).top)),
        {
          count: merges.length,
          ranges: listed(merges.map((m) => m.range)),
        },
      ),
    );
  return notices;
}

/** A percentage format: a `%` outside quoted text and escapes (`0.0%`, not `0.0"%"`). */
function isPercent(format: string | undefined): boolean {
  const shown = (format ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return shown.includes('%');
}

/**
 * One exceljs cell value as a table cell: formulas by their result, rich text and hyperlinks by
 * their text, errors (#N/A) as text; a number in a percentage format by the number it shows
 * (0.834 shown as 83.4 % is "83.4").
 */
function toCell(value: unknown, format: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return isPercent(format) ? percentText(numberText(value)) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return toCell(v['result'], format);
    if (Array.isArray(v['richText']))
      return (v['richText'] as Array<{ text?: unknown }>).map((r) => String(r.text ?? '')).join('');
    if ('hyperlink' in v) return toCell(v['text'], format);
    if ('error' in v) return String(v['error']);
  }
  return String(value);
}
