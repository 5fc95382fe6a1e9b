// The CSV of a streamed file, written in two steps so that no result waits as JSON: each chunk's
// rows are rendered by toCsv itself once they are scored, and only the four fields that the whole
// file decides — the ranks in the sector and overall, and for a candidate of the quota draw
// "selected" and the reason — are filled in when the results are written. Everything else of a
// line (id, name, sector, status, total, band, dimensions, notices) is toCsv's text already.

import { pick, REASON, TEXT } from '../report/_text.js';
import type { QuotaOutcome } from './_quotaDraw.js';

/** A line of toCsv cut around its fields 6–9 (rank in sector, rank overall, selected, reason). */
export interface CsvLine {
  /** Fields 0–5, as toCsv wrote them. */
  readonly prefix: string;
  /** Fields 8–9 as toCsv wrote them (kept unless the quota draw decides them). */
  readonly selection: string;
  /** Fields 10 to the last (band, dimensions, notices), as toCsv wrote them. */
  readonly suffix: string;
}

/** The lines of toCsv's text without its header, cut (RFC 4180 quotes: a field may hold commas or line ends). */
export function csvLinesOf(text: string): CsvLine[] {
  const lines: CsvLine[] = [];
  let start = 0;
  let field = 0;
  let quoted = false;
  let before6 = -1; // the comma before field 6, 8 and 10
  let before8 = -1;
  let before10 = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      }
      continue;
    }
    if (c === 34) quoted = true;
    else if (c === 44) {
      field++;
      if (field === 6) before6 = i;
      else if (field === 8) before8 = i;
      else if (field === 10) before10 = i;
    } else if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (before10 < 0) throw new Error('youpin: a CSV line of toCsv without its fields (a bug)');
      lines.push({
        prefix: text.slice(start, before6),
        selection: text.slice(before8 + 1, before10),
        suffix: text.slice(before10 + 1, i),
      });
      i++;
      start = i + 1;
      field = 0;
      before6 = before8 = before10 = -1;
    }
  }
  return lines;
}

// toCsv's field(): formula characters neutralised, then quoted as RFC 4180 requires.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function field(value: string): string {
  const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A line as toCsv writes it for the whole file: its ranks (empty when it has none) and, for a
 * candidate of the quota draw, the draw's outcome in words (toCsv's "selected" and reason).
 */
export function finishCsvLine(
  line: CsvLine,
  rank: { readonly sector: number; readonly overall: number } | null,
  outcome: QuotaOutcome | undefined,
  locale: 'zh-CN' | 'en' | 'both',
): string {
  const ranks = rank ? `${rank.sector},${rank.overall}` : ',';
  const selection = outcome
    ? `${field(pick(outcome.selected ? TEXT.yes : TEXT.no, locale))},${field(pick(REASON[outcome.reason], locale))}`
    : line.selection;
  return `${line.prefix},${ranks},${selection},${line.suffix}\r\n`;
}
