import { showValue } from '../numeric/showValue.js';
import { type CategoryValues, readCategory } from './readCategory.js';
import { type Reading, unreadable } from './types.js';

/** The separators of a list written in one cell: `;` `；` `、` `,` `，` and line breaks. */
export const LIST_SEPARATORS: RegExp = /[;；、,，\n]/;

/**
 * Reads a list: an array of texts, or one text split at {@link LIST_SEPARATORS} (blank parts
 * dropped). When the fact declares its values, each item must be one of them (id or label).
 */
export function readList(
  raw: unknown,
  categories: CategoryValues | null,
  what: { en: string; zh: string },
): Reading<string[]> {
  let items: unknown[];
  if (Array.isArray(raw)) items = raw;
  else if (typeof raw === 'string')
    items = raw
      .split(LIST_SEPARATORS)
      .map((p) => p.trim())
      .filter((p) => p !== '');
  else return unreadable('not_a_list', { value: showValue(raw), label: what.en, labelZh: what.zh });
  const out: string[] = [];
  for (const item of items) {
    if (categories) {
      const read = readCategory(item, categories, what);
      if (!read.ok) return read;
      if (!out.includes(read.value)) out.push(read.value);
    } else if (typeof item === 'string' && item.trim() !== '') {
      if (!out.includes(item.trim())) out.push(item.trim());
    } else {
      return unreadable('not_a_list', { value: showValue(raw), label: what.en, labelZh: what.zh });
    }
  }
  return { ok: true, value: out };
}
