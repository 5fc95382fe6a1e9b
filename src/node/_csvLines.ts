// The CSV of a streamed file, written in two steps so that no result waits as JSON: each row is
// rendered as toCsv renders it once it is scored, and only the four fields that the whole file
// decides — the ranks in the sector and overall, and for a candidate of the quota draw "selected"
// and the reason — are filled in when the results are written. Everything else of a line (id,
// name, sector, status, total, band, dimensions, notices) is toCsv's text already.
//
// `csvRow` renders one applicant with toCsv's own helpers (labels, reasons, notices, fields), so
// that a row of the programme costs a few string joins instead of a report; scoreCsvFile's tests
// compare the whole text with toCsv's, byte for byte.

import type { Label } from '../model/types.js';
import { field } from '../report/_csvText.js';
import {
  dimensions,
  type Locale,
  nameOf,
  pick,
  REASON,
  reasonText,
  STATUS,
  scoreOf,
  sectorLabel,
  TEXT,
} from '../report/_text.js';
import { noticesOf } from '../report/noticesOf.js';
import type { EntityResult, Report } from '../score/types.js';
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

/** Renders applicants as toCsv's rows, for one model and locale (labels remembered). */
export interface CsvRows {
  row(e: EntityResult): CsvLine;
  /**
   * A scored applicant of the row programme as a short record of the spool: its line as toCsv
   * writes it, less its ranks and selection, and two numbers — its kind (sector, status,
   * selection and band, whose words are remembered here) and its total (`total`, the published
   * total as an integer of its last decimal, for the ranks); null when a field holds a line break
   * or U+0001.
   */
  record(e: EntityResult, total: number): string | null;
  /**
   * The CSV line of a record: `rank` gives the whole file's ranks of a total (an integer of its
   * last decimal) in a sector, `outcome` the quota draw's outcome of a candidate.
   */
  finishRecord(
    text: string,
    index: number,
    rank: (sector: string, total: number) => { readonly sector: number; readonly overall: number },
    outcome: QuotaOutcome | undefined,
  ): string;
}

/** The first character of a record of `CsvRows.record` (a line of spoolLine starts with a digit or `[`). */
export const RECORD = '\u0002';

