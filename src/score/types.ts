import type { ValueInput } from '../entity/types.js';
import type { Issue } from '../error/issue.js';
import type { Label, ModelInput, RoundingPolicy } from '../model/types.js';
import type { PanelResult } from '../panel/aggregatePanel.js';
import type { ReapplicationBan } from '../rules/reapplicationBan.js';
import type { RuleOutcome } from '../rules/types.js';
import type { NotScoredSelection, SelectionResult } from '../select/types.js';
import type { TreatedValue, TreatmentRecord } from '../treat/types.js';

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
  /**
   * Re-application bans in force (see `ReapplicationBan`): an applicant whose id is banned on the
   * evaluation date fails the automatic gate `reapplication_ban` (ineligible), which reports the
   * revocation date and the last day of the ban. Needs an evaluation date.
   */
  readonly bans?: readonly ReapplicationBan[] | undefined;
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
  /**
   * Cohort leaves whose value data treatment changed (the model's `treatment`): imputed,
   * winsorised or transformed, from what to what. Absent (no key) on every other node.
   */
  readonly treated?: TreatedValue | undefined;
}

/** What every entity of the report has, whatever its status. */
interface EntityResultBase {
  /** Position in the input batch. */
  readonly index: number;
  readonly name: string | Label | null;
  /** Why the entity is not scored. Empty when scored. */
  readonly issues: readonly Issue[];
  /** Notices that did not stop scoring (renormalised weights, ignored columns). */
  readonly warnings: readonly Issue[];
  /** Every node active in the entity's sector, in tree order (empty when the sector is unknown). */
  readonly nodes: readonly NodeResult[];
  /** Every gate and veto that applies to the entity's sector, with what it read. */
  readonly eligibility: {
    readonly gates: readonly RuleOutcome[];
    readonly vetoes: readonly RuleOutcome[];
  };
  /** With a model `fusion`: each source's weight (after absent sources gave theirs away) and score. */
  readonly sources: ReadonlyArray<{
    readonly source: string;
    readonly weight: string;
    readonly score: string | null;
  }> | null;
}

/** What an entity that is not scored has in place of figures. */
interface NotScored {
  readonly total: null;
  readonly totalExact: null;
  readonly rank: { readonly sector: null; readonly overall: null };
  readonly adjustments: { readonly applied: readonly []; readonly before: null };
  /** `reason: 'not_scored'` when the model has a `selection`; `null` when it has none. */
  readonly selection: NotScoredSelection | null;
}

/**
 * An entity that passed its gates and vetoes and whose every value could be read and scored: it
 * has a published total, ranks and (with a model `selection`) a selection. After
 * `e.status === 'scored'` these are typed non-null.
 *
 * @example
 * ```ts
 * import { score, type ScoredEntity } from 'youpin';
 * import { readFileSync } from 'node:fs';
 * import { liaocheng2024 } from 'youpin/presets';
 * const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const scored: ScoredEntity[] = score(liaocheng2024, batch).entities.filter(
 *   (e): e is ScoredEntity => e.status === 'scored',
 * );
 * const top = scored.find((e) => e.rank.overall === 1);
 * [top?.id, top?.sector, top?.total, top?.rank.sector]; // → [ 'M002', 'manufacturing', '93.50', 1 ]
 * ```
 */
export interface ScoredEntity extends EntityResultBase {
  readonly status: 'scored';
  /** The row's id (a row without a usable id, or with a repeated one, is not scored). */
  readonly id: string;
  /** The sector it was scored in. */
  readonly sector: string;
  /** The published total, rounded once by the model's policy ("63.88"). */
  readonly total: string;
  /**
   * The unrounded total, exact. `null` when the fast path decided the applicant in float64
   * (`report.engine === 'fast'`; see {@link ScoreOptions.engine}): only the exact path has it.
   */
  readonly totalExact: string | null;
  /** Competition ranks ("1224") on the published total, within the sector and overall. */
  readonly rank: { readonly sector: number; readonly overall: number };
  /** Bonus and penalty points applied to the total (before rounding). */
  readonly adjustments: {
    readonly applied: ReadonlyArray<{ readonly id: string; readonly points: string }>;
    /** The total before adjustments, exact; `null` when decided on the fast path, as `totalExact`. */
    readonly before: string | null;
  };
  /**
   * Whether the entity is on the list, and why (or why not). Never `null` when the model has a
   * `selection`; `null` when it has none (the report's type does not know which model it holds).
   */
  readonly selection: SelectionResult | null;
}

