import type { RoundingPolicy } from '../primitives/types.js';
import { Dec } from './decimal.js';

const modes = {
  'half-up': Dec.ROUND_HALF_UP,
  'half-even': Dec.ROUND_HALF_EVEN,
  down: Dec.ROUND_DOWN,
  up: Dec.ROUND_UP,
} as const;

/**
 * The one rounding for publication, of a value already settled (guard digits dropped): the
 * policy's decimals and mode, always showing that many decimals ("70.00"), never "-0.00".
 */
export function publishSettled(settled: Dec, policy: RoundingPolicy): string {
  const rounded = settled.toDecimalPlaces(policy.decimals, modes[policy.mode]);
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(policy.decimals);
}
