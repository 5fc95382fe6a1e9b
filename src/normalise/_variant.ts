import type { Direction, ScoringSpec } from '../primitives/types.js';

/** The variant of a scoring spec in words, for the `variant` of a result (see MethodResult). */
export function variantOf(spec: ScoringSpec, direction: Direction): string {
  const lower = direction === 'lower';
  const side = lower ? ', lower is better' : '';
  switch (spec.method) {
    case 'linear':
      return `linear between goalposts, clamped${side}`;
    case 'log':
      return `log-linear between goalposts, clamped${side}`;
    case 'piecewise':
      return 'piecewise-linear through anchor points';
    case 'categorical':
      return 'categorical lookup';
    case 'points':
      return 'points with a cap';
    case 'steps':
      return 'incremental steps with a cap';
    case 'boolean':
      return 'yes or no';
    case 'banded':
      return 'banded percentage';
    case 'direct':
      return 'direct score';
    case 'minmax':
      return `${spec.transform === 'log' ? 'min-max on ln x' : 'min-max'} over the cohort${side}`;
    case 'zscore':
      return `z-score (${spec.sd} sd)${side}`;
    case 'rank':
      return `rank, ties averaged${side}`;
    case 'max':
    case 'distanceToBest':
      return !lower
        ? 'max normalisation, x / max'
        : spec.lowerForm === 'complement'
          ? 'max normalisation, 1 − x / max (lower is better)'
          : 'max normalisation, min / x (lower is better)';
    case 'vector':
      return lower ? 'vector normalisation, 1 − x / √(Σx²)' : 'vector normalisation, x / √(Σx²)';
  }
}
