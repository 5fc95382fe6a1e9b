import { boundedJson } from './_boundedJson.js';

// Long enough for any number or grade a message quotes; a megabyte of text is not repeated.
const MAX_LENGTH = 200;

/**
 * A raw input value as a message quotes it: JSON text (`"12,5"`, `[1,2]`), cut at 200 characters.
 * Never throws: a value that JSON cannot write (a BigInt, a cycle, nesting deeper than the stack)
 * is named by its type instead, because a message about bad input must not fail on bad input.
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'bigint'
        ? `${value}n`
        : (boundedJson(value, MAX_LENGTH + 1) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
