import type { CompiledNode } from '../model/compiled.js';
import type { ScoringSpec } from '../model/types.js';
import { leafValueType } from './leafValueType.js';
import { readBoolean } from './readBoolean.js';
import { type CategoryValues, categoryValues, readCategory } from './readCategory.js';
import { readQuantity } from './readQuantity.js';
import type { Reading } from './types.js';

const tables = new WeakMap<ScoringSpec, CategoryValues>();

/**
 * A leaf's present raw value in the form its scoring method reads, by the same rules as facts:
 * a number written as people write it (`56,000`, `88.5%` for a leaf in %, full-width digits) as
 * its exact decimal text; yes/no from the one vocabulary; a category by its id or label. Values
 * that are not text pass unchanged (the method checks them).
 */
export function readLeafValue(node: CompiledNode, raw: unknown): Reading<unknown> {
  const input = node.leaf?.input;
  if (!input) return { ok: true, value: raw };
  const what = input.label;
  switch (leafValueType(input.scoring)) {
    case 'number': {
      if (typeof raw !== 'string') return { ok: true, value: raw };
      const read = readQuantity(raw, input.unit, what);
      return read.ok ? { ok: true, value: read.value.toFixed() } : read;
    }
    case 'boolean':
      return readBoolean(raw, what);
    case 'category': {
      const scoring = input.scoring;
      if (scoring.method !== 'categorical' || (typeof raw !== 'string' && typeof raw !== 'number'))
        return { ok: true, value: raw };
      let table = tables.get(scoring);
      if (!table) {
        table = categoryValues(scoring.categories);
        tables.set(scoring, table);
      }
      return readCategory(raw, table, what);
    }
    default:
      return { ok: true, value: raw };
  }
}
