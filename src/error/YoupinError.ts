import type { Issue } from './issue.js';
import { showText } from './showText.js';

/** A non-empty list of issues. */
export type Issues = readonly [Issue, ...Issue[]];

const brand = Symbol.for('youpin.YoupinError');

/**
 * The one error class of youpin: it carries every issue found, each with a code, a path and a message.
 *
 * Validation collects all issues before it throws, so one error tells the whole story.
 *
 * @example
 * ```ts
 * import { defineModel, isYoupinError } from 'youpin';
 * let paths: string[] = [];
 * try {
 *   defineModel({ id: 'x' } as never);
 * } catch (error) {
 *   if (isYoupinError(error)) paths = error.issues.map((i) => i.path.join('.'));
 * }
 * paths; // → [ 'version', 'name', 'tree', 'sectors' ]
 * ```
 */
export class YoupinError extends Error {
  override readonly name: 'YoupinError' = 'YoupinError';
  /** Every problem found; never empty. */
  readonly issues: Issues;

  constructor(issues: Issues) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${first.message} at ${formatPath(first.path)}${more}`);
    this.issues = issues;
    Object.defineProperty(this, brand, { value: true });
  }
}

// pathText's (each key shown as a value is), written here: the call cost the browser bundle of
// defineModel and score 22 bytes of its budget.
function formatPath(path: Issue['path']): string {
  return path.length === 0 ? '(root)' : path.map((p) => showText(String(p))).join('.');
}
