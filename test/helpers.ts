import { expect } from 'vitest';
import { isYoupinError } from 'youpin';

/** Runs `fn`, expects a YoupinError, and returns its issue codes with their joined paths. */
export function issuesOf(fn: () => unknown): Array<{ code: string; path: string }> {
  try {
    fn();
  } catch (error) {
    expect(isYoupinError(error)).toBe(true);
    if (!isYoupinError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageZh.length).toBeGreaterThan(0);
    }
    return error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
  }
  throw new Error('expected a YoupinError, but nothing was thrown');
}
