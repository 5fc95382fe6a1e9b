import type { Direction, ScoringSpec } from '../primitives/types.js';

/** The variant of a scoring spec in words, for the `variant` of a result (see MethodResult). */
export function variantOf(spec: ScoringSpec, direction: Direction): string {
  const s = spec as { method: string; transform?: string; sd?: string; lowerForm?: string };
  const method = s.method === 'distanceToBest' ? 'max' : s.method;
  const detail =
    s.transform === 'log'
      ? ' on ln x'
      : s.sd
        ? ` (${s.sd} sd)`
        : method === 'max' && direction === 'lower'
          ? s.lowerForm === 'complement'
            ? ', 1 − x / max'
            : ', min / x'
          : '';
  return `${method}${detail}${direction === 'lower' ? ', lower is better' : ''}`;
}
