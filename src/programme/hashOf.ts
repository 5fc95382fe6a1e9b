import { canonicalJson } from './canonicalJson.js';
import { sha256 } from './sha256.js';

/**
 * The SHA-256 of data's canonical JSON (keys sorted, no white space): the same data gives the
 * same hash, whatever order its keys were written in. An edition names its model and its batch so.
 *
 * @param value - JSON data
 * @returns 64 lowercase hex digits
 * @example
 * ```ts
 * import { hashOf } from 'youpin/programme';
 * hashOf({ b: 1, a: [1, 2] }) === hashOf({ a: [1, 2], b: 1 }); // → true
 * hashOf('abc'); // → '6cc43f858fbb763301637b5af970e2a46b46f461f27e5a0f41e009c59b827b25'
 * ```
 */
export function hashOf(value: unknown): string {
  return sha256(canonicalJson(value));
}