/**
 * An entity that a gate kept out: a gate failed, or could not be checked (a fact it needs is
 * missing). `eligibility.gates` says which and what they read. It has no figures.
 *
 * @example
 * ```ts
 * import { score, type IneligibleEntity } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const [e] = score(liaocheng2024, [
 *   { id: 'S1', sector: 'services', values: { s_Q1: 'provincial_pilot' }, facts: { years_operating: 2 } },
 * ]).entities;
 * const kept: IneligibleEntity | null = e?.status === 'ineligible' ? e : null;
 * [kept?.total, kept?.rank, kept?.eligibility.gates.find((g) => g.result === 'failed')?.rule]; // → [ null, { sector: null, overall: null }, 'G2' ]
 * ```
 */
export interface IneligibleEntity extends EntityResultBase, NotScored {
  readonly status: 'ineligible';
  /** `null` when the row had no usable id (the row is ineligible all the same). */
  readonly id: string | null;
  /** A sector of the model (a row of no known sector is `invalid`). */
  readonly sector: string;
}

/**
 * An entity that a veto (一票否决) struck out: `eligibility.vetoes` says which fired and on what.
 * It has no figures.
 *
 * @example
 * ```ts
 * import { score, type VetoedEntity } from 'youpin';
 * import { readFileSync } from 'node:fs';
 * import { liaocheng2024 } from 'youpin/presets';
 * const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const vetoed = score(liaocheng2024, batch).entities.filter(
 *   (e): e is VetoedEntity => e.status === 'vetoed',
 * );
 * vetoed.length; // → 10
 * vetoed.every((e) => e.total === null && e.eligibility.vetoes.some((v) => v.result === 'fired')); // → true
 * ```
 */
export interface VetoedEntity extends EntityResultBase, NotScored {
  readonly status: 'vetoed';
  /** `null` when the row had no usable id (the veto is reported all the same). */
  readonly id: string | null;
  /** A sector of the model (a row of no known sector is `invalid`). */
  readonly sector: string;
}

/**
 * An entity whose data could not be read or scored: an unknown sector, a value that is not a
 * number, a missing value under the `invalid` policy, an unknown `values` key, … `issues` says
 * what and where (each issue with its `path`). It has no figures.
 *
 * @example
 * ```ts
 * import { score, type InvalidEntity } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const [e] = score(liaocheng2024, [{ id: 'X1', sector: 'mining', values: {} }]).entities;
 * const bad: InvalidEntity | null = e?.status === 'invalid' ? e : null;
 * [bad?.sector, bad?.total, bad?.issues[0]?.code]; // → [ null, null, 'unknown_sector' ]
 * ```
 */
export interface InvalidEntity extends EntityResultBase, NotScored {
  readonly status: 'invalid';
  /** `null` when the row had no usable id. */
  readonly id: string | null;
  /** `null` when the row named no known sector. */
  readonly sector: string | null;
}

/**
 * One entity of the report, in input order: a union discriminated by `status`. Checking the
 * status narrows it — after `e.status === 'scored'`, `e.total`, `e.rank.sector`, `e.id` and
 * `e.sector` are non-null; for the other statuses they are `null` (and `sector` a string for
 * `ineligible` and `vetoed`).
 */
export type EntityResult = ScoredEntity | IneligibleEntity | VetoedEntity | InvalidEntity;

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
  /**
   * With a model `treatment`: per treated leaf and cohort, what was imputed and how outliers were
   * treated, with the skewness and kurtosis that decided it (COINr's `Dets_Table`). Absent (no key)
   * when the model treats nothing.
   */
  readonly treatments?: readonly TreatmentRecord[] | undefined;
  readonly entities: readonly EntityResult[];
}
