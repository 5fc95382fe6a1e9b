import { showValue } from '../numeric/showValue.js';
import { normaliseText } from './normaliseText.js';
import { type Reading, unreadable } from './types.js';

const WRITTEN =
  /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|\/(\d{1,2})\/(\d{1,2})|\.(\d{1,2})\.(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/;

/**
 * Reads a calendar date into YYYY-MM-DD: a date written YYYY-MM-DD, YYYY/M/D, YYYY.M.D or
 * YYYY年M月D日, or a Date (a worksheet's date cell, UTC midnight). A number is refused with its
 * own message: it is a spreadsheet's date serial (45292) shown as a number, not a date.
 */
export function readCalendarDate(raw: unknown, what: { en: string; zh: string }): Reading<string> {
  const named = { label: what.en, labelZh: what.zh };
  if (raw instanceof Date) {
    if (!Number.isNaN(raw.getTime()) && raw.getUTCHours() === 0 && raw.getUTCMinutes() === 0)
      return { ok: true, value: raw.toISOString().slice(0, 10) };
    return unreadable('invalid_date', { value: showValue(raw), ...named });
  }
  const text = typeof raw === 'string' ? normaliseText(raw) : null;
  if (typeof raw === 'number' || (text !== null && /^\d{5}(?:\.\d+)?$/.test(text)))
    return unreadable('date_serial', { value: showValue(raw), ...named });
  const m = text !== null && text.length <= 20 ? WRITTEN.exec(text) : null;
  if (!m) return unreadable('invalid_date', { value: showValue(raw), ...named });
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4] ?? m[6] ?? m[8]);
  const day = Number(m[3] ?? m[5] ?? m[7] ?? m[9]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days)
    return unreadable('invalid_date', { value: showValue(raw), ...named });
  return {
    ok: true,
    value: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}
