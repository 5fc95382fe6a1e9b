import type { Plan } from './planSensitivity.js';

/** The selection rule in the units of a draw: integer counts of the last published decimal. */
export interface DrawSelection {
  readonly threshold: number | null;
  readonly floors: ReadonlyArray<{ readonly node: number; readonly min: number }>;
  /** Quota per sector index (Infinity without one). */
  readonly quotas: Float64Array;
  /** Bands, highest minimum first. */
  readonly bands: ReadonlyArray<{ readonly id: string; readonly min: number }>;
  /** Order among members tied on a total: the model's own tie-break order (0 first). */
  readonly tieOrder: Int32Array;
  /**
   * Members whose tie at the cut the model's chain could not break (`tie_unresolved`), by class
   * (one per sector and published total; -1: none): such members tie again in a draw when their
   * data are the same, and the model then selects none of them.
   */
  readonly unresolved: Int32Array;
}

/** Outcome of one draw per member: selected (1/0) and band index (-1: none). */
export interface DrawOutcome {
  readonly selected: Uint8Array;
  readonly band: Int32Array;
}

/**
 * Draws the list from one draw's totals as the model does: threshold, floors, then each sector's
 * quota in order of total; members tied on a total keep the model's own tie-break order (a draw's
 * ties are rare, and the model's chain ranks the tied members once and for all).
 */
export function selectDraw(
  plan: Plan,
  rule: DrawSelection,
  totals: Float64Array,
  nodes: ReadonlyArray<Float64Array | null>,
  out: DrawOutcome,
): void {
  out.selected.fill(0);
  for (let m = 0; m < totals.length; m++) {
    const total = totals[m] as number;
    let band = -1;
    if (!Number.isNaN(total))
      for (let b = 0; b < rule.bands.length; b++)
        if (total >= (rule.bands[b]?.min as number)) {
          band = b;
          break;
        }
    out.band[m] = band;
  }
  plan.bySector.forEach((members, s) => {
    const passing: number[] = [];
    for (const m of members) {
      const total = totals[m] as number;
      if (Number.isNaN(total)) continue;
      if (rule.threshold !== null && total < rule.threshold) continue;
      if (rule.floors.some((f) => !((nodes[f.node]?.[m] as number) >= f.min))) continue;
      passing.push(m);
    }
    passing.sort(
      (a, b) =>
        (totals[b] as number) - (totals[a] as number) ||
        (rule.tieOrder[a] as number) - (rule.tieOrder[b] as number),
    );
    const quota = Math.min(passing.length, rule.quotas[s] as number);
    // A tie across the cut between members the model could not separate: none of them is
    // selected, as the model decides (`tie_unresolved`), and the place stays empty.
    const last = passing[quota - 1];
    const next = passing[quota];
    const unresolved =
      last !== undefined &&
      next !== undefined &&
      totals[last] === totals[next] &&
      (rule.unresolved[last] as number) >= 0 &&
      rule.unresolved[last] === rule.unresolved[next]
        ? (rule.unresolved[last] as number)
        : -1;
    for (let i = 0; i < quota; i++) {
      const m = passing[i] as number;
      if (
        unresolved >= 0 &&
        rule.unresolved[m] === unresolved &&
        totals[m] === totals[last as number]
      )
        continue;
      out.selected[m] = 1;
    }
  });
}
