import type { Label } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { own } from '../numeric/own.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { compareFact, higherFirst } from './compareFact.js';
import { describeKey } from './describeKey.js';
import { drawQuota, type QuotaReader } from './drawQuota.js';
import type { NotScoredSelection, SelectionInput, SelectionResult, TieBreakKey } from './types.js';

/** What selection needs to know of one entity. */
export interface Candidate {
  readonly index: number;
  readonly id: string;
  readonly sector: string;
  /** The published total; null when the entity was not scored. */
  readonly total: Dec | null;
  /** A node's published score by id (null when it has none); made when the selection asks. */
  readonly node: (id: string) => Dec | null;
  readonly fact: (name: string) => unknown;
  /** The plain mean of every expert score it received; null if none. */
  readonly expertMean: Dec | null;
}

/** The selection of every entity that has no published total: not a candidate. */
export const NOT_SCORED: NotScoredSelection = {
  selected: false,
  reason: 'not_scored',
  band: null,
  failedFloors: [],
  position: null,
  tieBreak: null,
};

/**
 * Draws the list sector by sector: threshold and floors first, then the quota in order of the
 * published total; a tie that straddles the quota cut is broken by the tie-break chain, and only
 * there.
 */
export function selectEntities(
  entities: readonly Candidate[],
  selection: SelectionInput,
): Map<number, SelectionResult> {
  const out = new Map<number, SelectionResult>();
  const threshold = parseDecimal(selection.threshold ?? '-1e9') as Dec;
  const floors = Object.entries(selection.floors ?? {}).map(
    ([node, min]) => [node, parseDecimal(min) as Dec] as const,
  );
  const bands = [...(selection.bands ?? [])]
    .map((b) => ({ id: b.id, label: b.label, min: parseDecimal(b.min) as Dec }))
    .sort((a, b) => b.min.comparedTo(a.min));
  const bandOf = (total: Dec): { id: string; label: Label } | null => {
    const band = bands.find((b) => total.greaterThanOrEqualTo(b.min));
    return band ? { id: band.id, label: band.label } : null;
  };

  const bySector = new Map<string, Candidate[]>();
  for (const e of entities) {
    if (e.total === null) {
      out.set(e.index, NOT_SCORED);
      continue;
    }
    const failedFloors = floors
      .filter(([node, min]) => (e.node(node) ?? new Dec(-Infinity)).lessThan(min))
      .map(([node]) => node);
    const base = { band: bandOf(e.total), failedFloors, position: null, tieBreak: null };
    if (e.total.lessThan(threshold))
      out.set(e.index, { ...base, selected: false, reason: 'below_threshold' });
    else if (failedFloors.length > 0)
      out.set(e.index, { ...base, selected: false, reason: 'below_floor' });
    else {
      const list = bySector.get(e.sector);
      if (list) list.push(e);
      else bySector.set(e.sector, [e]);
    }
  }

  const chain = selection.tieBreak ?? [];
  const reader: QuotaReader<Candidate> = {
    sameTotal: (a, b) => (a.total as Dec).equals(b.total as Dec),
    compareByChain: (a, b) => {
      for (const key of chain) {
        const order = compareByKey(a, b, key);
        if (order !== 0) return { order, decidedBy: describeKey(key) };
      }
      return { order: 0, decidedBy: null };
    },
    idOf: (e) => e.id,
  };
  for (const [sector, candidates] of bySector) {
    const ordered = [...candidates].sort(
      (a, b) => (b.total as Dec).comparedTo(a.total as Dec) || a.index - b.index,
    );
    drawQuota(ordered, own(selection.quotas, sector), reader, (e, outcome) => {
      out.set(e.index, {
        selected: outcome.selected,
        reason: outcome.reason,
        band: bandOf(e.total as Dec),
        failedFloors: [],
        position: outcome.position,
        tieBreak: outcome.tieBreak,
      });
    });
  }
  return out;
}

function compareByKey(a: Candidate, b: Candidate, key: TieBreakKey): number {
  if (key.by === 'node') return higherFirst(a.node(key.node), b.node(key.node));
  if (key.by === 'expertMean') return higherFirst(a.expertMean, b.expertMean);
  return compareFact(a.fact(key.fact), b.fact(key.fact), key);
}
