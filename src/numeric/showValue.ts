import { showText } from '../error/showText.js';
import { boundedJson } from './_boundedJson.js';

// Long enough for any number or grade a message quotes; a megabyte of text is not repeated.
const MAX_LENGTH = 200;

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
    // JSON written only as far as a message shows it (shared arrays are not unfolded without end).
    text =
      typeof value === 'bigint'
        ? `${value}n`
        : (boundedJson(value, 2 * MAX_LENGTH + 1) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return showText(text);
}
