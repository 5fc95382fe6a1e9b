import { Dec } from '../numeric/decimal.js';
import { echo } from '../numeric/echo.js';
import { putOwn } from '../numeric/own.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { showValue } from '../numeric/showValue.js';
import { isIsoDate, minusYears } from './dates.js';
import type { Comparison, Condition } from './types.js';
import { Unreadable } from './Unreadable.js';

/** What a condition reads from one entity. */
export interface RuleContext {
  /** A fact by name (facts first, then leaf values); `undefined` when absent. */
  readonly fact: (name: string) => unknown;
  /** A series value for a year; `undefined` when absent. */
  readonly series: (name: string, year: number) => unknown;
  readonly events: ReadonlyArray<{
    readonly type: string;
    readonly date: string;
    readonly severity?: string | undefined;
  }>;
  /** YYYY-MM-DD. */
  readonly evaluationDate: string;
}

/** The three-valued result of a condition, with what it read. */
export interface ConditionResult {
  /** `null`: unknown, because something it needs is missing. */
  readonly value: boolean | null;
  readonly read: Record<string, unknown>;
  readonly missing: string[];
  /** The facts (and series years) it needed that are present but could not be read. */
  readonly unreadable: string[];
  /** For event conditions that hold: the date on which they came to hold. */
  readonly firedOn: string | null;
}

const absent = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Evaluates a condition against an entity (pure; no code in models, only these operators). */
export function evaluateCondition(condition: Condition, ctx: RuleContext): ConditionResult {
  const read: Record<string, unknown> = {};
  const missing: string[] = [];
  const unreadable: string[] = [];
  const value = visit(condition, ctx, read, missing, unreadable);
  return {
    value: value.value,
    read,
    missing: [...new Set(missing)],
    unreadable: [...new Set(unreadable)],
    firedOn: value.firedOn,
  };
}

type Partial = { value: boolean | null; firedOn: string | null };

function visit(
  c: Condition,
  ctx: RuleContext,
  read: Record<string, unknown>,
  missing: string[],
  unreadable: string[],
): Partial {
  if ('all' in c) {
    const parts = c.all.map((x) => visit(x, ctx, read, missing, unreadable));
    if (parts.some((p) => p.value === false)) return { value: false, firedOn: null };
    if (parts.some((p) => p.value === null)) return { value: null, firedOn: null };
    return { value: true, firedOn: latest(parts.map((p) => p.firedOn)) };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => visit(x, ctx, read, missing, unreadable));
    const holding = parts.filter((p) => p.value === true);
    if (holding.length > 0)
      return { value: true, firedOn: earliest(holding.map((p) => p.firedOn)) };
    return { value: parts.some((p) => p.value === null) ? null : false, firedOn: null };
  }
  if ('not' in c) {
    const inner = visit(c.not, ctx, read, missing, unreadable);
    return { value: inner.value === null ? null : !inner.value, firedOn: null };
  }
  if ('event' in c) return events(c, ctx, read);
  if ('series' in c) return series(c, ctx, read, missing, unreadable);

  const v = ctx.fact(c.fact);
  if (v instanceof Unreadable) {
    putOwn(read, c.fact, echo(v.raw));
    if (!('present' in c)) {
      unreadable.push(c.fact);
      return { value: null, firedOn: null };
    }
  } else putOwn(read, c.fact, echo(v));
  if ('present' in c) return { value: absent(v) !== c.present, firedOn: null };
  if (absent(v)) {
    missing.push(c.fact);
    return { value: null, firedOn: null };
  }
  if ('op' in c) return { value: compare(v, c.op, c.value), firedOn: null };
  if ('in' in c) return { value: c.in.some((x) => compare(v, '==', x) === true), firedOn: null };
  // Not String(): it throws on a null-prototype object and overflows on deeply nested arrays.
  const list = Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : showValue(x))) : null;
  if (!list) return { value: null, firedOn: null };
  if ('includesAny' in c)
    return { value: c.includesAny.some((x) => list.includes(x)), firedOn: null };
  return { value: c.includesAll.every((x) => list.includes(x)), firedOn: null };
}

