import { SHOWN, showText as shown } from './showText.js';

// The exported showText: a service may hand it whatever a request held, so a value that is not a
// text is shown as its text rather than failing with a TypeError. Kept apart from the one every
// message uses, so that a bundle of defineModel and score does not carry it.

/**
 * A text as a message, a log line or a terminal shows it: every control and bidirectional
 * character written as a `\uXXXX` escape (C0 and C1 controls, DEL, U+061C, U+200E/F, U+2028–202E,
 * U+2066–2069, U+FEFF, a lone surrogate), and the whole cut to at most `max` characters, ending
 * with "…" when something was cut. Every message of youpin quotes raw values through it, so that
 * a name or a cell can neither be longer than 200 characters in a message nor move the cursor,
 * clear the screen, set a terminal's title, hide a link or reverse the text around it. Showing a
 * shown text again changes nothing. Linear in `max`, whatever the length of `text`.
 *
 * @param text - any text, e.g. a value read from a file or a request (any other value is shown as
 *   its text: `String(value)`, or its tag for an object without one)
 * @param max - the most characters to return (default 200); `Infinity` only escapes
 * @returns the text, safe to print
 * @example
 * ```ts
 * import { showText } from 'youpin';
 * showText('\u001b[2JACME\u202e'); // → '\\u001b[2JACME\\u202e'
 * showText('x'.repeat(1000)).length; // → 200
 * showText('质量\n创新', Infinity); // → '质量\\u000a创新'
 * ```
 */
export function showText(text: string, max: number = SHOWN): string {
  return shown(typeof text === 'string' ? text : textOf(text), max);
}

/** A value that is not a string, as text: String's, or Object's tag when it has no text. */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
