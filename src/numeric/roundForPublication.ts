import type { RoundingPolicy } from '../model/types.js';
import { Dec } from './decimal.js';
import { settle } from './settle.js';

const modes = {
  'half-up': Dec.ROUND_HALF_UP,
  'half-even': Dec.ROUND_HALF_EVEN,
  down: Dec.ROUND_DOWN,
  up: Dec.ROUND_UP,
} as const;

/**
 * Rounds once, for publication: guard digits dropped first, then the policy's decimals and mode.
 * Always shows the policy's number of decimals ("70.00"), never "-0.00".
 */
export function roundForPublication(value: Dec, policy: RoundingPolicy): string {
  const rounded = settle(value).toDecimalPlaces(policy.decimals, modes[policy.mode]);
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(policy.decimals);
}
