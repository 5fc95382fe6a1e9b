import { showValue } from '../numeric/showValue.js';
import { closestName } from './closestName.js';
import { labelKey } from './normaliseText.js';
import { type Reading, unreadable } from './types.js';

/** The allowed values of a category: value id by label key of the id and of its labels. */
export interface CategoryValues {
  readonly byKey: ReadonlyMap<string, string>;
  /** The ids in order, with their labels (for messages). */
  readonly values: ReadonlyArray<{
    readonly value: string;
    readonly zh: string;
    readonly en: string;
  }>;
}

/**
 * Reads one category: its id (`A`) or either label (`优秀`, `Excellent`), compared after NFKC,
 * lower-casing and without spaces. A number reads as its text (`3` for the grade "3").
 */
export function readCategory(
  raw: unknown,
  categories: CategoryValues,
  what: { en: string; zh: string },
): Reading<string> {
  const text =
    typeof raw === 'string'
      ? raw
      : typeof raw === 'number' && Number.isFinite(raw)
        ? String(raw)
        : null;
  if (text !== null && text.length <= 200) {
    const exact = categories.byKey.get(labelKey(text));
    if (exact !== undefined) return { ok: true, value: exact };
  }
  const names = categories.values.flatMap((v) => [v.value, v.zh, v.en]);
  const near = text === null ? null : closestName(text, names);
  const owner = near === null ? undefined : categories.byKey.get(labelKey(near));
  const suggestion =
    owner === undefined ? undefined : categories.values.find((v) => v.value === owner);
  return unreadable('not_a_category', {
    value: showValue(raw),
    label: what.en,
    labelZh: what.zh,
    // English lists the values as written in data; Chinese lists their labels.
    allowed: categories.values.map((v) => v.value).join(', '),
    allowedZh: categories.values.map((v) => v.zh).join('、'),
    suggestion: suggestion ? suggestion.value : '',
    suggestionZh: suggestion ? suggestion.zh : '',
  });
}

/** Indexes a category's values for {@link readCategory}: ids win over another value's label. */
export function categoryValues(
  values: ReadonlyArray<{
    readonly value: string;
    readonly label?: { zh: string; en: string } | undefined;
  }>,
): CategoryValues {
  const byKey = new Map<string, string>();
  for (const v of values) byKey.set(labelKey(v.value), v.value);
  for (const v of values) {
    for (const text of v.label ? [v.label.zh, v.label.en] : []) {
      const k = labelKey(text);
      if (!byKey.has(k)) byKey.set(k, v.value);
    }
  }
  return {
    byKey,
    values: values.map((v) => ({
      value: v.value,
      zh: v.label?.zh ?? v.value,
      en: v.label?.en ?? v.value,
    })),
  };
}
