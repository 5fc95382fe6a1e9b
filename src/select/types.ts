import type { DecimalInput, Label, Provenance } from '../model/types.js';

/** One key of a tie-break chain, tried in order, only where a quota cut falls inside a tie. */
export type TieBreakKey =
  | {
      /** Higher published score of this node first (e.g. 质量 Q, then 创新 I). */
      readonly by: 'node';
      readonly node: string;
    }
  | {
      /**
       * A fact: with `order`, earlier values are better (credit grades `['A', 'B', 'C', 'D']`);
       * without it, a number, higher first (or lower first with `direction: 'lower'`).
       */
      readonly by: 'fact';
      readonly fact: string;
      readonly order?: readonly string[] | undefined;
      readonly direction?: 'higher' | 'lower' | undefined;
    }
  | {
      /** Higher plain (untrimmed) mean of every expert score the entity received. */
      readonly by: 'expertMean';
    };

/** A band for communication (优/良/中): entities whose published total is at least `min`. */
export interface BandInput {
  readonly id: string;
  readonly label: Label;
  readonly min: DecimalInput;
}

/** How the list is drawn: threshold, floors, quotas, ties, bands. */
export interface SelectionInput {
  /** The published total must reach this. */
  readonly threshold?: DecimalInput | undefined;
  /** Node id → the published score it must reach (per-dimension floors). */
  readonly floors?: Readonly<Record<string, DecimalInput>> | undefined;
  /** Sector id → the most entities selected in it. */
  readonly quotas?: Readonly<Record<string, number>> | undefined;
  /** Applied in order, only to a tie at a quota cut. */
  readonly tieBreak?: readonly TieBreakKey[] | undefined;
  readonly bands?: readonly BandInput[] | undefined;
  readonly provenance?: Provenance | undefined;
}

/** Why an entity was or was not selected. */
export type SelectionReason =
  | 'selected'
  | 'not_scored'
  | 'below_threshold'
  | 'below_floor'
  | 'outside_quota'
  | 'lost_tie_break'
  | 'tie_unresolved';

/** One entity's selection, for the 公示 list and for the applicant. */
export interface SelectionResult {
  readonly selected: boolean;
  readonly reason: SelectionReason;
  /** The band its published total falls in, if any. */
  readonly band: { readonly id: string; readonly label: Label } | null;
  /** Nodes whose published score is below their floor. */
  readonly failedFloors: readonly string[];
  /** Position among the sector's candidates after ties are broken (1 = first); null if not a candidate. */
  readonly position: number | null;
  /** Present when the entity was in a tie at a quota cut. */
  readonly tieBreak: {
    /** The entities tied with it on the published total at the cut. */
    readonly tiedWith: readonly string[];
    /** The key that separated it from the other side of the cut (e.g. `node:Q`), or null if none did. */
    readonly decidedBy: string | null;
  } | null;
}

/**
 * The selection of an entity that was not scored (`ineligible`, `vetoed` or `invalid`): not a
 * candidate, so not selected, in no band and at no position.
 *
 * @example
 * ```ts
 * import { score, type NotScoredSelection } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const [e] = score(liaocheng2024, [{ id: 'X1', sector: 'mining', values: {} }]).entities;
 * const selection: NotScoredSelection | null = e?.status === 'scored' ? null : (e?.selection ?? null);
 * selection; // → { selected: false, reason: 'not_scored', band: null, failedFloors: [], position: null, tieBreak: null }
 * ```
 */
export interface NotScoredSelection extends SelectionResult {
  readonly selected: false;
  readonly reason: 'not_scored';
  readonly band: null;
  readonly failedFloors: readonly [];
  readonly position: null;
  readonly tieBreak: null;
}
