import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';

/**
 * The most characters of one text in an applicant's row: an id, a name, a sector, a cell, a fact,
 * an event's field, an expert (docs/reliability.md). A longer text makes the row `invalid`
 * (`text_too_long`), and is neither parsed nor echoed whole.
 */
export const TEXT_LIMIT = 10_000;

/** Levels below the row that hold texts: panels.<leaf>.<k>.expert is the deepest. */
const DEPTH = 4;

/**
 * The `text_too_long` issues of a row: every text (a value or a key) longer than TEXT_LIMIT,
 * at most a hundred, with its path. Each object or array is visited once (a row that refers to
 * one object twice costs it once), and no deeper than the texts a row can hold.
 */
export function longTexts(row: object, base: readonly PathSegment[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<object>();
  const stack: Array<{ value: object; path: PathSegment[] }> = [{ value: row, path: [...base] }];
  // A key's path is built only for a text over the limit or an object to visit: every cell of
  // every row passes here, and a path for each was most of what reading a row allocated.
  const check = (text: string, path: PathSegment[], key: PathSegment) => {
    if (text.length > TEXT_LIMIT && issues.length < 100)
      issues.push(
        makeIssue('text_too_long', [...path, key], { length: text.length, max: TEXT_LIMIT }),
      );
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: object; path: PathSegment[] };
    if (seen.has(value)) continue;
    seen.add(value);
    const array = Array.isArray(value);
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch {
      continue; // a proxy that throws: reported where the row is read
    }
    for (const key of keys) {
      const segment = array ? Number(key) : key;
      if (!array) check(key, path, segment);
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      if (typeof child === 'string') check(child, path, segment);
      else if (typeof child === 'object' && child !== null && path.length + 1 - base.length < DEPTH)
        stack.push({ value: child, path: [...path, segment] });
    }
  }
  return issues;
}
