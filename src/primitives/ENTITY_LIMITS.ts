/**
 * Limits on one applicant's row (docs/reliability.md, "Limits of an applicant's row"). A row past
 * one is `invalid` with a `too_large` issue at the list; the rest of the batch is scored. Real
 * applicants have a handful of dated events and 5–15 experts per leaf.
 */
export const ENTITY_LIMITS: { readonly events: number; readonly expertScores: number } = {
  /** Dated events of one applicant (every look-back rule reads them all). */
  events: 1000,
  /** Expert scores on one leaf of one applicant (also for `aggregatePanel`). */
  expertScores: 100,
};
