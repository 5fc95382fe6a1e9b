import type * as z from 'zod/mini';
import type { Finding } from '../error/Finding.js';
import type { Dec } from '../numeric/decimal.js';
import type { Direction } from '../primitives/types.js';

export type { Finding } from '../error/Finding.js';

/** What a method knows about the leaf it scores. */
export interface LeafContext {
  readonly leafId: string;
  readonly direction: Direction;
  readonly min: Dec;
  readonly max: Dec;
}

export type AbsoluteOutcome =
  | { readonly ok: true; readonly score: Dec }
  | { readonly ok: false; readonly finding: Finding };

/** A sample-independent scoring function: one raw value in, one score out. */
export interface AbsoluteMethod<S extends { method: string }> {
  readonly kind: 'absolute';
  readonly id: S['method'];
  /**
   * True when the leaf's direction changes the scores; false when the spec's own tables, anchors
   * or items say what is better (then `direction: 'lower'` is refused rather than ignored).
   */
  readonly readsDirection: boolean;
  readonly params: z.ZodMiniType<S>;
  /** Checks of the spec that zod cannot express (goalpost order …); paths relative to the spec. */
  readonly check: (spec: S, ctx: LeafContext) => Finding[];
  /** Prepares the spec once; the returned function scores one non-missing raw value. */
  readonly compile: (spec: S, ctx: LeafContext) => (value: unknown) => AbsoluteOutcome;
}

/**
 * The figures a cohort method used, by name (the extremes of min-max, the mean and sd of a
 * z-score, the norm of vector normalisation, fractional ranks aligned with the values).
 */
export type CohortFigures = Readonly<Record<string, Dec | ReadonlyArray<Dec | null>>>;

export interface CohortOutcome {
  readonly scores: ReadonlyArray<Dec | null>;
  readonly warnings: Finding[];
  readonly errors: ReadonlyArray<{ readonly index: number; readonly finding: Finding }>;
  /** What the scores were computed from; absent when the cohort is empty. */
  readonly statistics?: CohortFigures;
}

/** A cohort-relative scoring function: all values of a cohort in (null = missing), scores out. */
export interface CohortMethod<S extends { method: string }> {
  readonly kind: 'cohort';
  readonly id: S['method'];
  /** For a deprecated alias (`distanceToBest`): the primary name it stands for (`max`). */
  readonly aliasOf?: string;
  /** True when the leaf's direction changes the scores (see {@link AbsoluteMethod}). */
  readonly readsDirection: boolean;
  readonly params: z.ZodMiniType<S>;
  readonly check: (spec: S, ctx: LeafContext) => Finding[];
  readonly apply: (spec: S, values: ReadonlyArray<Dec | null>, ctx: LeafContext) => CohortOutcome;
}
