// Checks shared by the fuzz properties. They throw plain Errors naming the offending path, which is
// cheaper than one expect() per number and tells fast-check's shrinker exactly what broke.

import { isYoupinError } from 'youpin';
import { UNSAFE_TEXT } from '../helpers.js';

/** Throws unless the value (a report, an explanation, a model) holds no NaN or ±Infinity anywhere. */
export function assertFinite(value: unknown): void {
  const stack: Array<{ v: unknown; path: string }> = [{ v: value, path: '$' }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: string };
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${v} at ${path}`);
    if (typeof v === 'string' && /^-?(NaN|Infinity)$/.test(v)) throw new Error(`"${v}" at ${path}`);
    if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: `${path}.${k}` });
  }
}

/** Throws unless `error` is a YoupinError whose every issue has a string code and an array path. */
export function assertCleanFailure(error: unknown): void {
  if (!isYoupinError(error)) throw error;
  assertIssues(error.issues);
  if (error.issues.length === 0) throw new Error('a YoupinError without issues');
}

/**
 * Throws unless every issue has a code (a non-empty string), a path (an array) and two messages,
 * each free of control and bidi characters (messages quote raw values through showText).
 */
export function assertIssues(issues: ReadonlyArray<unknown>): void {
  for (const issue of issues) {
    const i = issue as { code?: unknown; path?: unknown; message?: unknown; messageZh?: unknown };
    if (typeof i.code !== 'string' || i.code === '')
      throw new Error(`issue without code: ${show(i)}`);
    if (!Array.isArray(i.path)) throw new Error(`issue without path: ${show(i)}`);
    if (typeof i.message !== 'string' || typeof i.messageZh !== 'string' || i.message === '')
      throw new Error(`issue without messages: ${show(i)}`);
    if (UNSAFE_TEXT.test(i.message) || UNSAFE_TEXT.test(i.messageZh))
      throw new Error(`a message with a control or bidi character: ${show(i)}`);
  }
}

/** Runs `fn`; a YoupinError is a clean failure (returned as `undefined`), any other exception fails. */
export function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    assertCleanFailure(error);
    return undefined;
  }
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value).slice(0, 300);
  } catch {
    return String(value);
  }
}
