// Records keyed by ids that a model or a batch chooses. An id may be named like a property that
// every plain object inherits (`toString`, `valueOf`, `hasOwnProperty` …): `record[id]` would then
// read a function from Object.prototype, and `record[id] = v` with `__proto__` would set the
// prototype. These two read and write own properties only.

/** `record[key]` if `record` has it as its own property; `undefined` otherwise. */
export function own<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets an own, enumerable property, also for `__proto__` (which plain assignment would not). */
export function putOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
