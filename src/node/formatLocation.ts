import { showText } from 'youpin';
import { objectIssues } from '../error/checkArgument.js';
import { throwNodeIssues } from './_messages.js';
import type { CellLocation } from './types.js';

/**
 * Writes a cell location for people, in Chinese or English.
 *
 * @param location - from `BatchFile.locate`
 * @param locale - `zh` or `en`
 * @returns e.g. `applicants.xlsx, sheet 申报数据, row 17, column I1` or
 *   `applicants.xlsx 工作表「申报数据」第 17 行 I1 列`; the sheet and the column are left out when
 *   they are `null`. The file, the sheet and the column are written as the user wrote them, shown by
 *   `showText` (at most 200 characters each, control and bidi characters escaped), as messages
 *   quote raw values
 * @example
 * ```ts
 * import { formatLocation } from 'youpin/node';
 * const where = { file: 'applicants.xlsx', sheet: '申报数据', row: 17, column: 'I1' };
 * formatLocation(where, 'en'); // → 'applicants.xlsx, sheet 申报数据, row 17, column I1'
 * formatLocation(where, 'zh'); // → 'applicants.xlsx 工作表「申报数据」第 17 行 I1 列'
 * formatLocation({ ...where, sheet: null, column: null }, 'zh'); // → 'applicants.xlsx 第 17 行'
 * ```
 */
export function formatLocation(location: CellLocation, locale: 'zh' | 'en'): string {
  throwNodeIssues(objectIssues(location, 'location'));
  const file = showText(location.file);
  const sheet = location.sheet === null ? null : showText(location.sheet);
  const column = location.column === null ? null : showText(location.column);
  const { row } = location;
  if (locale === 'zh') {
    const where = sheet === null ? ' ' : ` 工作表「${sheet}」`;
    return `${file}${where}第 ${row} 行${column === null ? '' : ` ${column} 列`}`;
  }
  return [
    file,
    sheet === null ? null : `sheet ${sheet}`,
    `row ${row}`,
    column === null ? null : `column ${column}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
}
