import type { IssueCode } from './codes.js';

/** One segment of the path to a problem: an object key or an array index. */
export type PathSegment = string | number;

/**
 * A problem (or, in a `warnings` list, a notice) found in a model, an input batch or a call.
 *
 * `code` is stable and meant for programs; `message` (English) and `messageZh` (中文) are for people.
 * `path` locates the problem inside the value that was passed, e.g.
 * `["entities", 12, "values", "m_I1"]` or `["sectors", 0, "profile", "weights", "Q"]`.
 */
export interface Issue {
  /** One of {@link IssueCode}: the core's, zod's or `youpin/node`'s. */
  readonly code: IssueCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly messageZh: string;
}
