import type { SelectionResult } from './types.js';

/** What the quota draw decides for one candidate (the band and floors are decided before). */
export interface QuotaOutcome {
  readonly selected: boolean;
  readonly reason: 'selected' | 'outside_quota' | 'lost_tie_break' | 'tie_unresolved';
  readonly position: number;
  readonly tieBreak: SelectionResult['tieBreak'];
}

/** How the draw reads its candidates, whatever holds them (decimals in a report, floats in a file). */
export interface QuotaReader<T> {
  /** True when two candidates have the same published total. */
  readonly sameTotal: (a: T, b: T) => boolean;
  /** The tie-break chain: negative when `a` goes first, with the key that decided. */
  readonly compareByChain: (a: T, b: T) => { order: number; decidedBy: string | null };
  readonly idOf: (a: T) => string;
}

/**
 * One sector's quota draw over the candidates that passed the threshold and the floors, ordered
 * by published total, highest first (ties in input order): the first `quota` are selected; a tie
 * group that straddles the cut is ordered by the tie-break chain, and only that group; two
 * candidates the chain cannot separate across the cut are `tie_unresolved` (the committee
 * decides). Shared by `score()` and by files scored in chunks (`scoreCsvFile`), which draw once
 * over the whole file. Linear apart from sorting the tie group.
 */
export function drawQuota<T>(
  ordered: readonly T[],
  quota: number | undefined,
  reader: QuotaReader<T>,
  done: (candidate: T, outcome: QuotaOutcome) => void,
): void {
  if (quota === undefined || ordered.length <= quota) {
    ordered.forEach((e, i) => {
      done(e, { selected: true, reason: 'selected', position: i + 1, tieBreak: null });
    });
    return;
  }
  // The tie group around the cut: every candidate whose total equals the total at the cut; the
  // candidates before it have higher totals, those after it lower ones. A quota of 0 has none.
  let start = quota;
  let end = quota;
  if (quota > 0) {
    const cut = ordered[quota - 1] as T;
    start = quota - 1;
    while (start > 0 && reader.sameTotal(ordered[start - 1] as T, cut)) start--;
    while (end < ordered.length && reader.sameTotal(ordered[end] as T, cut)) end++;
  } else {
    start = 0;
    end = 0;
  }
  const group = ordered.slice(start, end);
  const slots = quota - start;
  const broken = [...group].sort((a, b) => reader.compareByChain(a, b).order);
  const winners = new Set(broken.slice(0, slots));
  const lastWinner = broken[slots - 1];
  const firstLoser = broken[slots];
  const boundary =
    lastWinner !== undefined && firstLoser !== undefined
      ? reader.compareByChain(lastWinner, firstLoser)
      : null;
  const unresolved = boundary !== null && boundary.order === 0;
  const straddles = group.length > 1 && slots > 0 && slots < group.length;
  const ids = group.map(reader.idOf);

  let position = 0;
  for (let i = 0; i < start; i++) {
    done(ordered[i] as T, {
      selected: true,
      reason: 'selected',
      position: ++position,
      tieBreak: null,
    });
  }
  for (const e of broken) {
    const winner = winners.has(e);
    const other = winner ? firstLoser : lastWinner;
    const compared = other !== undefined ? reader.compareByChain(e, other) : null;
    const tieBreak = straddles
      ? { tiedWith: ids.filter((_, k) => group[k] !== e), decidedBy: compared?.decidedBy ?? null }
      : null;
    const undecided = unresolved && compared !== null && compared.order === 0;
    done(e, {
      selected: winner && !undecided,
      reason: undecided
        ? 'tie_unresolved'
        : winner
          ? 'selected'
          : straddles
            ? 'lost_tie_break'
            : 'outside_quota',
      position: ++position,
      tieBreak,
    });
  }
  for (let i = end; i < ordered.length; i++) {
    done(ordered[i] as T, {
      selected: false,
      reason: 'outside_quota',
      position: ++position,
      tieBreak: null,
    });
  }
}
