// The gates and vetoes of a model compiled into closures over one row's typed facts, for the
// compiled row programme of scoreCsvFile (_rowProgramme.ts). Each closure answers as the core's
// evaluateCondition would — false, true or unknown, three-valued as src/rules documents — or BAIL
// when it cannot be sure, and the row then takes the core's path whole. Numbers compare in float64
// only where that is exact: both sides decimals of at most 15 significant digits, which float64
// holds apart and in order. Other values (yes/no, categories, lists, dates) compare through the
// core's own `compare`, remembered per value.

import { compare } from '../rules/evaluateCondition.js';
import type { Comparison, Condition, RuleInput } from '../rules/types.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export const BAIL = 3;
export type Verdict = 0 | 1 | 2 | 3;

/**
 * A map from names to one row's values, cleared row after row without allocating (a Map's clear
 * makes a new table each time): a name keeps its slot, a value counts for the current row only.
 */
export class RowSlots<V> {
  private readonly values: Array<V | undefined> = [];
  private readonly stamps: number[] = [];
  private stamp = 1;

  /** `slots`: names → slots, shared with the rules compiled for these values (see SlotNames). */
  constructor(private readonly slots: SlotNames = new Map()) {}

  get(name: string): V | undefined {
    const k = this.slots.get(name);
    return k !== undefined && this.stamps[k] === this.stamp ? this.values[k] : undefined;
  }

  /** get, by the name's slot. */
  getAt(k: number): V | undefined {
    return this.stamps[k] === this.stamp ? this.values[k] : undefined;
  }

  has(name: string): boolean {
    const k = this.slots.get(name);
    return k !== undefined && this.stamps[k] === this.stamp;
  }

  set(name: string, value: V): void {
    this.setAt(this.slot(name), value);
  }

  /** The slot of a name (given one the first time): for setAt, found once instead of each row. */
  slot(name: string): number {
    return slotOf(this.slots, name);
  }

  /** set, by the name's slot. */
  setAt(k: number, value: V): void {
    this.values[k] = value;
    this.stamps[k] = this.stamp;
  }

  /** Forgets every value (the next row's start). */
  clear(): void {
    this.stamp++;
  }
}

/**
 * Names and their slots in a RowSlots: given to the rules when they are compiled, so that a rule
 * finds its fact by slot.
 */
export type SlotNames = Map<string, number>;

/** The slot of a name (given one the first time). */
function slotOf(names: SlotNames, name: string): number {
  let k = names.get(name);
  if (k === undefined) {
    k = names.size;
    names.set(name, k);
  }
  return k;
}

/** The slots of a row's facts and series, by name. */
export interface RowNames {
  readonly facts: SlotNames;
  readonly series: SlotNames;
}

/** A typed fact of one row: a float64 number (exact decimal, ≤ 15 digits) or the core's reading. */
export interface RowFacts {
  /** Typed facts by id; a number is a JS number (see plainNumber), absent is undefined. */
  readonly facts: RowSlots<unknown>;
  /**
   * Series by id: year → raw text, each present one a plain number (checked by the reader), or
   * that number already read (a row read from its cells).
   */
  readonly series: RowSlots<Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>>;
}

type Check = (row: RowFacts) => Verdict;

const U = 2 ** -53;

/**
 * The number a plain decimal text stands for, when float64 holds it exactly apart from every other
 * such text: `-`? digits (no leading zero) with an optional fraction, at most 15 significant
 * digits. NaN for anything else (the core's reader then decides).
 */
export function plainNumber(text: string): number {
  return plainNumberAt(text, 0, text.length);
}

/** plainNumber of `text.slice(from, to)`, read in place. */
export function plainNumberAt(text: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 0 || n > 32) return Number.NaN;
  let i = text.charCodeAt(from) === 45 ? from + 1 : from;
  const start = i;
  let digits = 0;
  let significant = false;
  let point = -1;
  // The digits as an integer (exact: at most 15 significant ones, below 2^53).
  let mantissa = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (c !== 48) significant = true;
      if (significant) digits++;
      mantissa = mantissa * 10 + (c - 48);
    } else if (c === 46 && point < 0) point = i;
    else return Number.NaN;
  }
  if (point === start || point === to - 1) return Number.NaN; // ".5" and "5." are the core's
  // A leading zero only before the point ("0.5"), never "007".
  if (text.charCodeAt(start) === 48 && start + 1 < to && point !== start + 1) return Number.NaN;
  if (start === to || digits > 15) return Number.NaN;
  // mantissa / 10^k is one correctly rounded division of two exact doubles (10^k is exact up to
  // k = 22): the double nearest the decimal, which is what Number(text) gives.
  const scale = point < 0 ? 0 : to - point - 1;
  const x = scale <= 22 ? mantissa / (POWERS[scale] as number) : Number(text.slice(from, to));
  return start === from + 1 ? -x : x;
}

