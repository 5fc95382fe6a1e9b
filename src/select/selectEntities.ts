import type { Label } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { SelectionInput, SelectionResult, TieBreakKey } from './types.js';

/** What selection needs to know of one entity. */
export interface Candidate {
  readonly index: number;
  readonly id: string;
  readonly sector: string;
  /** The published total; null when the entity was not scored. */
  readonly total: Dec | null;
  /** Published node scores by id. */
  readonly nodes: ReadonlyMap<string, Dec>;
  readonly fact: (name: string) => unknown;
  /** The plain mean of every expert score it received; null if none. */
  readonly expertMean: Dec | null;
}

const NONE: SelectionResult = {
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
      out.set(e.index, NONE);
      continue;
    }
    const failedFloors = floors
      .filter(([node, min]) => (e.nodes.get(node) ?? new Dec(-Infinity)).lessThan(min))
      .map(([node]) => node);
    const base = { band: bandOf(e.total), failedFloors, position: null, tieBreak: null };
    if (e.total.lessThan(threshold))
      out.set(e.index, { ...base, selected: false, reason: 'below_threshold' });
    else if (failedFloors.length > 0)
      out.set(e.index, { ...base, selected: false, reason: 'below_floor' });
    else bySector.set(e.sector, [...(bySector.get(e.sector) ?? []), e]);
  }

  const chain = selection.tieBreak ?? [];
  for (const [sector, candidates] of bySector) {
    const ordered = [...candidates].sort(
      (a, b) => (b.total as Dec).comparedTo(a.total as Dec) || a.index - b.index,
    );
    const quota = selection.quotas?.[sector];
    const band = (e: Candidate) => bandOf(e.total as Dec);
    if (quota === undefined || ordered.length <= quota) {
      ordered.forEach((e, i) => {
        out.set(e.index, {
          selected: true,
          reason: 'selected',
          band: band(e),
          failedFloors: [],
          position: i + 1,
          tieBreak: null,
        });
      });
      continue;
    }
    // The tie group around the cut: every candidate whose total equals the total at the cut.
    const cutTotal = (ordered[quota - 1] ?? ordered[0]) as Candidate;
    const inGroup = (e: Candidate) => quota > 0 && (e.total as Dec).equals(cutTotal.total as Dec);
    const above = ordered.filter(
      (e) => !inGroup(e) && (e.total as Dec).greaterThan(cutTotal.total as Dec),
    );
    const group = ordered.filter(inGroup);
    const below = ordered.filter((e) => !inGroup(e) && !above.includes(e));
    const slots = quota - above.length;
    const broken = [...group].sort(
      (a, b) => compareByChain(a, b, chain).order || a.index - b.index,
    );
    const winners = broken.slice(0, slots);
    const losers = broken.slice(slots);
    const lastWinner = winners[winners.length - 1];
    const firstLoser = losers[0];
    const boundary =
      lastWinner && firstLoser ? compareByChain(lastWinner, firstLoser, chain) : null;
    const unresolved = boundary !== null && boundary.order === 0;
    const tiedWith = (e: Candidate) => group.filter((g) => g !== e).map((g) => g.id);

    let position = 0;
    for (const e of above) {
      out.set(e.index, {
        selected: true,
        reason: 'selected',
        band: band(e),
        failedFloors: [],
        position: ++position,
        tieBreak: null,
      });
    }
    for (const e of broken) {
      const winner = winners.includes(e);
      const other = winner ? firstLoser : lastWinner;
      const decided = other ? compareByChain(e, other, chain).decidedBy : null;
      const straddles = group.length > 1 && losers.length > 0 && winners.length > 0;
      const tieBreak =
        straddles || (group.length > 1 && slots === 0)
          ? { tiedWith: tiedWith(e), decidedBy: decided }
          : null;
      const undecided =
        unresolved && other !== undefined && compareByChain(e, other, chain).order === 0;
      out.set(e.index, {
        selected: winner && !undecided,
        reason: undecided
          ? 'tie_unresolved'
          : winner
            ? 'selected'
            : straddles
              ? 'lost_tie_break'
              : 'outside_quota',
        band: band(e),
        failedFloors: [],
        position: ++position,
        tieBreak,
      });
    }
    for (const e of below) {
      out.set(e.index, {
        selected: false,
        reason: 'outside_quota',
        band: band(e),
        failedFloors: [],
        position: ++position,
        tieBreak: null,
      });
    }
  }
  return out;
}

/** Compares two tied candidates key by key: negative when `a` goes first, with the key that decided. */
function compareByChain(
  a: Candidate,
  b: Candidate,
  chain: readonly TieBreakKey[],
): { order: number; decidedBy: string | null } {
  for (const key of chain) {
    const order = compareByKey(a, b, key);
    if (order !== 0) return { order, decidedBy: describe(key) };
  }
  return { order: 0, decidedBy: null };
}

function compareByKey(a: Candidate, b: Candidate, key: TieBreakKey): number {
  if (key.by === 'node')
    return higherFirst(a.nodes.get(key.node) ?? null, b.nodes.get(key.node) ?? null);
  if (key.by === 'expertMean') return higherFirst(a.expertMean, b.expertMean);
  const [x, y] = [a.fact(key.fact), b.fact(key.fact)];
  const order = key.order;
  if (order) {
    const rank = (v: unknown) => {
      // A list or an object is no grade (and String() throws on a null-prototype object).
      const i = typeof v === 'object' && v !== null ? -1 : order.indexOf(String(v));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    // Two values outside the order tie (∞ − ∞ would be NaN, read as "decided").
    const [rx, ry] = [rank(x), rank(y)];
    return rx === ry ? 0 : rx < ry ? -1 : 1;
  }
  const [dx, dy] = [parseDecimal(x) ?? null, parseDecimal(y) ?? null];
  return key.direction === 'lower'
    ? higherFirst(dx?.neg() ?? null, dy?.neg() ?? null)
    : higherFirst(dx, dy);
}

// Higher first; a missing value goes last.
function higherFirst(x: Dec | null, y: Dec | null): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return y.comparedTo(x);
}

function describe(key: TieBreakKey): string {
  return key.by === 'node'
    ? `node:${key.node}`
    : key.by === 'fact'
      ? `fact:${key.fact}`
      : 'expertMean';
}
