import type { Unit } from '../model/types.js';
import type { Dec } from '../numeric/decimal.js';
import { NUMBER_LIMITS, parseDecimal, readDecimal } from '../numeric/parseDecimal.js';
import { numberFinding } from '../numeric/readNumber.js';
import { showValue } from '../numeric/showValue.js';
import { labelKey, normaliseText } from './normaliseText.js';
import { type Reading, unreadable } from './types.js';

// Digits in groups of three between commas, as Excel's "save as CSV" writes 56,000.5.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const CHINESE_NUMERAL = /^[负〇零一二三四五六七八九十百千万亿两点壹贰叁肆伍陆柒捌玖拾佰仟]+$/;

const isNumberTail = (c: string) => (c >= '0' && c <= '9') || c === '.';

/**
 * Reads a number exactly, as people write it in a spreadsheet, by one stated rule:
 * - a JS number or a decimal string (`"63.875"`, `"1e3"`), full-width digits included;
 * - digits grouped by commas in threes (`56,000`, `1,234.5`): the commas are dropped;
 * - a trailing unit that is the declared unit (`5年` for a fact in 年, `88.5%` for a leaf in %):
 *   the unit is dropped.
 * Everything else is refused with a message that says what to write: another unit (`5000元` where
 * the unit is 万元), a `%` on a value that is no percentage, a decimal comma (`12,5`), Chinese
 * numerals (`五`).
 */
export function readQuantity(
  raw: unknown,
  unit: Unit | null | undefined,
  what: { en: string; zh: string },
): Reading<Dec> {
  const named = { label: what.en, labelZh: what.zh };
  // Data numbers: at most NUMBER_LIMITS.dataDigits significant digits, NUMBER_LIMITS.length
  // characters (longer texts are refused before any other work, in linear time).
  const exact = (value: unknown): Reading<Dec> => {
    const read = readDecimal(value, NUMBER_LIMITS.dataDigits);
    if (read.value) return { ok: true, value: read.value };
    const finding = numberFinding(value, read);
    return unreadable(finding.code, { ...finding.params, ...named });
  };
  if (typeof raw === 'number' || (typeof raw === 'object' && raw !== null)) return exact(raw);
  if (typeof raw !== 'string')
    return unreadable('not_a_number', { value: showValue(raw), ...named });
  if (raw.trim().length > NUMBER_LIMITS.length) return exact(raw);
  const text = normaliseText(raw);
  let end = text.length;
  while (end > 0 && !isNumberTail(text[end - 1] as string)) end--;
  let body = text.slice(0, end).trim();
  const suffix = text.slice(end).trim();
  const unitText = unitName(unit);
  if (suffix !== '') {
    if (body === '') {
      const code = CHINESE_NUMERAL.test(stripUnit(text, unit)) ? 'chinese_numeral' : 'not_a_number';
      return unreadable(code, { value: showValue(raw), ...named });
    }
    if (unitText === null || !isUnit(suffix, unit)) {
      // A number followed by another unit, or by a unit where none is declared: say what to write.
      const number = parseDecimal(GROUPED.test(body) ? body.replace(/,/g, '') : body);
      if (!number) return unreadable('not_a_number', { value: showValue(raw), ...named });
      return unreadable('unit_in_value', {
        value: showValue(raw),
        suffix: showValue(suffix),
        unit: unitText ?? '',
        number: number.toFixed(),
        ...named,
      });
    }
  }
  if (body.includes(',')) {
    if (!GROUPED.test(body))
      return unreadable('decimal_comma', { value: showValue(raw), ...named });
    body = body.replace(/,/g, '');
  }
  if (CHINESE_NUMERAL.test(text))
    return unreadable('chinese_numeral', { value: showValue(raw), ...named });
  const read = exact(body);
  // Messages quote the value as written, not as it was cleaned.
  return read.ok ? read : { ...read, params: { ...read.params, value: showValue(raw) } };
}

/** The unit as a message names it: its symbol, or its Chinese and English names. */
export function unitName(unit: Unit | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  return typeof unit === 'string'
    ? unit
    : unit.zh === unit.en
      ? unit.zh
      : `${unit.zh} / ${unit.en}`;
}

function isUnit(suffix: string, unit: Unit | null | undefined): boolean {
  if (unit === null || unit === undefined) return false;
  const key = labelKey(suffix);
  const names = typeof unit === 'string' ? [unit] : [unit.zh, unit.en];
  // A percentage's unit often says of what: `%（占营业收入）` still takes `88.5%`.
  return names.some((n) => labelKey(n) === key || (key === '%' && labelKey(n).startsWith('%')));
}

function stripUnit(text: string, unit: Unit | null | undefined): string {
  if (unit === null || unit === undefined) return text;
  for (const n of typeof unit === 'string' ? [unit] : [unit.zh, unit.en]) {
    if (n !== '' && text.endsWith(n)) return text.slice(0, text.length - n.length).trim();
  }
  return text;
}
