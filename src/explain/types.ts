import type { BenchmarkLineResult } from '../benchmark/types.js';
import type { IssueCode } from '../error/codes.js';
import type { Label } from '../model/types.js';
import type { PanelResult } from '../panel/_aggregatePanelExact.js';
import type { RuleOutcome } from '../rules/types.js';
import type { EntityStatus, ValueInput } from '../score/types.js';
import type { SelectionResult } from '../select/types.js';
import type { TreatedValue, TreatmentRecord } from '../treat/types.js';

/** One node of an explanation: what it weighs, scored, contributed and lost. */
export interface NodeExplanation {
  readonly id: string;
  readonly label: Label;
  readonly kind: 'branch' | 'leaf';
  readonly parent: string | null;
  readonly depth: number;
  /** The raw value (leaves). */
  readonly value: ValueInput;
  /** The node's published score and its exact score. */
  readonly score: string | null;
  readonly exact: string | null;
  /** The node's share of the total (effective weight, or the fused share). */
  readonly share: string;
  /**
   * The published contribution to the total: share × score, allocated to the publication's
   * decimals by largest remainder so that the leaves add up exactly to the published total.
   * Branches: the sum of their leaves'. Null when the node does not contribute additively.
   */
  readonly contribution: string | null;
  /** share × the top of the scale: the most the node could contribute. */
  readonly maximum: string;
  /**
   * maximum − contribution: points lost against the maximum; never below 0 (a contribution
   * published to 2 decimals may round above a maximum such as 8.333…).
   */
  readonly lost: string | null;
  /** Percentile of the published score in the sector's scored cohort (0–100; ties share). */
  readonly percentile: string | null;
  /** Panel details of an expert leaf. */
  readonly panel: PanelResult | null;
  /**
   * A leaf whose value data treatment changed: what it did, and the record of the leaf's cohort
   * (the skewness and kurtosis that decided it). Absent elsewhere.
   */
  readonly treated?: (TreatedValue & { readonly record: TreatmentRecord | null }) | undefined;
}

/** A leaf's change that alone would reach a target, or why none exists. */
export interface LeafGap {
  readonly leaf: string;
  readonly label: Label;
  readonly unit: Label | string | null;
  readonly direction: 'higher' | 'lower';
  readonly current: ValueInput;
  /** The smallest change of the raw value that alone reaches the target (its new value, exact), or null. */
  readonly suggested: ValueInput | null;
  /** The same suggestion for people: two decimals, rounded towards the safe side (it still reaches). */
  readonly rounded: ValueInput | null;
  readonly scoreFrom: string | null;
  readonly scoreTo: string | null;
  /** For graded leaves: the labels of the categories, value → label (for sentences). */
  readonly categories: Readonly<Record<string, Label>> | null;
  /**
   * `reachable`; `cannot_alone` (even the top score is not enough); `at_maximum`; `cohort_relative`
   * (a cohort method: the score depends on others); `not_additive` (a non-arithmetic operator
   * above the leaf).
   */
  readonly status: 'reachable' | 'cannot_alone' | 'at_maximum' | 'cohort_relative' | 'not_additive';
}

/** A target the entity misses — the selection threshold, or a dimension floor — and how to reach it. */
export interface GapTarget {
  /** `threshold`, or the id of the node whose floor is missed. */
  readonly target: 'threshold' | string;
  /** The published figure to reach, the entity's current one, and the exact increase needed. */
  readonly required: string;
  readonly current: string;
  readonly needed: string;
  readonly leaves: readonly LeafGap[];
  /**
   * The cheapest combined plan. Cost model: each leaf's score increase as a fraction of its
   * remaining headroom (top of the scale − current score), summed; solved greedily, which is exact
   * for this linear cost; discrete leaves (grades, steps, points) are rounded up to their next
   * attainable score. Null when even all leaves at the top do not reach it.
   */
  readonly plan: {
    readonly steps: ReadonlyArray<{
      readonly leaf: string;
      readonly from: ValueInput;
      readonly to: ValueInput;
      readonly scoreFrom: string;
      readonly scoreTo: string;
    }>;
    /** Σ Δscore / headroom over the steps. */
    readonly cost: string;
    /** The figure the plan reaches (exact), recomputed from the new leaf scores. */
    readonly reaches: string;
  } | null;
}

/** What `explain` returns: data only; `narrate` turns it into sentences. */
export interface Explanation {
  readonly entity: {
    readonly index: number;
    readonly id: string | null;
    readonly name: string | Label | null;
    readonly sector: string | null;
    readonly sectorLabel: Label | null;
    readonly status: EntityStatus;
  };
  readonly model: { readonly id: string; readonly version: string; readonly name: Label };
  readonly total: string | null;
  readonly totalExact: string | null;
  readonly scale: { readonly min: string; readonly max: string };
  readonly rank: {
    readonly sector: number | null;
    readonly overall: number | null;
    readonly of: number;
  };
  /** How published contributions were made to add up: `largest-remainder` at the publication's decimals. */
  readonly allocation: {
    readonly method: 'largest-remainder';
    readonly unit: string;
    readonly residual: string;
  } | null;
  readonly nodes: readonly NodeExplanation[];
  /** Per benchmark line: the node's published score, the line, the gap and whether it passes. */
  readonly benchmark: readonly BenchmarkLineResult[] | null;
  /**
   * Dimensions (depth 1) in the top (≥ 75th percentile) and bottom (≤ 25th) quarter of the
   * sector's cohort, and those below the benchmark line.
   */
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly belowBenchmark: readonly string[];
  /** `names`: the labels of the facts, series years and leaves the rule read, missed or could not read. */
  readonly gates: ReadonlyArray<
    RuleOutcome & { readonly label: Label; readonly names: Readonly<Record<string, Label>> }
  >;
  readonly vetoes: ReadonlyArray<
    RuleOutcome & { readonly label: Label; readonly names: Readonly<Record<string, Label>> }
  >;
  readonly adjustments: ReadonlyArray<{
    readonly id: string;
    readonly label: Label;
    readonly points: string;
  }>;
  readonly selection: SelectionResult | null;
  /** The selection threshold and the floors, as the model states them. */
  readonly threshold: string | null;
  readonly floors: Readonly<Record<string, string>>;
  /** For a scored entity that misses the threshold or a floor: what would reach it. */
  readonly gaps: readonly GapTarget[];
  readonly issues: ReadonlyArray<{
    readonly code: IssueCode;
    readonly message: string;
    readonly messageZh: string;
  }>;
}
