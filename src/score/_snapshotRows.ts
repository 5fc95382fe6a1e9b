// Plain data nests at most this deep in a row (panels: row → panels → leaf → scores → score → field).
// Deeper than that the reader refuses it anyway; it is kept as it is (so a cycle ends here).
const DEPTH = 8;

/**
 * A private copy of a batch's rows, as plain data: arrays (holes kept) and plain objects are
 * copied, everything else is taken as it is. A prepared batch reads this copy, so a caller who
 * changes its rows afterwards cannot make a remembered reading stale.
 */
export function snapshotRows(rows: readonly unknown[]): unknown[] {
  const out = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) if (i in rows) out[i] = copy(rows[i], 1);
  return out;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > DEPTH) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i], depth + 1);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    // Defined, not assigned: a key `__proto__` stays a key.
    Object.defineProperty(out, key, {
      value: copy((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