/** 10^0 … 10^22, every one exact in float64. */
const POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** A rule value as a plain number (see plainNumber), or NaN. */
function literal(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(String(value)) : NaN;
  return typeof value === 'string' ? plainNumber(value) : Number.NaN;
}

function compareNumbers(x: number, op: Comparison, y: number): boolean {
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

/** The core's compare on a value that is no number, remembered per value (a short text or yes/no). */
function memoCompare(op: Comparison, b: unknown): (a: unknown) => Verdict {
  const memo = new Map<unknown, Verdict>();
  return (a) => {
    const known = memo.get(a);
    if (known !== undefined) return known;
    const r = compare(a, op, b);
    const v: Verdict = r === null ? UNKNOWN : r ? TRUE : FALSE;
    if ((typeof a === 'string' || typeof a === 'boolean') && memo.size < 1000) memo.set(a, v);
    return v;
  };
}

function compileCondition(c: Condition, evaluationYear: number, names: RowNames): Check | null {
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, evaluationYear, names));
    if (parts.some((p) => p === null)) return null;
    const checks = parts as Check[];
    return (row) => {
      let unknown = false;
      let bail = false;
      for (const p of checks) {
        const v = p(row);
        if (v === FALSE) return FALSE; // the core evaluates every part, but false wins
        if (v === UNKNOWN) unknown = true;
        else if (v === BAIL) bail = true;
      }
      return bail ? BAIL : unknown ? UNKNOWN : TRUE;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, evaluationYear, names));
    if (parts.some((p) => p === null)) return null;
    const checks = parts as Check[];
    return (row) => {
      let unknown = false;
      let bail = false;
      for (const p of checks) {
        const v = p(row);
        if (v === TRUE) return TRUE;
        if (v === UNKNOWN) unknown = true;
        else if (v === BAIL) bail = true;
      }
      return bail ? BAIL : unknown ? UNKNOWN : FALSE;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, evaluationYear, names);
    if (!inner) return null;
    return (row) => {
      const v = inner(row);
      return v === TRUE ? FALSE : v === FALSE ? TRUE : v;
    };
  }
  // A programme row has no events (others take the core's path): no event condition holds.
  if ('event' in c) {
    const holds = (c.atLeast ?? 1) <= 0 ? TRUE : FALSE;
    return () => holds;
  }
  if ('series' in c) return compileSeries(c, evaluationYear, names);
  return compileFact(c, names);
}

function compileFact(c: Extract<Condition, { fact: string }>, names: RowNames): Check | null {
  const slot = slotOf(names.facts, c.fact);
  if ('present' in c) {
    const present = c.present;
    return (row) => ((row.facts.getAt(slot) !== undefined) === present ? TRUE : FALSE);
  }
  if ('op' in c) {
    const { op, value } = c;
    const y = literal(value);
    const other = memoCompare(op, value);
    return (row) => {
      const v = row.facts.getAt(slot);
      if (v === undefined) return UNKNOWN;
      if (typeof v === 'number')
        return Number.isNaN(y) ? BAIL : compareNumbers(v, op, y) ? TRUE : FALSE;
      return typeof v === 'string' || typeof v === 'boolean' ? other(v) : BAIL;
    };
  }
  if ('in' in c) {
    const numbers = c.in.map(literal);
    const numeric = c.in.every((x, i) => typeof x !== 'string' || !Number.isNaN(numbers[i]));
    const others = c.in.map((x) => memoCompare('==', x));
    return (row) => {
      const v = row.facts.getAt(slot);
      if (v === undefined) return UNKNOWN;
      if (typeof v === 'number') {
        // A Dec against a text that is no number is false in the core; one we cannot read, bail.
        if (!numeric || numbers.some((y) => Number.isNaN(y))) return BAIL;
        return numbers.some((y) => y === v) ? TRUE : FALSE;
      }
      if (typeof v !== 'string' && typeof v !== 'boolean') return BAIL;
      for (const o of others) if (o(v) === TRUE) return TRUE;
      return FALSE;
    };
  }
  if ('includesAny' in c || 'includesAll' in c) {
    const any = 'includesAny' in c;
    const wanted = 'includesAny' in c ? c.includesAny : c.includesAll;
    return (row) => {
      const v = row.facts.getAt(slot);
      if (v === undefined) return UNKNOWN;
      if (!Array.isArray(v)) return typeof v === 'number' ? BAIL : UNKNOWN;
      if (!v.every((x) => typeof x === 'string')) return BAIL;
      const hit = any ? wanted.some((x) => v.includes(x)) : wanted.every((x) => v.includes(x));
      return hit ? TRUE : FALSE;
    };
  }
  return null;
}

