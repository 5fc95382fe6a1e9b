import type { PathSegment } from './issue.js';
import type { ScoringIssueCode } from './messages.js';

/** A problem found by a method, before it is placed (path prefix) and worded. */
export interface Finding {
  readonly code: ScoringIssueCode;
  readonly path: readonly PathSegment[];
  readonly params?: Readonly<Record<string, string | number>>;
}
