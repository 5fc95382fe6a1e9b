import type { ValueInput } from '../entity/types.js';
import type { Issue } from '../error/issue.js';
import type { Label, ModelInput, RoundingPolicy } from '../model/types.js';
import type { PanelResult } from '../panel/aggregatePanel.js';
import type { RuleOutcome } from '../rules/types.js';
import type { SelectionResult } from '../select/types.js';

export type { EntityInput, EventInput, FactValue, ValueInput } from '../entity/types.js';

/** Options of `score`. */
export interface ScoreOptions {
  /** Throw a YoupinError when any entity is invalid, instead of reporting it. Default `false`. */
  readonly strict?: boolean | undefined;
  /** Overrides the model's evaluation date (YYYY-MM-DD) for look-backs and yearly windows. */
  readonly evaluationDate?: string | undefined;
  /**
   * Called as entities are scored, at most about a hundred times per batch: `done` of `total`.
   * For progress bars; it must not throw. Scoring is synchronous, so a bar drawn here must be
   * written synchronously (a terminal's stderr is).
   */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Which arithmetic computes the scores. `exact` (decimal throughout) gives every figure of the
   * report, including the unrounded ones. `fast` computes leaf scores and aggregates in float64
   * with a bound on their error and recomputes exactly every applicant with a figure near a
   * rounding boundary: every published figure, rank and selection is the exact path's, but an
   * applicant decided in float64 has `null` unrounded figures (`totalExact`, a node's `exact`
   * and `contribution`, `adjustments.before`; a cohort leaf keeps its exact score), which
   * `explain` and `toHtml` recompute exactly when they need them. `auto` (the default) is `fast` from
   * {@link FAST_PATH_FROM} applicants up. Models with a scoring method or operator that has no
   * float64 form, fusion or adjustments are always scored exactly; `report.engine` says which
   * path ran.
   */
  readonly engine?: 'auto' | 'exact' | 'fast' | undefined;
}

/**
 * Where an entity stands: `scored`; `ineligible` (a gate failed, or could not be checked);
 * `vetoed` (a veto fired); `invalid` (its data could not be read or scored).
 */
export type EntityStatus = 'scored' | 'ineligible' | 'vetoed' | 'invalid';

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
   * leaves' contributions add up to the exact total before adjustments); `null` under other
   * operators. With a model `fusion`, leaves contribute their fused share × score (still adding up
   * to the total) and branches `null`.
   */
  readonly contribution: string | null;
  /** Leaves scored by an expert panel: every raw score, who was dropped, spread and flag. */
  readonly panel: PanelResult | null;
  /** Leaves with a third-party verification status. */
  readonly verification: 'passed' | 'failed' | 'pending' | null;
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
  /** Every gate and veto that applies to the entity's sector, with what it read. */
  readonly eligibility: {
    readonly gates: readonly RuleOutcome[];
    readonly vetoes: readonly RuleOutcome[];
  };
  /** Bonus and penalty points applied to the total (before rounding). */
  readonly adjustments: {
    readonly applied: ReadonlyArray<{ readonly id: string; readonly points: string }>;
    /** The total before adjustments, exact. */
    readonly before: string | null;
  };
  /** Whether the entity is on the list, and why (or why not); null when the model has no `selection`. */
  readonly selection: SelectionResult | null;
  /** With a model `fusion`: each source's weight (after absent sources gave theirs away) and score. */
  readonly sources: ReadonlyArray<{
    readonly source: string;
    readonly weight: string;
    readonly score: string | null;
  }> | null;
}

/** What `score` returns: plain, serialisable data. The same input gives byte-identical JSON. */
export interface Report {
  readonly model: { readonly id: string; readonly version: string };
  /**
   * The validated model the batch was scored with, so that a report explains itself (labels,
   * weights, rules) and can be re-run years later for an appeal or an audit.
   */
  readonly definition: ModelInput;
  readonly scale: { readonly min: string; readonly max: string };
  readonly rounding: RoundingPolicy;
  /**
   * The arithmetic that ran (see {@link ScoreOptions.engine}): on `fast`, applicants decided in
   * float64 have `null` unrounded figures; every published figure is the exact path's.
   */
  readonly engine: 'exact' | 'fast';
  /** The evaluation date the rules counted from, or null when the model has none. */
  readonly evaluationDate: string | null;
  readonly counts: {
    readonly entities: number;
    readonly scored: number;
    readonly ineligible: number;
    readonly vetoed: number;
    readonly invalid: number;
    readonly selected: number;
  };
  /** Batch-level notices, e.g. `zero_range` for a cohort method. */
  readonly warnings: readonly Issue[];
  readonly entities: readonly EntityResult[];
}
