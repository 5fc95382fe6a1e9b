import type { Random } from './createRandom.js';

/**
 * A Gamma(shape, 1) draw for shape ≥ 1 by Marsaglia & Tsang (2000), "A simple method for
 * generating gamma variables", ACM TOMS 26(3), 363–372: with d = shape − 1/3, c = 1/√(9d), draw
 * x ~ N(0, 1) until v = (1 + c·x)³ > 0, then accept d·v if U < 1 − 0.0331·x⁴ (the squeeze) or
 * ln U < x²/2 + d·(1 − v + ln v). The caller checks the shape and applies the boost for shape < 1.
 *
 * @param random - the stream to draw from (normals and uniforms)
 * @param shape - the shape, ≥ 1
 * @returns a positive number
 */
export function marsagliaTsang(random: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x = 0;
    let v = 0;
    do {
      x = random.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    const xx = x * x;
    if (u < 1 - 0.0331 * xx * xx) return d * v;
    if (Math.log(u) < 0.5 * xx + d * (1 - v + Math.log(v))) return d * v;
  }
}
