import { nodeError } from './_messages.js';

// exceljs is an optional peer dependency: it is imported only when an .xlsx file is read, so a
// user of the core (or of CSV and JSON files) never needs it. The few parts used are typed here,
// so that the published types never mention exceljs.

/** A cell as exceljs gives it. */
export interface ExcelCell {
  readonly value: unknown;
  readonly numFmt?: string | undefined;
}

/** A row as exceljs gives it. */
export interface ExcelRow {
  /** Hidden by hand or by a filter. */
  readonly hidden?: boolean | undefined;
  eachCell(
    options: { includeEmpty: boolean },
    callback: (cell: ExcelCell, column: number) => void,
  ): void;
}

/** A worksheet as exceljs gives it. */
export interface ExcelSheet {
  readonly name: string;
  /** The columns with a width or a style of their own (hidden ones among them), or null. */
  readonly columns?: ReadonlyArray<{ readonly hidden?: boolean; readonly letter?: string }> | null;
  /** The merged ranges (`D2:D3`). */
  readonly model?: { readonly merges?: readonly string[] | undefined } | undefined;
  eachRow(
    options: { includeEmpty: boolean },
    callback: (row: ExcelRow, rowNumber: number) => void,
  ): void;
}

/** The part of exceljs that youpin/node uses. */
export interface ExcelLibrary {
  readonly Workbook: new () => {
    readonly worksheets: readonly ExcelSheet[];
    readonly xlsx: { load(data: ArrayBuffer): Promise<unknown> };
  };
}

/** Imports exceljs (by default) or throws a YoupinError saying how to install it. */
export async function loadExceljs(
  file: string,
  importer: () => Promise<unknown> = () => import('exceljs'),
): Promise<ExcelLibrary> {
  let mod: unknown;
  try {
    mod = await importer();
  } catch (error) {
    if (isMissing(error)) throw nodeError('exceljs_missing', { file });
    throw error;
  }
  const lib = hasWorkbook(mod)
    ? mod
    : hasWorkbook((mod as { default?: unknown }).default)
      ? (mod as { default: unknown }).default
      : undefined;
  if (!lib) throw nodeError('exceljs_missing', { file });
  return lib as ExcelLibrary;
}

function hasWorkbook(value: unknown): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { Workbook?: unknown }).Workbook === 'function'
  );
}

/** True for "cannot find package 'exceljs'" (ESM) and "cannot find module 'exceljs'" (CJS). */
function isMissing(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    /['"]exceljs['"]/.test(message)
  );
}
