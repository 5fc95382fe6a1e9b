import { Decimal } from 'decimal.js';
import type {
  EntityInput,
  EntityResult,
  SelectionInput,
  SelectionResult,
  TieBreakKey,
} from 'youpin';
import { scaledFigure } from './_scaled.js';

// The quota part of the core's selection (src/select/selectEntities.ts), over a whole file whose
// chunks were scored apart. Threshold, floors and bands concern one applicant at a time, so a
// chunk's report already has them right; what needs the whole file is the quota draw among the
// applicants that passed them: order by published total, cut at the quota, and break a tie that
// straddles the cut with the tie-break chain. This file keeps, per candidate, only what the draw
// reads (index, id, sector, total, the chain's node scores and facts) and draws exactly as
// selectEntities does; tests compare the two on files with ties at the cut.
//
// CSV files carry no expert scores, so `expertMean` is null for every applicant here, as it is for
// the same file read with readBatch: that key never separates anyone.

/** The reasons a candidate can end with. */
const REASONS = ['selected', 'outside_quota', 'lost_tie_break', 'tie_unresolved'] as const;

/** What the draw decided for one candidate; the band and floors come from the chunk's result. */
export interface QuotaOutcome {
  readonly selected: boolean;
  readonly reason: SelectionResult['reason'];
  readonly position: number;
  readonly tieBreak: SelectionResult['tieBreak'];
}

/** Collects the candidates of a file, then draws. */
export interface QuotaDraw {
  /**
   * Takes a scored applicant when its chunk's selection made it a candidate (it passed the
   * threshold and the floors); returns whether it did.
   */
  offer(index: number, result: EntityResult, input: EntityInput): boolean;
  /** Draws every sector's list; then `outcome` answers, candidates in index order. */
  draw(): void;
  /** The outcome of the candidate at `index`. */
  outcome(index: number): QuotaOutcome | undefined;
  /** How many the draw selected. */
  selected(): number;
}

const Exact = Decimal.clone();

