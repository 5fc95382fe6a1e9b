import type { Label } from '../model/types.js';
import type { ExpertScore } from '../panel/types.js';
import type { ValueInput } from '../primitives/types.js';

export type { ValueInput };

// What an applicant's row carries, read by both the exact engine (src/score) and the fast kernel
// (src/fast); it lives here, below both, so neither imports the other for it.

/** One applicant (申报对象) of a batch. */
export interface EntityInput {
  /** Unique within the batch. A number is read as its decimal text. */
  readonly id: string | number;
  readonly name?: string | Label | undefined;
  /** A sector id of the model. */
  readonly sector: string;
  /**
   * Raw values by leaf id. A key that names no leaf of the model (a typo, a dimension, a fact)
   * makes the row `invalid` (`unknown_indicator`, naming the closest leaf); a leaf that the row's
   * sector does not score is ignored with an `unknown_indicator` warning.
   */
  readonly values: Readonly<Record<string, ValueInput | undefined>>;
  /** Facts that gates, vetoes and adjustments read (营业收入, 信用等级, 公益性 …). */
  readonly facts?: Readonly<Record<string, FactValue>> | undefined;
  /** Yearly series by name, each keyed by year: `{ profit: { '2021': 120, '2022': -5 } }`. */
  readonly series?:
    | Readonly<Record<string, Readonly<Record<string, number | string | null>>>>
    | undefined;
  /** Dated events (accidents, failed spot checks, penalties) for look-back rules. */
  readonly events?: readonly EventInput[] | undefined;
  /** Expert scores by leaf id, combined by the leaf's panel rule into the leaf's value. */
  readonly panels?: Readonly<Record<string, readonly ExpertScore[]>> | undefined;
  /** Third-party verification of each leaf's evidence. */
  readonly verification?: Readonly<Record<string, 'passed' | 'failed' | 'pending'>> | undefined;
}

/** A fact's value. */
export type FactValue = number | string | boolean | null | readonly string[];

/** A dated event: `{ type: 'quality_accident', date: '2023-05-01', severity: 'major' }`. */
export interface EventInput {
  readonly type: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly severity?: string | undefined;
  readonly note?: string | undefined;
}
