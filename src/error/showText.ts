/** How many characters of a text a message quotes (docs/reliability.md, "Hostile text"). */
const SHOWN = 200;

// Characters that must never reach a terminal, a log or a message raw: C0 controls (ESC starts
// ANSI and OSC sequences, CR rewrites a line), DEL, C1 controls (U+009B is a one-byte CSI), the
// line and paragraph separators, the bidirectional marks, embeddings, overrides and isolates
// (U+202E turns "exe.txt" into "txt.exe" on screen; "Trojan Source"), the zero-width no-break
// space, and a surrogate with no partner (no encoding can write it).
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are matched on purpose.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|\p{Cs}/gu;

const escaped = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A text as a message, a log line or a terminal shows it: every control and bidirectional
 * character written as a `\uXXXX` escape (C0 and C1 controls, DEL, U+061C, U+200E/F, U+2028–202E,
 * U+2066–2069, U+FEFF, a lone surrogate), and the whole cut to at most `max` characters, ending
 * with "…" when something was cut. Every message of youpin quotes raw values through it, so that
 * a name or a cell can neither be longer than 200 characters in a message nor move the cursor,
 * clear the screen, set a terminal's title, hide a link or reverse the text around it. Showing a
 * shown text again changes nothing. Linear in `max`, whatever the length of `text`.
 *
 * @param text - any text, e.g. a value read from a file or a request
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
  if (text.length <= max) {
    const shown = escaped(text);
    if (shown.length <= max) return shown;
  }
  // Too long: escape one character at a time (a pair of surrogates is one), up to the cut.
  let out = '';
  for (const c of text) {
    const shown = escaped(c);
    if (out.length + shown.length > max - 1) break;
    out += shown;
  }
  return `${out}…`;
}
