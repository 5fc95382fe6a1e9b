import type { CompiledFact } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';
import { checkDomain } from './checkDomain.js';
import { readBoolean } from './readBoolean.js';
import { readCalendarDate } from './readCalendarDate.js';
import { readCategory } from './readCategory.js';
import { readList } from './readList.js';
import { readQuantity } from './readQuantity.js';
import type { Reading } from './types.js';

/** A fact's value once read: typed by the fact's declaration. */
export type FactReading = boolean | Dec | string | string[];

/**
 * Reads one present value of a declared fact by its type — the same function for JSON, CSV and
 * XLSX input, so a value means the same whichever file it came from.
 */
export function readFact(fact: CompiledFact, raw: unknown): Reading<FactReading> {
  const what = fact.label;
  switch (fact.type) {
    case 'boolean':
      return readBoolean(raw, what);
    case 'number': {
      const read = readQuantity(raw, fact.unit, what);
      return read.ok && fact.domain ? checkDomain(read.value, fact.domain, what, raw) : read;
    }
    case 'category':
      return readCategory(raw, fact.categories as NonNullable<CompiledFact['categories']>, what);
    case 'list':
      return readList(raw, fact.categories, what);
    case 'date':
      return readCalendarDate(raw, what);
    case 'text':
      return typeof raw === 'string'
        ? { ok: true, value: raw.trim() }
        : typeof raw === 'number' && Number.isFinite(raw)
          ? { ok: true, value: String(raw) }
          : readQuantity(raw, null, what).ok
            ? { ok: true, value: String(raw) }
            : { ok: false, code: 'not_a_text', params: { label: what.en, labelZh: what.zh } };
  }
}
