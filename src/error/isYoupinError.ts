import type { YoupinError } from './YoupinError.js';

const brand = Symbol.for('youpin.YoupinError');

/**
 * Tells whether a value is a {@link YoupinError}, also across realms and across the ESM and CJS
 * copies of the package, where `instanceof` fails.
 *
 * @param value - anything caught
 * @returns `true` when `value` is a YoupinError
 * @example
 * ```ts
 * import { isYoupinError, safeDefineModel } from 'youpin';
 * const result = safeDefineModel({});
 * isYoupinError(result.success ? null : result.error); // → true
 * ```
 */
export function isYoupinError(value: unknown): value is YoupinError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[brand] === true
  );
}
