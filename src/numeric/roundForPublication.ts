import type { RoundingPolicy } from '../primitives/types.js';
import type { Dec } from './decimal.js';
import { publishSettled } from './publishSettled.js';
import { settle } from './settle.js';

/**
 * Rounds once, for publication: guard digits dropped first, then the policy's decimals and mode.
 * Always shows the policy's number of decimals ("70.00"), never "-0.00".
 */
export function roundForPublication(value: Dec, policy: RoundingPolicy): string {
  return publishSettled(settle(value), policy);
}
