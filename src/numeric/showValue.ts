import { showText } from '../error/showText.js';

/**
 * A raw input value as a message quotes it: JSON text (`"12,5"`, `[1,2]`), shown by `showText`
 * (at most 200 characters, control and bidi characters escaped). Never throws: a value that JSON
 * cannot write (a BigInt, a cycle, nesting deeper than the stack) is named by its type instead,
 * because a message about bad input must not fail on bad input. A long string is cut before it
 * is written as JSON, so a message about a 300 MB cell costs 200 characters.
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    const head = typeof value === 'string' && value.length > 400 ? value.slice(0, 400) : value;
    text = typeof head === 'bigint' ? `${head}n` : (JSON.stringify(head) ?? String(head));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return showText(text);
}
