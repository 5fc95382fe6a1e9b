// The primitive shapes that the methods (normalise, aggregate, weight, mcda, numeric) and the model
// share. They live below both, so a method never imports the model to name a number or a direction.

/** A text in Chinese and English. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** An exact number: a JS number (read through its shortest form) or a decimal string such as `"63.875"`. */
export type DecimalInput = number | string;

/** A weight: a decimal, or a fraction string such as `"1/3"` (kept exact). */
export type WeightInput = number | string;

/** Whether a higher or a lower raw value is better. */
export type Direction = 'higher' | 'lower';

/** Sample-independent scoring functions. */
export type AbsoluteScoringSpec =
  | {
      /** Linear between goalposts, clamped; a `lower` leaf runs from upper (bottom) to lower (top). */
      readonly method: 'linear';
      readonly lower: DecimalInput;
      readonly upper: DecimalInput;
    }
  | {
      /** Linear in ln(x) between goalposts (> 0), clamped; values at or below `lower` take the bottom. */
      readonly method: 'log';
      readonly lower: DecimalInput;
      readonly upper: DecimalInput;
    }
  | {
      /** Linear interpolation through anchor points `[x, score]`, x strictly increasing, flat outside. */
      readonly method: 'piecewise';
      readonly points: ReadonlyArray<readonly [DecimalInput, DecimalInput]>;
    }
  | {
      /** A lookup table: grade → score. */
      readonly method: 'categorical';
      readonly categories: ReadonlyArray<{
        readonly value: string;
        readonly score: DecimalInput;
        readonly label?: Label | undefined;
      }>;
    }
  | {
      /** Items worth points, summed and capped; the capped sum is mapped onto the scale (cap → top). */
      readonly method: 'points';
      readonly items: ReadonlyArray<{
        readonly id: string;
        readonly points: DecimalInput;
        readonly label?: Label | undefined;
      }>;
      readonly cap: DecimalInput;
    }
  | {
      /**
       * Steps: from `from` on, `start` points, plus `increment` for every further full `step`, capped
       * ("每增加 1000 万元加 1 分，最高 30 分"); the capped points are mapped onto the scale.
       */
      readonly method: 'steps';
      readonly from: DecimalInput;
      readonly step: DecimalInput;
      readonly increment: DecimalInput;
      readonly start?: DecimalInput | undefined;
      readonly cap: DecimalInput;
    }
  | {
      /** Yes/no: `true` scores `whenTrue` (default: top of scale), `false` scores `whenFalse` (default: bottom). */
      readonly method: 'boolean';
      readonly whenTrue?: DecimalInput | undefined;
      readonly whenFalse?: DecimalInput | undefined;
    }
  | {
      /** A percentage in fixed steps (GB/Z 19579: 0, 5, …, 100) mapped onto the scale. */
      readonly method: 'banded';
      readonly step?: DecimalInput | undefined;
    }
  | {
      /** The value is already a score on the model's scale (expert leaves); outside the scale is an error. */
      readonly method: 'direct';
    };

/**
 * How max normalisation scores a lower-is-better leaf: `inverse` is min / x (the best, the
 * smallest, scores the top; pymcdm `linear_normalization`), `complement` is 1 − x / max (the worst,
 * the largest, scores the bottom; pymcdm `max_normalization`).
 */
export type MaxLowerForm = 'inverse' | 'complement';

/** Where a cohort method takes its statistics: the entity's sector (default) or the whole batch. */
export type CohortScope = 'sector' | 'all';

/**
 * Cohort-relative scoring (researchers): an entity's score depends on the others, so adding an
 * applicant can reorder the rest (rank reversal). Only valid entities form the cohort.
 */
export type CohortScoringSpec =
  | {
      /** Min-max over the cohort: (x − min) / (max − min), reversed for a lower-is-better leaf. */
      readonly method: 'minmax';
      /**
       * `'log'`: min-max on ln x, for skewed indicators such as revenue (every value must be
       * > 0). Default: the values as they are.
       */
      readonly transform?: 'log' | undefined;
      readonly scope?: CohortScope | undefined;
    }
  | {
      readonly method: 'zscore';
      /** Population (÷n) or sample (÷(n−1)) standard deviation: a choice that must be stated. */
      readonly sd: 'population' | 'sample';
      /** The score is `center + spread × z` (defaults 0 and 1: the plain z-score). */
      readonly center?: DecimalInput | undefined;
      readonly spread?: DecimalInput | undefined;
      readonly scope?: CohortScope | undefined;
    }
  | { readonly method: 'rank'; readonly scope?: CohortScope | undefined }
  | {
      /**
       * Max (linear) normalisation: x / max; for a lower-is-better leaf min / x (`lowerForm:
       * 'inverse'`, the default) or 1 − x / max (`'complement'`). Values must be ≥ 0.
       */
      readonly method: 'max';
      readonly lowerForm?: MaxLowerForm | undefined;
      readonly scope?: CohortScope | undefined;
    }
  | {
      /**
       * @deprecated Use `'max'`, the same method under the name the literature gives it (max or
       * linear normalisation); `'distanceToBest'` is still read and scores the same.
       */
      readonly method: 'distanceToBest';
      readonly lowerForm?: MaxLowerForm | undefined;
      readonly scope?: CohortScope | undefined;
    }
  | { readonly method: 'vector'; readonly scope?: CohortScope | undefined };

/** How a leaf turns its raw value into a score. */
export type ScoringSpec = AbsoluteScoringSpec | CohortScoringSpec;

/** How a branch combines its children's scores. Weighted arithmetic mean by default. */
export type AggregationSpec =
  | { readonly method: 'arithmetic' }
  | { readonly method: 'geometric' }
  | { readonly method: 'harmonic' }
  | { readonly method: 'minimum' }
  | {
      /** Generalised (power) mean (Σ wᵢxᵢᵖ)^(1/p), p ≠ 0. */
      readonly method: 'power';
      readonly p: DecimalInput;
    };

/** How published figures are rounded: once, at the end. Default 2 decimals, half-up (四舍五入). */
export interface RoundingPolicy {
  readonly decimals: number;
  readonly mode: 'half-up' | 'half-even' | 'down' | 'up';
}

/** A raw indicator value as an applicant's row carries it. `null`, absent and `""` are missing. */
export type ValueInput =
  | number
  | string
  | boolean
  | null
  | readonly string[]
  | Readonly<Record<string, number | string>>;
