import type { EntityInput, EntityResult, ScoredEntity, SelectionInput, TieBreakKey } from 'youpin';
import { own as ownKey } from '../numeric/own.js';
import { compareFact } from '../select/compareFact.js';
import { describeKey } from '../select/describeKey.js';
import { drawQuota, type QuotaOutcome, type QuotaReader } from '../select/drawQuota.js';
import { scaledFigure } from './_scaled.js';

// The quota part of the core's selection over a whole file whose chunks were scored apart.
// Threshold, floors and bands concern one applicant at a time, so a chunk's report already has
// them right; what needs the whole file is the quota draw among the applicants that passed them.
// This file keeps, per candidate, only what the draw reads (index, id, sector, total, the chain's
// node scores and facts, compactly) and draws with the core's own drawQuota and fact comparison
// (src/select); tests compare the result with score() on files with ties at the cut.
//
// CSV files carry no expert scores, so `expertMean` is null for every applicant here, as it is for
// the same file read with readBatch: that key never separates anyone.

/** The reasons a candidate can end with. */
const REASONS = ['selected', 'outside_quota', 'lost_tie_break', 'tie_unresolved'] as const;

export type { QuotaOutcome };

/** Collects the candidates of a file, then draws. */
export interface QuotaDraw {
  /**
   * Takes a scored applicant when its chunk's selection made it a candidate (it passed the
   * threshold and the floors); returns whether it did.
   */
  offer(index: number, result: EntityResult, fact: (name: string) => unknown): boolean;
  /** Draws every sector's list; then `outcome` answers, candidates in index order. */
  draw(): void;
  /** The outcome of the candidate at `index`. */
  outcome(index: number): QuotaOutcome | undefined;
  /** How many the draw selected. */
  selected(): number;
}

/** A draw for `selection` (the model's); `model` names it in errors. */
export function quotaDraw(selection: SelectionInput, model: string): QuotaDraw {
  const chain = selection.tieBreak ?? [];
  const indexes: number[] = [];
  const ids: string[] = [];
  const sectors: string[] = [];
  const totals: number[] = [];
  // Per chain key: node scores (NaN when missing) or fact values.
  const keyValues: unknown[][] = chain.map(() => []);
  // The outcome of each candidate by slot; slots are offered in index order (ascending indexes).
  const outcomes: Array<QuotaOutcome | undefined> = [];
  let cursor = 0;
  /** The slot of the candidate at `index`, or -1: read in order with a cursor, else searched. */
  const slotOf = (index: number): number => {
    if (cursor > 0 && (indexes[cursor - 1] as number) >= index) {
      let lo = 0;
      let hi = indexes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((indexes[mid] as number) < index) lo = mid + 1;
        else hi = mid;
      }
      cursor = lo;
    }
    while (cursor < indexes.length && (indexes[cursor] as number) < index) cursor++;
    return indexes[cursor] === index ? cursor : -1;
  };
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
    return compareFact(values[a], values[b], key);
  };

  const compareByChain = (a: number, b: number): { order: number; decidedBy: string | null } => {
    for (let k = 0; k < chain.length; k++) {
      const order = compareByKey(a, b, k);
      if (order !== 0) return { order, decidedBy: describeKey(chain[k] as TieBreakKey) };
    }
    return { order: 0, decidedBy: null };
  };

  const reader: QuotaReader<number> = {
    sameTotal: (a, b) => totals[a] === totals[b],
    compareByChain: (a, b) => compareByChain(a, b),
    idOf: (slot) => ids[slot] as string,
  };
  const drawSector = (sector: string, slots: number[]) => {
    const ordered = [...slots].sort(
      (a, b) => (totals[b] as number) - (totals[a] as number) || a - b,
    );
    drawQuota(ordered, ownKey(selection.quotas, sector), reader, (slot, outcome) => {
      outcomes[slot] = outcome;
    });
  };

  return {
    offer(index, result, fact) {
      if (!isCandidate(result)) return false;
      indexes.push(index);
      ids.push(copy(result.id));
      sectors.push(own(result.sector));
      totals.push(scaledFigure(result.total, model));
      for (let k = 0; k < chain.length; k++) {
        const key = chain[k] as TieBreakKey;
        const values = keyValues[k] as unknown[];
        if (key.by === 'node') {
          let score: string | null = null;
          for (const n of result.nodes)
            if (n.id === key.node) {
              score = n.score;
              break;
            }
          values.push(score === null ? Number.NaN : scaledFigure(score, model));
        } else if (key.by === 'fact') values.push(ownValue(fact(key.fact)));
        else values.push(null);
      }
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
      const slot = slotOf(index);
      return slot < 0 ? undefined : outcomes[slot];
    },
    selected() {
      let n = 0;
      for (const outcome of outcomes) if (outcome?.selected) n++;
      return n;
    },
  };
}

/** Whether a chunk's result makes a candidate of the draw (it passed the threshold and floors). */
export function isCandidate(result: EntityResult): result is ScoredEntity {
  const reason = result.selection?.reason;
  return (
    result.status === 'scored' &&
    reason !== undefined &&
    (REASONS as readonly string[]).includes(reason)
  );
}

/** A flat copy of a string (V8 keeps a slice of 13 characters or more as a view of its parent). */
function copy(text: string): string {
  return ` ${text}`.slice(1);
}

/** What a rule reads as a fact (src/rules/ruleContext.ts): the fact, else the leaf's raw value. */
export function factOf(entity: EntityInput, name: string): unknown {
  const { facts, values } = entity;
  if (facts && Object.hasOwn(facts, name)) return facts[name];
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

// Higher first; a missing value (NaN) goes last.
function higherFirst(x: number, y: number): number {
  const [mx, my] = [Number.isNaN(x), Number.isNaN(y)];
  if (mx || my) return mx === my ? 0 : mx ? 1 : -1;
  return x === y ? 0 : y > x ? 1 : -1;
}