function compileSeries(
  c: Extract<Condition, { series: string }>,
  evaluationYear: number,
  names: RowNames,
): Check | null {
  const end = evaluationYear - 1;
  const slot = slotOf(names.series, c.series);
  const keys = Array.from({ length: c.last }, (_, i) => String(end - c.last + 1 + i));
  // A year's value: a number, or undefined when absent (present values are plain: see the reader).
  const yearValue = (row: RowFacts, year: string): number | undefined => {
    const record = row.series.getAt(slot);
    // A row read from its cells keeps its years in a Map (numeric keys make an object slow).
    const raw =
      record instanceof Map
        ? record.get(year)
        : record && Object.hasOwn(record, year)
          ? (record as Readonly<Record<string, unknown>>)[year]
          : undefined;
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
      return undefined;
    // A number: read from a cell already (plainNumber's, never NaN there).
    if (typeof raw === 'number') return raw;
    return typeof raw === 'string' ? plainNumber(raw) : Number.NaN;
  };
  if ('consecutive' in c) {
    const { op, count } = c.consecutive;
    const y = literal(c.consecutive.value);
    if (Number.isNaN(y)) return null;
    return (row) => {
      let run = 0;
      let unknown = false;
      for (const key of keys) {
        const n = yearValue(row, key);
        if (n === undefined) {
          unknown = true;
          run = 0;
          continue;
        }
        run = compareNumbers(n, op, y) ? run + 1 : 0;
        if (run >= count) return TRUE;
      }
      return unknown ? UNKNOWN : FALSE;
    };
  }
  const y = literal(c.value);
  if (Number.isNaN(y) || keys.length === 0) return null;
  const { op, aggregate } = c;
  return (row) => {
    let sum = 0;
    let size = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const key of keys) {
      const n = yearValue(row, key);
      if (n === undefined) return UNKNOWN;
      sum += n;
      size += Math.abs(n);
      if (n < min) min = n;
      if (n > max) max = n;
    }
    if (aggregate === 'min') return compareNumbers(min, op, y) ? TRUE : FALSE;
    if (aggregate === 'max') return compareNumbers(max, op, y) ? TRUE : FALSE;
    // mean op y ⟺ sum op y·n (exactly, n > 0): decided in float64 only when the sum is farther
    // from y·n than its error (inputs and additions) and the product's; else the core decides.
    const target = aggregate === 'mean' ? y * keys.length : y;
    const bound = 4 * (keys.length + 2) * U * (size + Math.abs(target)) + 1e-300;
    const d = sum - target;
    if (Math.abs(d) <= bound) return BAIL;
    return compareNumbers(d, op, 0) ? TRUE : FALSE;
  };
}

/** A compiled gate or veto: the sectors it applies to, the exemption and the condition. */
export interface CompiledRule {
  readonly id: string;
  readonly sectors: ReadonlySet<string> | null;
  readonly exempt: Check | null;
  readonly when: Check;
}

/** The rule compiled, or null when some part of it has no compiled form here. */
export function compileRule(
  rule: RuleInput,
  evaluationDate: string,
  names: RowNames,
): CompiledRule | null {
  const year = Number(evaluationDate.slice(0, 4));
  const when = compileCondition(rule.when, year, names);
  const exempt = rule.exempt ? compileCondition(rule.exempt, year, names) : null;
  if (!when || (rule.exempt && !exempt)) return null;
  return {
    id: rule.id,
    sectors: rule.sectors ? new Set(rule.sectors) : null,
    exempt,
    when,
  };
}

/** What a rule gives a row: `passed`/`failed`/`unknown`/`exempt` (gates), `fired`/`clear`/… (vetoes); null to bail. */
export function runRule(
  rule: CompiledRule,
  kind: 'gate' | 'veto',
  row: RowFacts,
): 'passed' | 'failed' | 'unknown' | 'exempt' | 'fired' | 'clear' | null {
  if (rule.exempt) {
    const e = rule.exempt(row);
    if (e === BAIL) return null;
    if (e === TRUE) return 'exempt';
  }
  const v = rule.when(row);
  if (v === BAIL) return null;
  if (v === UNKNOWN) return 'unknown';
  if (kind === 'gate') return v === TRUE ? 'passed' : 'failed';
  return v === TRUE ? 'fired' : 'clear';
}
