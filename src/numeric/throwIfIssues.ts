import type { Issue } from '../error/issue.js';
import { YoupinError } from '../error/YoupinError.js';

/** Throws a YoupinError carrying every collected issue, if there is any. */
export function throwIfIssues(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
}
