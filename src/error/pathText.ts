import type { PathSegment } from './issue.js';
import { showText } from './showText.js';

// A path's segments are the input's own keys (a column's name, an id, a key of a JSON file): each
// is shown as a message quotes a value (escaped, at most 200 characters), so that a key of a
// megabyte, or one holding an escape sequence, reaches neither a terminal, a log nor a page whole
// or raw through the place an issue is said to be.

/** An issue's path as text: its segments shown (showText) and joined by dots; '' for none. */
export function pathText(path: readonly PathSegment[]): string {
  return path.map((p) => showText(String(p))).join('.');
}
