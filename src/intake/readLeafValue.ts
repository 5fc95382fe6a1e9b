import type { CompiledNode } from '../model/compiled.js';
import type { ScoringSpec } from '../model/types.js';
import { checkDomain } from './checkDomain.js';
import { leafValueType } from './leafValueType.js';
import { readBoolean } from './readBoolean.js';
import { type CategoryValues, categoryValues, readCategory } from './readCategory.js';
import { readQuantity } from './readQuantity.js';
import type { Reading } from './types.js';

const tables = new WeakMap<ScoringSpec, CategoryValues>();

/**
 * A leaf's present raw value in the form its scoring method reads, by the same rules as facts:
 * a number written as people write it (`56,000`, `88.5%` for a leaf in %, full-width digits) as
 * its exact decimal text, within the leaf's domain when it declares one; yes/no from the one vocabulary; a category by its id or label. Values
 * that are not text pass unchanged (the method checks them).
 */
export function readLeafValue(node: CompiledNode, raw: unknown): Reading<unknown> {
  const input = node.leaf?.input;
  if (!input) return { ok: true, value: raw };
  const what = input.label;
  switch (leafValueType(input.scoring)) {
    case 'number': {
      const domain = node.leaf?.domain ?? null;
      if (typeof raw !== 'string') {
        // A number from JSON passes as it is (its method checks it), once it is within its domain.
        if (domain === null) return { ok: true, value: raw };
        const read = readQuantity(raw, input.unit, what);
        if (!read.ok) return { ok: true, value: raw };
        const checked = checkDomain(read.value, domain, what, raw);
        return checked.ok ? { ok: true, value: raw } : checked;
      }
      const read = readQuantity(raw, input.unit, what);
      if (!read.ok) return read;
      const checked = domain === null ? read : checkDomain(read.value, domain, what, raw);
      return checked.ok ? { ok: true, value: checked.value.toFixed() } : checked;
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
