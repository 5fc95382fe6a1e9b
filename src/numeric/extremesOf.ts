import type { Dec } from './decimal.js';

/**
 * The smallest and the largest of a non-empty list, in one loop: `Dec.min(...values)` passes every
 * value as an argument and overflows the stack for a few hundred thousand of them.
 */
export function extremesOf(values: readonly Dec[]): { min: Dec; max: Dec } {
  let min = values[0] as Dec;
  let max = min;
  for (const value of values) {
    if (value.lessThan(min)) min = value;
    if (value.greaterThan(max)) max = value;
  }
  return { min, max };
}
