import type { CoreIssueCode } from './codes.js';
import type { PathSegment } from './issue.js';

/** A problem found by a method, before it is placed (path prefix) and worded. */
export interface Finding {
  readonly code: CoreIssueCode;
  readonly path: readonly PathSegment[];
  readonly params?: Readonly<Record<string, string | number>>;
}
