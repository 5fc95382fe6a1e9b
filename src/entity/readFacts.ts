import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { closestName } from '../intake/closestName.js';
import { readFact } from '../intake/readFact.js';
import { readQuantity } from '../intake/readQuantity.js';
import type { Compiled } from '../model/compiled.js';
import { Unreadable } from '../rules/Unreadable.js';

const isMissing = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** What a row's facts and series are once read by their declarations. */
export interface ReadFacts {
  /** Typed values by fact id (null prototype); `Unreadable` for a present value that is not. */
  readonly facts: Record<string, unknown>;
  /** Year → typed number (or `Unreadable`) by series id. */
  readonly series: Record<string, Record<string, unknown>>;
  /** Whether some present fact or series value could not be read (the row is then invalid). */
  readonly unreadable: boolean;
}

/**
 * Reads a row's `facts` and `series` by the model's declarations: each present value by its
 * type (one vocabulary for every input), an undeclared name as a located issue with the closest
 * declared name. Absent and blank values stay absent: the rules that need them say so.
 */
export function readFacts(
  model: Compiled,
  rawFacts: Record<string, unknown>,
  rawSeries: Record<string, Record<string, unknown>>,
  base: readonly PathSegment[],
  issues: Issue[],
): ReadFacts {
  const facts: Record<string, unknown> = Object.create(null);
  const series: Record<string, Record<string, unknown>> = Object.create(null);
  let unreadable = false;
  const declaredFacts = [...model.facts.values()].filter((f) => f.leaf === null);
  for (const name of Object.keys(rawFacts)) {
    const raw = rawFacts[name];
    const fact = model.facts.get(name);
    const path = [...base, 'facts', name];
    if (!fact || fact.leaf !== null) {
      const near = closestName(
        name,
        declaredFacts.flatMap((f) => [f.id, f.label.zh, f.label.en]),
      );
      issues.push(
        makeIssue('unknown_fact', path, {
          id: name,
          suggestion: near ?? '',
          branch: '',
        }),
      );
      unreadable = true;
      continue;
    }
    if (isMissing(raw)) continue;
    const read = readFact(fact, raw);
    if (read.ok) facts[name] = read.value;
    else {
      facts[name] = new Unreadable(raw);
      issues.push(makeIssue(read.code, path, read.params));
      unreadable = true;
    }
  }
  for (const name of Object.keys(rawSeries)) {
    const declared = model.series.get(name);
    const path = [...base, 'series', name];
    if (!declared) {
      const near = closestName(
        name,
        [...model.series.values()].flatMap((s) => [s.id, s.label.zh, s.label.en]),
      );
      issues.push(makeIssue('unknown_series', path, { id: name, suggestion: near ?? '' }));
      unreadable = true;
      continue;
    }
    const years = rawSeries[name] as Record<string, unknown>;
    const out: Record<string, unknown> = Object.create(null);
    for (const year of Object.keys(years)) {
      const raw = years[year];
      if (isMissing(raw)) continue;
      const read = readQuantity(raw, declared.unit, {
        en: `${declared.label.en} ${year}`,
        zh: `${declared.label.zh} ${year}年`,
      });
      if (read.ok) out[year] = read.value;
      else {
        out[year] = new Unreadable(raw);
        issues.push(makeIssue(read.code, [...path, year], read.params));
        unreadable = true;
      }
    }
    series[name] = out;
  }
  return { facts, series, unreadable };
}