/** A row renderer for the reports of `head`'s model (an empty report of it) in `locale`. */
export function csvRows(head: Report, locale: Locale): CsvRows {
  const { definition } = head;
  const dims = dimensions(definition).map((d) => d.id);
  const report = head;
  const sectors = new Map<string | null, string>();
  const statuses = new Map<string, string>();
  // A scored applicant's "selected" and reason depend on its selection only: remembered by it.
  const selections = new WeakMap<object, string>();
  const bands = new Map<Label, string>();
  const no = field(pick(TEXT.no, locale));
  const yes = field(pick(TEXT.yes, locale));

  const sectorField = (id: string | null): string => {
    let text = sectors.get(id);
    if (text === undefined) {
      const label = sectorLabel(definition, id);
      text = field(label ? pick(label, locale) : '');
      sectors.set(id, text);
    }
    return text;
  };
  const selectionFields = (e: EntityResult): string => {
    const s = e.selection;
    if (e.status !== 'scored' || !s) {
      const selected = s ? (s.selected ? yes : no) : '';
      return `${selected},${field(reasonText(report, e, locale))}`;
    }
    // The programme shares one selection object per outcome: remembered by it.
    let text = selections.get(s);
    if (text === undefined) {
      text = `${s.selected ? yes : no},${field(reasonText(report, e, locale))}`;
      selections.set(s, text);
    }
    return text;
  };
  const bandField = (label: Label | undefined): string => {
    if (!label) return '';
    let text = bands.get(label);
    if (text === undefined) {
      text = field(pick(label, locale));
      bands.set(label, text);
    }
    return text;
  };

  // The notices column of an applicant: its notices' messages (noticesOf), remembered by its
  // status and its warnings' codes and messages, all that they are made of (a file's warned rows
  // come in a few kinds).
  const noticeTexts = new Map<string, string>();
  const noticesText = (e: EntityResult): string => {
    if (e.warnings.length === 0) return '';
    let key = e.status;
    for (const w of e.warnings)
      key += `|${w.code.length}:${w.code}${w.message.length}:${w.message}${w.messageZh.length}:${w.messageZh}`;
    let text = noticeTexts.get(key);
    if (text === undefined) {
      const found = noticesOf({ definition, entities: [e] }).entities[0]?.notices ?? [];
      text = found.map((n) => pick(n.message, locale, ' · ')).join('; ');
      if (noticeTexts.size < 1000) noticeTexts.set(key, text);
    }
    return text;
  };

  const row = (e: EntityResult): CsvLine => {
    let status = statuses.get(e.status);
    if (status === undefined) {
      status = field(pick(STATUS[e.status], locale));
      statuses.set(e.status, status);
    }
    const prefix = `${e.index},${cell(e.id ?? '')},${cell(nameOf(e.name, locale))},${sectorField(e.sector)},${status},${cell(e.total ?? '')}`;
    let suffix = bandField(e.selection?.band?.label);
    for (const id of dims) suffix += `,${cell(scoreOf(e, id) ?? '')}`;
    suffix += `,${field(noticesText(e))}`;
    return { prefix, selection: selectionFields(e), suffix };
  };

  // What a record's number stands for: the sector's id and field, the status, the selection's
  // fields and the band's, as toCsv writes them.
  const kinds: Array<{
    sector: string;
    head: string;
    selection: string;
    band: string;
    safe: boolean;
  }> = [];
  const kindOf = new WeakMap<object, Map<string, number>>();
  const outcomes = new Map<string, string>();
  /** Per sector, where each dimension sits among a result's nodes (see record). */
  const figurePlaces = new Map<string, Int32Array>();

  return {
    record(e, total) {
      const s = e.selection;
      if (e.status !== 'scored' || e.sector === null || e.total === null || !s) return null;
      // Both are one field of one line of the input (or the reader's text of it): rarely unsafe.
      const id = spoolField(e.id ?? '');
      if (id === null) return null;
      const name = spoolField(nameOf(e.name, locale));
      if (name === null) return null;
      // The dimensions' published figures (digits, a point and a sign: nothing to neutralise,
      // nothing unsafe), in the columns' order: where the sector's results hold each (the same
      // place row after row, checked by its id).
      let places = figurePlaces.get(e.sector);
      if (places === undefined) {
        places = new Int32Array(dims.length);
        figurePlaces.set(e.sector, places);
      }
      let figures = '';
      const nodes = e.nodes;
      for (let d = 0; d < dims.length; d++) {
        const id = dims[d] as string;
        let at = places[d] as number;
        if ((nodes[at] as (typeof nodes)[number] | undefined)?.id !== id) {
          at = nodes.findIndex((n) => n.id === id);
          places[d] = at;
        }
        const score = at < 0 ? null : (nodes[at] as (typeof nodes)[number]).score;
        figures += score === null ? ',' : `,${cell(score)}`;
      }
      let notices = '';
      if (e.warnings.length > 0) {
        notices = field(noticesText(e));
        if (UNSAFE.test(notices)) return null;
      }
      let bySector = kindOf.get(s);
      if (!bySector) {
        bySector = new Map();
        kindOf.set(s, bySector);
      }
      let kind = bySector.get(e.sector);
      if (kind === undefined) {
        const line = row(e);
        kind = kinds.length;
        const head = `${sectorField(e.sector)},${field(pick(STATUS.scored, locale))}`;
        const band = bandField(s.band?.label);
        kinds.push({
          sector: e.sector,
          head,
          selection: line.selection,
          band,
          safe: !UNSAFE.test(head) && !UNSAFE.test(band),
        });
        bySector.set(e.sector, kind);
      }
      const k = kinds[kind] as (typeof kinds)[number];
      // A sector's or a band's label with a line break (quoted in the CSV) cannot be spooled.
      if (!k.safe) return null;
      // The line around its ranks and selection, as finishRecord puts them in.
      return `${RECORD}${kind}${SEP}${total}${SEP}${id},${name},${k.head},${cell(e.total)},${SEP},${k.band}${figures},${notices}`;
    },
    finishRecord(text, index, rank, outcome) {
      // RECORD, the kind's number, SEP, the total's integer, SEP, the line up to its ranks, SEP,
      // the line from its band on.
      let at = 1;
      let kindNumber = 0;
      for (let c = text.charCodeAt(at); c !== SEP_CODE; c = text.charCodeAt(++at))
        kindNumber = kindNumber * 10 + (c - 48);
      const totalEnd = text.indexOf(SEP, ++at);
      const total = Number(text.slice(at, totalEnd));
      const headEnd = text.indexOf(SEP, totalEnd + 1);
      const kind = kinds[kindNumber] as (typeof kinds)[number];
      const r = rank(kind.sector, total);
      let selection = kind.selection;
      if (outcome) {
        const key = `${outcome.selected} ${outcome.reason}`;
        let known = outcomes.get(key);
        if (known === undefined) {
          known = `${field(pick(outcome.selected ? TEXT.yes : TEXT.no, locale))},${field(pick(REASON[outcome.reason], locale))}`;
          outcomes.set(key, known);
        }
        selection = known;
      }
      return `${index},${text.slice(totalEnd + 1, headEnd)}${r.sector},${r.overall},${selection}${text.slice(headEnd + 1)}\r\n`;
    },
    row,
  };
}

