import type { FactType, ScoringSpec } from '../model/types.js';

/** The kind of raw value a scoring method reads: what a leaf's value is, as a fact. */
export function leafValueType(scoring: ScoringSpec): FactType {
  switch (scoring.method) {
    case 'boolean':
      return 'boolean';
    case 'categorical':
      return 'category';
    case 'points':
      return 'list';
    default:
      return 'number';
  }
}
