import type { PanelRule } from '../panel/types.js';
import type {
  AggregationSpec,
  DecimalInput,
  Direction,
  Label,
  RoundingPolicy,
  ScoringSpec,
  WeightInput,
} from '../primitives/types.js';
import type { Condition, MonitoringRuleInput, RuleInput } from '../rules/types.js';
import type { SelectionInput } from '../select/types.js';
import type { TreatmentInput } from '../treat/types.js';

// The public shapes of a model. They are written out (rather than inferred from the zod schemas)
// so that each field carries its documentation and `isolatedDeclarations` holds; the schemas in
// schema.ts are annotated with these types, so any drift between the two fails to compile.

export type {
  AbsoluteScoringSpec,
  AggregationSpec,
  CohortScope,
  CohortScoringSpec,
  DecimalInput,
  Direction,
  Label,
  MaxLowerForm,
  RoundingPolicy,
  ScoringSpec,
  WeightInput,
} from '../primitives/types.js';

/** Where a number came from. `proposed` numbers are proposals, never official. */
export interface Provenance {
  readonly status: 'published' | 'inferred' | 'proposed';
  /** A citation: document, URL, standard clause. */
  readonly source?: string | undefined;
  readonly note?: string | undefined;
}

/** Who supplies a leaf's value. */
export type DataSource = 'system' | 'expert' | 'third_party' | 'self_declared';

/**
 * What a missing value (`null`, absent, or `""`) does:
 * `zero` scores the bottom of the scale; `renormalise` leaves the leaf out and rescales its
 * siblings' weights to sum to 1; `invalid` makes the entity invalid.
 */
export type MissingPolicy = 'zero' | 'renormalise' | 'invalid';

/** A unit of measurement, in both languages (or one symbol such as `"%"`). */
export type Unit = Label | string;

/**
 * The values a number can take at all — a percentage from 0 to 100, a count in whole numbers, a
 * rate that is never negative. A value outside them is a data error (`out_of_domain`): the
 * applicant is invalid and told why, and the value is never scored or clamped to a goalpost.
 * Both ends are inclusive; leave one out for a number unbounded that way.
 */
export interface ValueDomain {
  readonly min?: DecimalInput | undefined;
  readonly max?: DecimalInput | undefined;
  /** Whole numbers only (a count of patents, of employees). */
  readonly integer?: boolean | undefined;
}

/** An indicator with a value: the leaves of the tree. */
export interface LeafInput {
  readonly id: string;
  readonly label: Label;
  readonly description?: Label | undefined;
  readonly unit?: Unit | undefined;
  /** Number leaves: the values the number can take at all (see {@link ValueDomain}). */
  readonly domain?: ValueDomain | undefined;
  /** Default `higher`. */
  readonly direction?: Direction | undefined;
  /** Default `system`. */
  readonly source?: DataSource | undefined;
  /** Default `invalid`: a missing value is never silently scored. */
  readonly missing?: MissingPolicy | undefined;
  readonly scoring: ScoringSpec;
  /** Evidence the applicant must file for this value. */
  readonly evidence?:
    | { readonly required: boolean; readonly description?: Label | undefined }
    | undefined;
  /** How expert scores for this leaf are combined (default: the model's `panel`, for expert leaves). */
  readonly panel?: PanelRule | undefined;
  /** What a failed verification of this leaf's evidence does (default: a warning only). */
  readonly verification?: VerificationPolicy | undefined;
  readonly provenance?: Provenance | undefined;
  /**
   * The declared fact (see {@link FactInput}) this leaf takes its value from, so that one datum
   * lives in one place: the credit grade feeds both a veto and a leaf. A row that gives the leaf a
   * value of its own as well is invalid.
   */
  readonly fact?: string | undefined;
  /** Other headers people write for this leaf in their spreadsheets (`研发强度`). */
  readonly aliases?: readonly string[] | undefined;
  /**
   * Data treatment before scoring (cohort methods only): imputation of missing values and outlier
   * treatment, flagged on every value it changes (see {@link TreatmentInput}).
   */
  readonly treatment?: TreatmentInput | undefined;
}

