import type { AggregationSpec, ScoringSpec } from '../model/types.js';
import type { EntityStatus } from '../score/types.js';

/** How the weights are uncertain; each parent's children are renormalised to sum to 1. */
export type WeightUncertainty =
  | {
      /** Each weight times an independent U(1 − fraction, 1 + fraction) (±20 % is 0.2). */
      readonly kind: 'uniform';
      readonly fraction: number;
      /** The nodes whose weight is uncertain (default: every weighted node). */
      readonly nodes?: readonly string[] | undefined;
    }
  | {
      /**
       * Siblings' weights drawn from Dirichlet(c·w) around the profile's w: the mean is w and
       * each weight's variance is w(1 − w)/(c + 1); larger c, less uncertainty.
       */
      readonly kind: 'dirichlet';
      readonly concentration: number;
    };

/** Options of {@link sensitivity}: the seed, the uncertain inputs (as data), and the effort. */
export interface SensitivityOptions {
  /** Same seed, same result, in Node and in browsers. */
  readonly seed: number | string;
  /** Monte Carlo draws for rank intervals and probabilities (default 1000, at most 1,000,000). */
  readonly draws?: number | undefined;
  readonly weights?: WeightUncertainty | undefined;
  /** Alternative scoring functions or goalposts per leaf id: a draw takes the model's or one of these, uniformly. */
  readonly scoring?: Readonly<Record<string, readonly ScoringSpec[]>> | undefined;
  /** Alternative aggregation operators per branch id, drawn the same way. */
  readonly operators?: Readonly<Record<string, readonly AggregationSpec[]>> | undefined;
  /**
   * Leave one indicator out: a draw drops none or one of these leaves, uniformly (`true`: every
   * leaf), its siblings' weights renormalised.
   */
  readonly exclude?: boolean | readonly string[] | undefined;
  /**
   * Variance-based (Sobol) indices of each uncertain input, from N base rows (N·(inputs + 2)
   * evaluations), with bootstrap intervals. The output analysed: the mean absolute shift of rank
   * against the model's own ranking (`rankShift`, default) or the number of applicants whose
   * selection changes (`selectionChanges`).
   */
  readonly sobol?:
    | {
        readonly n: number;
        readonly bootstrap?: number | undefined;
        readonly output?: 'rankShift' | 'selectionChanges' | undefined;
      }
    | undefined;
  /** As for `score()`. */
  readonly evaluationDate?: string | undefined;
  /** Called as evaluations are done (draws, then Sobol rows): `done` of `total`. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** One uncertain input of the analysis. */
export interface SensitivityInput {
  /** `weight:D1`, `weights:total` (a Dirichlet group), `scoring:I1`, `operator:Q`, `exclude`. */
  readonly id: string;
  readonly kind: 'weight' | 'weights' | 'scoring' | 'operator' | 'exclude';
  /** The node it concerns (null for `exclude`). */
  readonly node: string | null;
  /** Choices for a discrete input (the model's first), null for a continuous one. */
  readonly choices: number | null;
}

/** Interval of a rank over the draws: type-7 quantiles. */
export interface RankInterval {
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
}

/** One applicant under the uncertainty. */
export interface EntitySensitivity {
  readonly id: string | null;
  readonly sector: string | null;
  /** The model's own result; only `scored` applicants take part (the others are listed, with nulls). */
  readonly status: EntityStatus;
  readonly nominal: {
    readonly rank: number | null;
    readonly sectorRank: number | null;
    readonly selected: boolean;
    readonly band: string | null;
  };
  readonly rank: RankInterval | null;
  readonly sectorRank: RankInterval | null;
  /**
   * Shares of the draws, with the binomial standard error of the selection share; null for an
   * applicant the model did not score, or a model without a selection.
   */
  readonly probability: {
    readonly selected: number;
    readonly standardError: number;
    readonly bands: Readonly<Record<string, number>>;
  } | null;
}

/** A first-order or total index with its bootstrap interval. */
export interface SobolFigure {
  readonly estimate: number;
  readonly standardError: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** The variance-based indices of every uncertain input. */
export interface SobolResult {
  readonly estimator: { readonly first: 'saltelli2010'; readonly total: 'jansen1999' };
  readonly output: 'rankShift' | 'selectionChanges';
  readonly n: number;
  readonly evaluations: number;
  /** True when the output never varied (every index is then 0). */
  readonly constantOutput: boolean;
  readonly bootstrap: { readonly resamples: number; readonly level: number } | null;
  readonly indices: ReadonlyArray<{
    readonly input: string;
    readonly first: SobolFigure;
    readonly total: SobolFigure;
  }>;
}

/**
 * What {@link sensitivity} returns. Ranks and probabilities only: no score computed here is an
 * official figure (the analysis runs in float64).
 */
export interface SensitivityResult {
  readonly model: { readonly id: string; readonly version: string };
  readonly seed: number | string;
  readonly draws: number;
  readonly inputs: readonly SensitivityInput[];
  readonly entities: readonly EntitySensitivity[];
  readonly sobol: SobolResult | null;
}

/**
 * One share of an analysis (see `sensitivityPart`): the ranks of draws `[from, to)` (draw-major,
 * one row of applicants per draw), selection and band counts, and the Sobol outputs of rows
 * `[from, to)`. Plain data and typed arrays, so it crosses `postMessage` cheaply.
 */
export interface SensitivityPart {
  readonly draws: readonly [number, number];
  readonly ranks: Int32Array;
  readonly sectorRanks: Int32Array;
  readonly selected: Int32Array;
  readonly bands: readonly Int32Array[];
  readonly sobolRows: readonly [number, number];
  readonly fA: Float64Array;
  readonly fB: Float64Array;
  readonly fAB: readonly Float64Array[];
}
