import type { AggregationOperator } from './operator.js';
import { arithmetic } from './operators/arithmetic.js';
import { geometric } from './operators/geometric.js';
import { harmonic } from './operators/harmonic.js';
import { minimum } from './operators/minimum.js';
import { power } from './operators/power.js';

// Specs reach an operator only after its own `params` schema parsed them; the type is erased here.
export type ErasedOperator = AggregationOperator<{ method: string }>;

const erase = (o: unknown): ErasedOperator => o as ErasedOperator;

/** Every aggregation operator, registered explicitly; the model schema is built from this list. */
export const aggregationOperators: readonly ErasedOperator[] = [
  arithmetic,
  geometric,
  harmonic,
  minimum,
  power,
].map(erase);

/** The operator with this id. */
export function aggregationOperator(id: string): ErasedOperator | undefined {
  return aggregationOperators.find((o) => o.id === id);
}
