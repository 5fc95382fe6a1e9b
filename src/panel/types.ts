/**
 * How the scores of an expert panel on one leaf are combined. Plain JSON, so it can live inside a
 * model. Domain §6.9 (去掉一个最高分和一个最低分) is
 * `{ method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 }`.
 */
export interface PanelRule {
  /** 'mean' | 'median' | 'trimmed' (drop `trim` highest and `trim` lowest, then mean). */
  readonly method: 'mean' | 'median' | 'trimmed';
  /** For 'trimmed': how many to drop at each end (default 1). */
  readonly trim?: number | undefined;
  /** For 'trimmed': trim only when the panel has at least this many scores; below it, plain mean (default 2·trim + 1; domain §6.9 uses 5). */
  readonly trimFrom?: number | undefined;
  /** Fewer scores than this: the panel is invalid (default 1; domain §6.9 uses 3). */
  readonly minSize?: number | undefined;
  /** max − min above this flags the leaf for re-scoring (no limit by default; domain §6.9 uses 30). */
  readonly maxSpread?: number | string | undefined;
  /**
   * The experts appointed to the panel. A score from anyone else is an error (`unknown_expert`),
   * never dropped in silence: a trimmed mean over the wrong people is wrong. Without a list, any
   * non-empty expert id is accepted.
   */
  readonly experts?: readonly string[] | undefined;
}

/** One expert's score on one leaf: a number or a decimal string (exact). */
export interface ExpertScore {
  readonly expert: string;
  readonly score: number | string;
}