/** A node with children (a dimension, a sub-dimension, or the root). */
export interface BranchInput {
  readonly id: string;
  readonly label: Label;
  readonly description?: Label | undefined;
  readonly children: readonly NodeInput[];
  /** Default `{ method: 'arithmetic' }`. */
  readonly operator?: AggregationSpec | undefined;
  /** Data treatment of every cohort leaf under this branch (a leaf's own takes precedence). */
  readonly treatment?: TreatmentInput | undefined;
  readonly provenance?: Provenance | undefined;
}

/** A node of the indicator tree: a branch has `children`, a leaf has `scoring`. */
export type NodeInput = BranchInput | LeafInput;

/**
 * Weights of the tree's nodes, relative within their parent. Under each parent, the weighted
 * children sum to 1 (±1e-9; exact sums are then normalised to 1), or are given as `points`
 * (weight = points / sum of siblings' points). A node without a weight is not in the sector.
 */
export interface ProfileInput {
  readonly weights?: Readonly<Record<string, WeightInput>> | undefined;
  readonly points?: Readonly<Record<string, WeightInput>> | undefined;
  /** Nodes (with their subtrees) left out of this sector even if the base profile weights them. */
  readonly exclude?: readonly string[] | undefined;
  readonly provenance?: Provenance | undefined;
}

/** A sector (农业, 制造业, 服务业 …) with its profile, laid over the model's base profile. */
export interface SectorInput {
  readonly id: string;
  readonly label: Label;
  readonly profile?: ProfileInput | undefined;
}

/** The score scale of leaves and nodes. Default 0–100. */
export interface ScaleInput {
  readonly min: DecimalInput;
  readonly max: DecimalInput;
}

/** What a failed third-party verification of a leaf's evidence does. */
export interface VerificationPolicy {
  /** `zero`: the leaf scores the bottom of the scale; `veto`: the veto named in `veto` fires (false material). */
  readonly onFail: 'zero' | 'veto';
  /** The id of a veto of the model (with `onFail: 'veto'`). */
  readonly veto?: string | undefined;
}

/** A bonus (points > 0) or penalty (points < 0) added to the total when its condition holds. */
export interface AdjustmentInput {
  readonly id: string;
  readonly label: Label;
  readonly when: Condition;
  readonly points: DecimalInput;
  readonly provenance?: Provenance | undefined;
}

/** Bonus and penalty points, capped, applied to the total before rounding. */
export interface AdjustmentsInput {
  readonly items: readonly AdjustmentInput[];
  /** The most bonus points counted in all. */
  readonly maxBonus?: DecimalInput | undefined;
  /** The most penalty points counted in all (a positive number). */
  readonly maxPenalty?: DecimalInput | undefined;
}

/**
 * Fusion of sources (多源融合): the total as a weighted mean of the scores of each source's leaves
 * (济宁市长质量奖: 材料 40 % + 现场 40 % + 社会满意度 20 %). Weights sum to 1; a source with no
 * scored leaf in an entity's sector gives its weight to the others.
 */
export interface FusionInput {
  readonly weights: Readonly<Partial<Record<DataSource, WeightInput>>>;
  readonly provenance?: Provenance | undefined;
}

/** What kind of value a fact holds; each kind is read by one documented vocabulary. */
export type FactType = 'boolean' | 'number' | 'category' | 'list' | 'date' | 'text';

/** An allowed value of a `category` or `list` fact, with its labels (people may write either). */
export interface FactValueInput {
  readonly value: string;
  readonly label?: Label | undefined;
}

/**
 * An applicant attribute that rules (and leaves, through `fact`) read: declared like a leaf, so
 * it can be typed, labelled, read from a spreadsheet column and asked for by name.
 */