/** A draw for `selection` (the model's); `model` names it in errors. */
export function quotaDraw(selection: SelectionInput, model: string): QuotaDraw {
  const chain = selection.tieBreak ?? [];
  const indexes: number[] = [];
  const ids: string[] = [];
  const sectors: string[] = [];
  const totals: number[] = [];
  // Per chain key: node scores (NaN when missing) or fact values.
  const keyValues: unknown[][] = chain.map(() => []);
  const outcomes = new Map<number, QuotaOutcome>();
  const intern = new Map<string, string>();

  /**
   * A string of its own, not a slice that would keep a chunk of the file's text alive; repeated
   * values (sectors, grades) are shared.
   */
  const own = (text: string): string => {
    let kept = intern.get(text);
    if (kept === undefined) {
      kept = copy(text);
      if (intern.size < 10_000) intern.set(kept, kept);
    }
    return kept;
  };
  const ownValue = (value: unknown): unknown =>
    typeof value === 'string'
      ? own(value)
      : Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? own(v) : v))
        : value;

  const compareByKey = (a: number, b: number, k: number): number => {
    const key = chain[k] as TieBreakKey;
    const values = keyValues[k] as unknown[];
    if (key.by === 'node') return higherFirst(values[a] as number, values[b] as number);
    if (key.by === 'expertMean') return 0;
    const [x, y] = [values[a], values[b]];
    const order = key.order;
    if (order) {
      const rank = (v: unknown) => {
        const i = typeof v === 'object' && v !== null ? -1 : order.indexOf(String(v));
        return i < 0 ? Number.POSITIVE_INFINITY : i;
      };
      const [rx, ry] = [rank(x), rank(y)];
      return rx === ry ? 0 : rx < ry ? -1 : 1;
    }
    const [dx, dy] = [exact(x), exact(y)];
    return key.direction === 'lower'
      ? higherDecimalFirst(dx?.neg() ?? null, dy?.neg() ?? null)
      : higherDecimalFirst(dx, dy);
  };

  const compareByChain = (a: number, b: number): { order: number; decidedBy: string | null } => {
    for (let k = 0; k < chain.length; k++) {
      const order = compareByKey(a, b, k);
      if (order !== 0) return { order, decidedBy: describe(chain[k] as TieBreakKey) };
    }
    return { order: 0, decidedBy: null };
  };

  const drawSector = (sector: string, slots: number[]) => {
    const ordered = [...slots].sort(
      (a, b) => (totals[b] as number) - (totals[a] as number) || a - b,
    );
    const quota = selection.quotas?.[sector];
    const done = (slot: number, outcome: QuotaOutcome) => {
      outcomes.set(indexes[slot] as number, outcome);
    };
    if (quota === undefined || ordered.length <= quota) {
      ordered.forEach((slot, i) => {
        done(slot, { selected: true, reason: 'selected', position: i + 1, tieBreak: null });
      });
      return;
    }
    const cutTotal = totals[(ordered[quota - 1] ?? ordered[0]) as number] as number;
    const inGroup = (slot: number) => quota > 0 && totals[slot] === cutTotal;
    const above = ordered.filter((s) => !inGroup(s) && (totals[s] as number) > cutTotal);
    const group = ordered.filter(inGroup);
    const aboveSet = new Set(above);
    const below = ordered.filter((s) => !inGroup(s) && !aboveSet.has(s));
    const free = quota - above.length;
    const broken = [...group].sort((a, b) => compareByChain(a, b).order || a - b);
    const winners = broken.slice(0, free);
    const losers = broken.slice(free);
    const winnerSet = new Set(winners);
    const lastWinner = winners[winners.length - 1];
    const firstLoser = losers[0];
    const boundary =
      lastWinner !== undefined && firstLoser !== undefined
        ? compareByChain(lastWinner, firstLoser)
        : null;
    const unresolved = boundary !== null && boundary.order === 0;
    const groupIds = group.map((s) => ids[s] as string);
    const tiedWith = (slot: number) => groupIds.filter((_, k) => group[k] !== slot);

    let position = 0;
    for (const slot of above)
      done(slot, { selected: true, reason: 'selected', position: ++position, tieBreak: null });
    for (const slot of broken) {
      const winner = winnerSet.has(slot);
      const other = winner ? firstLoser : lastWinner;
      const decided = other !== undefined ? compareByChain(slot, other).decidedBy : null;
      const straddles = group.length > 1 && losers.length > 0 && winners.length > 0;
      const tieBreak =
        straddles || (group.length > 1 && free === 0)
          ? { tiedWith: tiedWith(slot), decidedBy: decided }
          : null;
      const undecided =
        unresolved && other !== undefined && compareByChain(slot, other).order === 0;
      done(slot, {
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
    for (const slot of below)
      done(slot, {
        selected: false,
        reason: 'outside_quota',
        position: ++position,
        tieBreak: null,
      });
  };

  return {
    offer(index, result, input) {
      const reason = result.selection?.reason;
      if (result.status !== 'scored' || result.total === null || reason === undefined) return false;
      if (!(REASONS as readonly string[]).includes(reason)) return false;
      indexes.push(index);
      ids.push(copy(result.id ?? `#${index}`));
      sectors.push(own(result.sector ?? ''));
      totals.push(scaledFigure(result.total, model));
      chain.forEach((key, k) => {
        const values = keyValues[k] as unknown[];
        if (key.by === 'node') {
          const score = result.nodes.find((n) => n.id === key.node)?.score ?? null;
          values.push(score === null ? Number.NaN : scaledFigure(score, model));
        } else if (key.by === 'fact') values.push(ownValue(factOf(input, key.fact)));
        else values.push(null);
      });
      return true;
    },
    draw() {
      const bySector = new Map<string, number[]>();
      sectors.forEach((sector, slot) => {
        let slots = bySector.get(sector);
        if (!slots) {
          slots = [];
          bySector.set(sector, slots);
        }
        slots.push(slot);
      });
      for (const [sector, slots] of bySector) drawSector(sector, slots);
    },
    outcome(index) {
      return outcomes.get(index);
    },
    selected() {
      let n = 0;
      for (const outcome of outcomes.values()) if (outcome.selected) n++;
      return n;
    },
  };
}

/** A flat copy of a string (V8 keeps a slice of 13 characters or more as a view of its parent). */
function copy(text: string): string {
  return ` ${text}`.slice(1);
}

/** What a rule reads as a fact (src/rules/ruleContext.ts): the fact, else the leaf's raw value. */
function factOf(entity: EntityInput, name: string): unknown {
  const { facts, values } = entity;
  if (facts && Object.hasOwn(facts, name)) return facts[name];
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

// As the core's parseDecimal: a finite number, or plain decimal text (exponent allowed, no
// separators), within 1e±1000; anything else is no number and goes last.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function exact(value: unknown): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Exact(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!DECIMAL.test(text)) return null;
  const d = new Exact(text);
  if (!d.isFinite() || (!d.isZero() && Math.abs(d.e) > 1000)) return null;
  return d;
}

// Higher first; a missing value (NaN) goes last.
function higherFirst(x: number, y: number): number {
  const [mx, my] = [Number.isNaN(x), Number.isNaN(y)];
  if (mx || my) return mx === my ? 0 : mx ? 1 : -1;
  return x === y ? 0 : y > x ? 1 : -1;
}

function higherDecimalFirst(x: Decimal | null, y: Decimal | null): number {
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
