import type { Random } from './createRandom.js';
import { marsagliaTsang } from './marsagliaTsang.js';

/**
 * The natural logarithm of a Gamma(shape, 1) draw, for shape > 0 (checked by the caller).
 *
 * Same draws, in the same order, as `random.gamma(shape)` — Marsaglia & Tsang (2000), with the
 * boost Gamma(a) = Gamma(a + 1)·U^(1/a) for a < 1 — but the boost is taken in logs
 * (ln Gamma(a + 1) + ln U / a), so it does not underflow to 0 for a small shape (for a = 0.001,
 * U^(1/a) is below the smallest double about half the time). Dirichlet sampling needs that.
 *
 * @param random - the stream to draw from
 * @param shape - the shape, > 0
 * @returns a finite number
 */
export function logGammaVariate(random: Random, shape: number): number {
  if (shape >= 1) return Math.log(marsagliaTsang(random, shape));
  const boosted = marsagliaTsang(random, shape + 1);
  return Math.log(boosted) + Math.log(1 - random.next()) / shape;
}
