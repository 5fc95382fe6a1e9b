import type { Issue } from '../error/issue.js';
import type { Label, RoundingPolicy } from '../model/types.js';

/** A raw indicator value as an applicant's row carries it. `null`, absent and `""` are missing. */
export type ValueInput =
  | number
  | string
  | boolean
  | null
  | readonly string[]
  | Readonly<Record<string, number | string>>;

/** One applicant (申报对象) of a batch. */
export interface EntityInput {
  /** Unique within the batch. A number is read as its decimal text. */
  readonly id: string | number;
  readonly name?: string | Label | undefined;
  /** A sector id of the model. */
  readonly sector: string;
  /** Raw values by leaf id. */
  readonly values: Readonly<Record<string, ValueInput | undefined>>;
}

/** Options of `score`. */
export interface ScoreOptions {
  /** Throw a YoupinError when any entity is invalid, instead of reporting it. Default `false`. */
  readonly strict?: boolean | undefined;
}

/** Where an entity stands: `ineligible` and `vetoed` arrive with gates and vetoes. */
export type EntityStatus = 'scored' | 'invalid';

/** One node of one entity's result. */
export interface NodeResult {
  readonly id: string;
  readonly parent: string | null;
  readonly kind: 'branch' | 'leaf';
  /** The raw value as given (leaves only; `null` when missing or for branches). */
  readonly value: ValueInput;
  /**
   * Leaves: the value was missing (`null`, absent or `""`), whatever the policy made of it.
   * Branches: nothing under the branch could be scored.
   */
  readonly missing: boolean;
  /** The score rounded for publication ("72.40"); `null` when missing or not scored. */
  readonly score: string | null;
  /** The unrounded score, exact (guard digits dropped). */
  readonly exact: string | null;
  /** The weight used relative to the siblings (renormalised if a sibling was missing). */
  readonly weight: string;
  /** The product of the weights used on the path from the root. */
  readonly effectiveWeight: string;
  /**
   * `effectiveWeight × exact` for leaves and branches under arithmetic means only (there, the
   * leaves' contributions add up to the exact total); `null` under other operators.
   */
  readonly contribution: string | null;
}

/** One entity of the report, in input order. */
export interface EntityResult {
  /** Position in the input batch. */
  readonly index: number;
  /** `null` only when the row had no usable id. */
  readonly id: string | null;
  readonly name: string | Label | null;
  /** `null` when the row named no known sector. */
  readonly sector: string | null;
  readonly status: EntityStatus;
  /** Why the entity is not scored. Empty when scored. */
  readonly issues: readonly Issue[];
  /** Notices that did not stop scoring (renormalised weights, ignored columns). */
  readonly warnings: readonly Issue[];
  /** The published total, rounded once by the model's policy ("63.88"). */
  readonly total: string | null;
  /** The unrounded total, exact. */
  readonly totalExact: string | null;
  /** Competition ranks ("1224") on the published total. */
  readonly rank: { readonly sector: number | null; readonly overall: number | null };
  /** Every node active in the entity's sector, in tree order (empty when the sector is unknown). */
  readonly nodes: readonly NodeResult[];
}

/** What `score` returns: plain, serialisable data. The same input gives byte-identical JSON. */
export interface Report {
  readonly model: { readonly id: string; readonly version: string };
  readonly scale: { readonly min: string; readonly max: string };
  readonly rounding: RoundingPolicy;
  readonly counts: { readonly entities: number; readonly scored: number; readonly invalid: number };
  /** Batch-level notices, e.g. `zero_range` for a cohort method. */
  readonly warnings: readonly Issue[];
  readonly entities: readonly EntityResult[];
}
