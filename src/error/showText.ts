/** How many characters of a text a message quotes (docs/reliability.md, "Hostile text"). */
export const SHOWN = 200;

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

/** showText of 'youpin', for a text (the exported one, in showTextPublic.ts, takes any value). */
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
