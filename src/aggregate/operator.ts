import type * as z from 'zod/mini';
import type { Finding } from '../error/Finding.js';
import type { Dec } from '../numeric/decimal.js';

export type AggregateOutcome =
  | { readonly ok: true; readonly value: Dec }
  | { readonly ok: false; readonly finding: Finding };

/**
 * How a branch combines its children. `apply` receives the present children's scores and their
 * weights, already ≥ 0 and summing to exactly 1.
 */
export interface AggregationOperator<S extends { method: string }> {
  readonly id: S['method'];
  readonly params: z.ZodMiniType<S>;
  readonly check: (spec: S) => Finding[];
  readonly apply: (spec: S, values: readonly Dec[], weights: readonly Dec[]) => AggregateOutcome;
  /** True when a parent's score is the weighted sum of its children's, so contributions add up. */
  readonly additive: boolean;
}