export interface FactInput {
  readonly id: string;
  readonly label: Label;
  readonly description?: Label | undefined;
  readonly type: FactType;
  /** `number` facts: the unit; a value written with this unit (`5年`, `88.5%`) reads as its number. */
  readonly unit?: Unit | undefined;
  /** `number` facts: the values the number can take at all (see {@link ValueDomain}). */
  readonly domain?: ValueDomain | undefined;
  /** `category` and `list` facts: the allowed values (ids), with their labels. */
  readonly values?: readonly FactValueInput[] | undefined;
  /** Other headers people write for this fact (`经营年限`, `成立年限`). */
  readonly aliases?: readonly string[] | undefined;
  readonly provenance?: Provenance | undefined;
}

/** A yearly series of numbers (net profit by year) that window rules read. */
export interface SeriesInput {
  readonly id: string;
  readonly label: Label;
  readonly description?: Label | undefined;
  readonly unit?: Unit | undefined;
  /** Other headers people write for this series (a column is written `<header>.<year>`). */
  readonly aliases?: readonly string[] | undefined;
  readonly provenance?: Provenance | undefined;
}

/** A model as data: what a city team keeps in a JSON file. */
export interface ModelInput {
  readonly $schema?: string | undefined;
  readonly id: string;
  readonly version: string;
  readonly name: Label;
  readonly description?: Label | undefined;
  /** Default provenance of the model's numbers; nodes, leaves and profiles may say otherwise. */
  readonly provenance?: Provenance | undefined;
  readonly scale?: ScaleInput | undefined;
  readonly rounding?:
    | { readonly decimals?: number | undefined; readonly mode?: RoundingPolicy['mode'] | undefined }
    | undefined;
  /** The root of the indicator tree; its children are the dimensions. Depth 1–4 below the root. */
  readonly tree: BranchInput;
  readonly sectors: readonly SectorInput[];
  /** The base profile that every sector starts from. */
  readonly profile?: ProfileInput | undefined;
  /**
   * The applicant attributes the model reads besides leaf values: every `fact` a gate, veto,
   * adjustment or tie-break names (unless it names a leaf) and every leaf `fact` must be declared.
   */
  readonly facts?: readonly FactInput[] | undefined;
  /** The yearly series the window rules read; every `series` a rule names must be declared. */
  readonly series?: readonly SeriesInput[] | undefined;
  /** The date the batch is evaluated (YYYY-MM-DD): look-backs and yearly windows count from it. */
  readonly evaluationDate?: string | undefined;
  /** Eligibility gates (申报条件): a gate that fails makes the entity `ineligible`. */
  readonly gates?: readonly RuleInput[] | undefined;
  /** Vetoes (一票否决): a veto that fires makes the entity `vetoed`. */
  readonly vetoes?: readonly RuleInput[] | undefined;
  /** The default panel rule of expert leaves (a leaf's own `panel` wins). */
  readonly panel?: PanelRule | undefined;
  readonly adjustments?: AdjustmentsInput | undefined;
  readonly selection?: SelectionInput | undefined;
  /** Combines the sources' scores into the total with stated weights, instead of the tree's root. */
  readonly fusion?: FusionInput | undefined;
  /** How long a title lasts, and how long a revoked brand waits before it may apply again. */
  readonly validity?: ValidityInput | undefined;
  /** The annual monitoring of titles after the award (`youpin/programme`'s `monitor`). */
  readonly monitoring?: MonitoringInput | undefined;
}

/**
 * Annual monitoring (年度监测): rules checked on the holders' new facts and events, each revoking
 * the title or asking for rectification with a deadline; a rectification is closed by an event of
 * type `rectifiedEvent` (default `rectified`) dated on or before its deadline.
 */
export interface MonitoringInput {
  readonly rules: readonly MonitoringRuleInput[];
  readonly rectifiedEvent?: string | undefined;
  readonly provenance?: Provenance | undefined;
}

/** The life of a title (有效期) and the ban after a revocation (撤销后不得再申报). */
export interface ValidityInput {
  readonly years: number;
  readonly reapplicationBanYears?: number | undefined;
  readonly provenance?: Provenance | undefined;
}
