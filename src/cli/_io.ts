// Private helpers of the command line: colour, terminal widths, tables, CSV cells, writing to
// stdout or --out, and the progress bar. Only src/cli and src/node may print.

import { writeFileSync } from 'node:fs';
import { type Label, showText } from 'youpin';
import type { Context } from './_context.js';
import { Failure } from './_errors.js';
import type { Lang } from './_messages.js';

/** The part of a Node stream the command line uses (process.stdout, process.stderr). */
export interface Stream {
  write(text: string): boolean;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/** ANSI styles, or the identity when colour is off. */
export interface Paint {
  readonly enabled: boolean;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether to colour a stream. As Node does: FORCE_COLOR decides when it is set (`0` or `false`
 * turn colour off, anything else on); otherwise a non-empty NO_COLOR turns it off; otherwise
 * colour only on a terminal that is not `TERM=dumb`.
 */
export function colourEnabled(stream: Stream, env: Env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** The styles for a stream (identity functions when `enabled` is false). */
export function paint(enabled: boolean): Paint {
  const style =
    (open: number, close: number) =>
    (s: string): string =>
      enabled && s !== '' ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    enabled,
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    cyan: style(36, 39),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are matched on purpose.
const ANSI = /\u001b\[[0-9;]*m/g;

/** East Asian wide and fullwidth ranges (UAX #11), which take two terminal columns. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{20000}-\u{3fffd}]/u;
/** Combining marks and zero-width characters take no column. */
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f]/u;

/** Display width in a terminal: CJK characters take two columns, ANSI escapes none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text.replace(ANSI, '')) width += ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return width;
}

/** Cuts a text to at most `max` columns, ending with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const c of text) {
    const w = displayWidth(c);
    if (width + w > max - 1) break;
    out += c;
    width += w;
  }
  return `${out}…`;
}

/** Pads a text to `width` columns, on the right (left-aligned) or on the left (right-aligned). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A column of a terminal table. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right' | undefined;
}

/**
 * A plain-text table with CJK-aware widths: a bold header, a rule, then the rows. Every header and
 * cell is shown by the core's `showText` before it is measured (control and bidi characters
 * escaped, at most 200 characters), so that a name or a label cannot clear the screen, set the
 * title, hide a link or reverse a line. `colour` styles a cell after it has been padded (so
 * escapes never disturb the widths).
 */
export function table(
  given: readonly Column[],
  cells: readonly (readonly string[])[],
  p: Paint,
  colour?: (row: number, column: number, text: string) => string,
): string {
  const columns = given.map((c) => ({ ...c, header: showText(c.header) }));
  const rows = cells.map((row) => row.map((cell) => showText(cell)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[], style: (column: number, text: string) => string) =>
    cells
      .map((cell, i) => {
        const last = i === cells.length - 1 && columns[i]?.align !== 'right';
        return style(i, last ? cell : pad(cell, widths[i] ?? 0, columns[i]?.align));
      })
      .join('  ');
  const header = line(
    columns.map((c) => c.header),
    (_c, s) => p.bold(s),
  );
  const rule = p.dim(widths.map((w) => '─'.repeat(w)).join('  '));
  const body = rows.map((cells, r) => line(cells, (c, s) => (colour ? colour(r, c, s) : s)));
  return [header, rule, ...body].join('\n');
}

// A cell that a spreadsheet would run as a formula (OWASP, "CSV Injection"); plain numbers are data.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * CSV text as the library's `toCsv` writes it: a UTF-8 byte-order mark (Excel reads Chinese
 * correctly), RFC 4180 quoting, CRLF line ends, and formula-like text cells prefixed with `'`.
 */
export function csv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) => {
    const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Where output goes: stdout, or the file of `--out` (then a note on stderr says so). */
export interface Output {
  readonly ctx: Context;
  readonly out: string | undefined;
}

/** The output of a command: `--out FILE`, or stdout when `out` is undefined. */
export function outputTo(ctx: Context, out: string | undefined): Output {
  return { ctx, out };
}

/**
 * Writes the command's output: to `out` when given (with a note on stderr), else to stdout. A
 * final newline is added when missing. A file that cannot be written is a Failure (exit 1).
 */
export function emit(text: string, output: Output): void {
  const { ctx, out } = output;
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined) {
    ctx.stdout.write(body);
    return;
  }
  try {
    writeFileSync(out, body);
  } catch (error) {
    throw new Failure(
      ctx.m.cannotWrite(out, error instanceof Error ? error.message : String(error)),
    );
  }
  ctx.stderr.write(`${ctx.m.wrote(out)}\n`);
}

/** A progress bar on stderr: drawn on a terminal only, erased when the work is done. */
export interface Progress {
  /**
   * Redraws the bar at `done / total` with its label; with `count` (rows, applicants or bytes done
   * so far) it adds the rate since the bar was made, e.g. `· 4,210/s`. A label given as a function
   * is made only when the bar is drawn: on a pipe, never (formatting a count for every chunk of a
   * million rows cost a few tenths of a microsecond an applicant).
   */
  update(done: number, total: number, label: string | (() => string), count?: number): void;
  clear(): void;
}

const BAR = 20;

const now = (): number => performance.now();

/** A progress bar on `stream`, or one that draws nothing when the stream is not a terminal. */
export function progress(stream: Stream): Progress {
  if (stream.isTTY !== true) return { update() {}, clear() {} };
  let drawn = false;
  const start = now();
  return {
    update(done, total, label, count) {
      const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
      const full = Math.floor(share * BAR);
      const bar = `${'█'.repeat(full)}${'░'.repeat(BAR - full)}`;
      const percent = `${Math.floor(share * 100)}%`.padStart(4);
      const seconds = (now() - start) / 1000;
      const rate =
        count === undefined || seconds < 0.2
          ? ''
          : ` · ${Math.round(count / seconds).toLocaleString('en')}/s`;
      // No total (bytes written so far, say): the label and the rate alone.
      const words = typeof label === 'function' ? label() : label;
      const text = total > 0 ? `${bar} ${percent} ${words}${rate}` : `${words}${rate}`;
      stream.write(`\r\u001b[2K${truncate(text, Math.max(10, (stream.columns || 80) - 1))}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

/** A label in the chosen language. */
export function labelIn(label: Label, lang: Lang): string {
  return lang === 'zh' ? label.zh : label.en;
}

/** A sector for headings: its label in the chosen language and its id, `制造业（manufacturing）`. */
export function sectorIn(
  model: { readonly sectors: ReadonlyArray<{ readonly id: string; readonly label: Label }> },
  id: string,
  lang: Lang,
): string {
  const sector = model.sectors.find((s) => s.id === id);
  if (!sector) return id;
  return lang === 'zh' ? `${sector.label.zh}（${id}）` : `${sector.label.en} (${id})`;
}

/** An entity's name: the string as given, or its label in the chosen language. */
export function nameIn(name: string | Label | null, lang: Lang): string {
  if (name === null) return '';
  return typeof name === 'string' ? name : labelIn(name, lang);
}

/** ✓, ✗ or — for passed, failed, not scored. */
export function mark(value: boolean | null): string {
  return value === true ? '✓' : value === false ? '✗' : '—';
}