/** Exact comparison; numbers (and decimal strings) as decimals, other values by equality only. */
export function compare(a: unknown, op: Comparison, b: unknown): boolean | null {
  if (isIsoDate(a) && isIsoDate(b)) {
    const c = a < b ? -1 : a > b ? 1 : 0;
    return { '==': c === 0, '!=': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[op];
  }
  const x = Dec.isDecimal(a) ? (a as Dec) : typeof a === 'boolean' ? undefined : parseDecimal(a);
  const y = Dec.isDecimal(b) ? (b as Dec) : typeof b === 'boolean' ? undefined : parseDecimal(b);
  if (x && y) {
    const c = x.comparedTo(y);
    return { '==': c === 0, '!=': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[op];
  }
  if (op === '==' || op === '!=') return (a === b) === (op === '==');
  return null;
}

function series(
  c: Extract<Condition, { series: string }>,
  ctx: RuleContext,
  read: Record<string, unknown>,
  missing: string[],
  unreadable: string[],
): Partial {
  const end = Number(ctx.evaluationDate.slice(0, 4)) - 1;
  const years = Array.from({ length: c.last }, (_, i) => end - c.last + 1 + i);
  const values = years.map((y) => ctx.series(c.series, y));
  const shown: Record<string, unknown> = {};
  years.forEach((y, i) => {
    const v = values[i];
    shown[String(y)] = echo(v instanceof Unreadable ? v.raw : v);
  });
  putOwn(read, c.series, shown);
  const numbers = values.map((v) =>
    absent(v) || v instanceof Unreadable ? null : (parseDecimal(v) ?? null),
  );
  numbers.forEach((n, i) => {
    if (n !== null) return;
    if (values[i] instanceof Unreadable) unreadable.push(`${c.series}[${years[i]}]`);
    else missing.push(`${c.series}[${years[i]}]`);
  });

  if ('consecutive' in c) {
    let run = 0;
    let unknown = false;
    for (const n of numbers) {
      if (n === null) {
        unknown = true;
        run = 0;
        continue;
      }
      run = compare(n, c.consecutive.op, c.consecutive.value) ? run + 1 : 0;
      if (run >= c.consecutive.count) return { value: true, firedOn: null };
    }
    return { value: unknown ? null : false, firedOn: null };
  }
  if (numbers.some((n) => n === null)) return { value: null, firedOn: null };
  const xs = numbers as Dec[];
  const total = xs.reduce((s, x) => s.plus(x), new Dec(0));
  const aggregate = {
    mean: () => total.div(xs.length),
    sum: () => total,
    min: () => Dec.min(...xs),
    max: () => Dec.max(...xs),
  }[c.aggregate]();
  return { value: compare(aggregate, c.op, c.value), firedOn: null };
}

function events(
  c: Extract<Condition, { event: unknown }>,
  ctx: RuleContext,
  read: Record<string, unknown>,
): Partial {
  const { wanted, severities, key } = eventQuery(c);
  const from = minusYears(ctx.evaluationDate, c.withinYears);
  const matched = ctx.events
    .filter(
      (e) =>
        wanted.has(e.type) &&
        (!severities || (e.severity !== undefined && severities.has(e.severity))) &&
        e.date >= from &&
        e.date <= ctx.evaluationDate,
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  putOwn(
    read,
    key,
    matched.map((e) => ({
      type: e.type,
      date: e.date,
      ...(e.severity ? { severity: e.severity } : {}),
    })),
  );
  const needed = c.atLeast ?? 1;
  return matched.length >= needed
    ? { value: true, firedOn: (matched[needed - 1] as (typeof matched)[number]).date }
    : { value: false, firedOn: null };
}

type EventQuery = {
  readonly wanted: ReadonlySet<string>;
  readonly severities: ReadonlySet<string> | null;
  readonly key: string;
};
const queries = new WeakMap<object, EventQuery>();

// An event condition's types and severities as sets, made once per condition: matching then costs
// one look-up per event, whatever the number of types (40,000 types × 40,000 events took 2.7 s).
function eventQuery(c: Extract<Condition, { event: unknown }>): EventQuery {
  let query = queries.get(c);
  if (!query) {
    const types = typeof c.event === 'string' ? [c.event] : c.event;
    query = {
      wanted: new Set(types),
      severities: c.severity ? new Set(c.severity) : null,
      key: `events:${types.join('|')}${c.severity ? `[${c.severity.join('|')}]` : ''}`,
    };
    queries.set(c, query);
  }
  return query;
}

function earliest(dates: ReadonlyArray<string | null>): string | null {
  const known = dates.filter((d): d is string => d !== null).sort();
  return known[0] ?? null;
}

function latest(dates: ReadonlyArray<string | null>): string | null {
  const known = dates.filter((d): d is string => d !== null).sort();
  return known[known.length - 1] ?? null;
}
