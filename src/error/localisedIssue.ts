import type { IssueCode } from './codes.js';
import type { Issue, PathSegment } from './issue.js';
import { showText } from './showText.js';

/** The values a message template reads. */
export type Params = Readonly<Record<string, string | number>>;

/** An issue's English and Chinese message, built from its params. */
export type Template = readonly [en: (p: Params) => string, zh: (p: Params) => string];

/**
 * The issue of `code` with the messages of `template`, every text in `params` quoted through
 * `showText` (at most 200 characters, control and bidi characters escaped): the one way the core,
 * youpin/node and youpin/dea word their issues. Constructs no YoupinError, so the entries that
 * import the core by its name may bundle it.
 */
export function localisedIssue(
  code: IssueCode,
  [en, zh]: Template,
  path: readonly PathSegment[],
  params: Params,
): Issue {
  const shown = new Proxy(params, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'string' ? showText(value) : value;
    },
  });
  return { code, path: [...path], message: en(shown), messageZh: zh(shown) };
}
