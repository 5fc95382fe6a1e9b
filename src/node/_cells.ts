// Cells of a table (a CSV record or a worksheet row) and their conversion to text. CSV cells are
// strings; worksheet cells may also be numbers, booleans and dates. A number is turned into its
// decimal text here, once, so that no value of an input file ever goes through float arithmetic
// on its way to the core: "0.1" stays "0.1".

/** One cell as read from a file; `null` when empty. */
export type Cell = string | number | boolean | Date | null;

/** A row of a table: its row number in the file (1-based, as spreadsheets show it) and its cells. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** A table: a CSV file, or one worksheet (with its name). */
export interface Table {
  readonly sheet: string | null;
  readonly rows: readonly TableRow[];
}

/**
 * The decimal text of a number as a spreadsheet shows it: the shortest text that reads back as the
 * same double, cut to 15 significant digits (what Excel keeps and shows), so a typed 83.4 is
 * "83.4" and a formula's 0.30000000000000004 is "0.3".
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const shortest = String(n);
  if (shortest.length <= 15) return shortest; // at most 15 digits, surely
  const digits = shortest
    .replace(/^-/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '');
  if (digits.length <= 15) return shortest;
  return String(Number(n.toPrecision(15)));
}

/** `"0.834"` → `"83.4"`: the value of a cell formatted as a percentage, shifted exactly. */
export function percentText(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return text;
  const [, sign = '', int = '', frac = '', exp] = m;
  if (exp !== undefined) return `${sign}${int}${frac ? `.${frac}` : ''}e${Number(exp) + 2}`;
  const digits = `${int}${frac.padEnd(2, '0')}`;
  const point = int.length + 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${sign}${whole}${rest ? `.${rest}` : ''}`;
}

/** YYYY-MM-DD of a date cell (worksheet dates are UTC midnights); ISO text when it has a time. */
export function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The text of a cell, trimmed; `null` for an empty cell or blank text. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return dateText(cell);
  const text = cell.trim();
  return text === '' ? null : text;
}

/** Whether a cell is empty (or blank text). */
export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === null;
}

/** The separators of lists in a cell: `;`, `；` and `、`. */
export const LIST_SEPARATOR: RegExp = /[;；、]/;

/** Splits a list cell; blank parts are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A label as it is compared with a header: the core's one rule (NFKC, lower case, no spaces). */
export { labelKey } from '../intake/normaliseText.js';

/**
 * A date written YYYY-MM-DD, or YYYY/M/D, YYYY.M.D, YYYY年M月D日 (normalised to YYYY-MM-DD), or a
 * date cell; `undefined` when it is not a real calendar date.
 */
export function readDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : dateText(cell);
  if (typeof cell !== 'string') return undefined;
  const m =
    /^(\d{4})(?:-(\d{2})-(\d{2})|[/.](\d{1,2})[/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(
      cell.trim(),
    );
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4] ?? m[6]);
  const day = Number(m[3] ?? m[5] ?? m[7]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Sets an own, enumerable property — also `__proto__`, which plain assignment would not. */
export function put<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else record[key] = value;
}