/**
 * toCsv's field(), at once for a text that needs nothing: no formula character first, nothing to
 * quote (most cells: ids, figures, labels).
 */
function cell(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  const first = value.charCodeAt(0);
  // = + - @ tab CR: field() decides (a plain negative number stays as it is).
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13)
    return field(value);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 34 || c === 44 || c === 13 || c === 10) return field(value);
  }
  return value;
}

/**
 * cell() of a text that a record may hold, or null for one with a line break or U+0001 (which the
 * spool cannot hold): one pass over the text, toCsv's field() for one that starts like a formula.
 */
function spoolField(value: string): string | null {
  const n = value.length;
  if (n === 0) return value;
  const first = value.charCodeAt(0);
  let quote = false;
  let comma = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c > 44) continue;
    if (c === 13 || c === 10 || c === 1) return null;
    if (c === 34) quote = true;
    else if (c === 44) comma = true;
  }
  // = + - @ tab: field() decides (a plain negative number stays as it is).
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9)
    return field(value);
  if (quote) return `"${value.replaceAll('"', '""')}"`;
  return comma ? `"${value}"` : value;
}

const SEP = '\u0001';
const SEP_CODE = 1;
// A line of the spool holds no line break (the spool is read line by line) and no separator.
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is the spool's own separator.
const UNSAFE = /[\r\n\u0001]/;

/**
 * A line of the spool: the CSV line's parts and, for a scored applicant, its sector and total
 * (an integer of the last decimal) for the ranks. Plain text joined by U+0001; JSON (which starts
 * with `[`, where a plain line starts with the index) when a part holds a line break or U+0001.
 */
export function spoolLine(line: CsvLine, sector: string | null, total: number | null): string {
  const { prefix, selection, suffix } = line;
  if (
    UNSAFE.test(prefix) ||
    UNSAFE.test(selection) ||
    UNSAFE.test(suffix) ||
    UNSAFE.test(sector ?? '')
  )
    return JSON.stringify([prefix, selection, suffix, sector, total]);
  return `${prefix}${SEP}${selection}${SEP}${suffix}${SEP}${sector ?? ''}${SEP}${total ?? ''}`;
}

/** A spool line read back (see spoolLine). */
export function readSpoolLine(text: string): {
  line: CsvLine;
  sector: string | null;
  total: number | null;
} {
  if (text.charCodeAt(0) === 91) {
    const [prefix, selection, suffix, sector, total] = JSON.parse(text) as [
      string,
      string,
      string,
      string | null,
      number | null,
    ];
    return { line: { prefix, selection, suffix }, sector, total };
  }
  const a = text.indexOf(SEP);
  const b = text.indexOf(SEP, a + 1);
  const c = text.indexOf(SEP, b + 1);
  const d = text.indexOf(SEP, c + 1);
  const total = text.slice(d + 1);
  return {
    line: {
      prefix: text.slice(0, a),
      selection: text.slice(a + 1, b),
      suffix: text.slice(b + 1, c),
    },
    sector: d > c + 1 ? text.slice(c + 1, d) : null,
    total: total === '' ? null : Number(total),
  };
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
