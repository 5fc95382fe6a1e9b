// How many cases each fuzz property runs. In CI (no FUZZ_RUNS) each takes its small default, a few
// seconds in all. `npm run fuzz` sets FUZZ_RUNS to the TOTAL number of cases over the hardening
// properties, shared out below (the shares sum to 1; docs/reliability.md records a run).

export const SHARES = {
  // 12 rows on the 59-leaf model, explained one by one: about 20 times the cost of a random case.
  liaochengBatches: 0.03,
  hostileModels: 0.15,
  randomModels: 0.3,
  randomScoring: 0.47,
  // Renamed ids, shared references and cycles (test/hardening/shapes.test.ts): about three scorings.
  shapes: 0.05,
} as const;

/** The runs of one property: its share of FUZZ_RUNS, or `ci` when FUZZ_RUNS is not set. */
export function runs(property: keyof typeof SHARES, ci: number): number {
  const total = Number(process.env['FUZZ_RUNS'] ?? 0);
  return total > 0 ? Math.max(1, Math.round(total * SHARES[property])) : ci;
}

/**
 * The timeout of a property test: a minute in CI (a run takes seconds, more on a loaded machine),
 * none under FUZZ_RUNS (a test-level timeout would override `--testTimeout=0`).
 */
export const PROPERTY_TIMEOUT: number = Number(process.env['FUZZ_RUNS'] ?? 0) > 0 ? 0 : 60_000;
