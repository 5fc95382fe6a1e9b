import type { Dec } from '../numeric/decimal.js';
import type { ShapeBounds } from './checkShape.js';
import { checkShape } from './checkShape.js';

/**
 * COINr's `winsorise`: while the cohort fails the skewness-and-kurtosis rule and fewer than
 * `maxPoints` values have moved, the values equal to the highest (for a skewness ≥ 0; else the
 * lowest) take the next value in. Equal values move together (COINr does the same), so a tie may
 * take the count past `maxPoints`: two applicants with the same figure are never treated apart.
 * Returns the values, the side each moved value moved from, the count and the caps.
 */
export function winsorise(
  values: readonly Dec[],
  bounds: ShapeBounds,
  maxPoints: number,
): {
  values: Dec[];
  moved: Array<'high' | 'low' | undefined>;
  points: number;
  high: Dec | null;
  low: Dec | null;
} {
  const x = [...values];
  const moved: Array<'high' | 'low' | undefined> = [];
  const caps = { high: null as Dec | null, low: null as Dec | null };
  let points = 0;
  for (;;) {
    const { pass, sign } = checkShape('winsorised', x, bounds);
    if (pass !== false || points >= maxPoints) break;
    const side = sign < 0 ? 'low' : 'high';
    const beyond = (a: Dec, b: Dec) => (side === 'high' ? a.greaterThan(b) : a.lessThan(b));
    let extreme = x[0] as Dec;
    for (const v of x) if (beyond(v, extreme)) extreme = v;
    let next: Dec | undefined;
    for (const v of x) if (!v.equals(extreme) && (!next || beyond(v, next))) next = v;
    if (!next) break; // every value equal: nothing left to move
    x.forEach((v, i) => {
      if (v.equals(extreme)) {
        x[i] = next as Dec;
        moved[i] = side;
      }
    });
    caps[side] = next;
    points = moved.filter(Boolean).length;
  }
  return { values: x, moved, points, ...caps };
}
