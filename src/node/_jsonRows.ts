// The JSON of a streamed file at `summary` or `standard` detail, written without building each
// applicant's object and stringifying it: a row of the compiled programme is rendered straight
// from its published figures with key fragments made once per layout. It waits in the spool as a
// short record of UTF-8 bytes — its head (index, id, name, sector, status, total) as text, its
// node scores as bare figures, and the parts that repeat from applicant to applicant (the
// selection, the reason codes, the rules and warnings) as numbers of texts remembered here — and is
// written out when the whole file's ranks and, for a candidate of the quota draw, its selection are
// known. Bytes both ways: a record's text was joined, encoded into the spool, decoded and split
// again, about 2 µs an applicant of a million at summary detail.
//
// The text is byte for byte what reportChunks writes for the same applicant (entityAtDetail, then
// JSON.stringify, indented by 2 inside a document): every piece that is not a fixed fragment (a
// name, the warnings, the rules that did not pass, a selection) goes through JSON.stringify with
// the same indentation, and the fixed fragments are JSON.stringify's of the keys. The tests
// compare the whole text with the path that runs score() on every row (test/node/rowProgramme).

import {
  type Detail,
  type EntityResult,
  type EntitySummary,
  entityAtDetail,
  type Label,
  type NodeResult,
  type SelectionResult,
} from 'youpin';
import { encodeInto, type TextBytes } from './_fileWriter.js';
import { outcomeKey } from './_outcomeKey.js';
import type { QuotaOutcome } from './_quotaDraw.js';

/** Renders the programme's applicants at one detail and layout. */
export interface JsonRows {
  /**
   * A scored, ineligible or vetoed result of the row programme (published figures only) as a
   * record of the spool, with its total as an integer of the last decimal: its UTF-8 bytes
   * appended to `into`, the first one FAST_MARK (no byte 0 in it: the spool's separator).
   */
  record(e: EntityResult, total: number, into: TextBytes): void;
  /** Forgets every applicant's bytes given so far (they have been written): their room is reused. */
  release(): void;
  /**
   * A record's text in the layout, as UTF-8 (the record as the spool gives it back: `bytes` from
   * `from` up to `to`): `index` is the applicant's in the file, `rank` gives the whole file's ranks
   * of a total in a sector, `outcome` the quota draw's outcome of a candidate (undefined for
   * others). The bytes are a view of a buffer shared with the applicants written after it until
   * it is full: write them out before it is (a batch of the spool's records at a time).
   */
  finish(
    bytes: Uint8Array,
    from: number,
    to: number,
    index: number,
    rank: (sector: string, total: number) => { readonly sector: number; readonly overall: number },
    outcome: QuotaOutcome | undefined,
  ): Uint8Array;
}

/**
 * A renderer for `detail` (summary or standard) in a layout: compact (NDJSON, or JSON without
 * indentation), or indented by 2 as an applicant of a document (its keys at 6 spaces).
 */
export function jsonRows(detail: Exclude<Detail, 'full'>, indent: 0 | 2): JsonRows {
  const pretty = indent === 2;
  const nl = (depth: number) => (pretty ? `\n${' '.repeat(depth)}` : '');
  /** A value of the applicant's keys as JSON.stringify writes it there. */
  const at = (value: unknown, depth = 6): string => {
    const text = JSON.stringify(value, null, indent) as string;
    return pretty ? text.replaceAll('\n', nl(depth)) : text;
  };
  const colon = pretty ? ': ' : ':';
  const key = (name: string, first = false, depth = 6) =>
    `${first ? '' : ','}${nl(depth)}${JSON.stringify(name)}${colon}`;
  const K = {
    index: `{${key('index', true)}`,
    id: key('id'),
    name: key('name'),
    sector: key('sector'),
    status: key('status'),
    total: key('total'),
    rank: key('rank'),
    selection: key('selection'),
    reasons: key('reasons'),
    scores: key('scores'),
    issues: key('issues'),
    warnings: key('warnings'),
    eligibility: key('eligibility'),
    adjustments: key('adjustments'),
    end: `${nl(4)}}`,
    zh: key('zh', true, 8),
    en: key('en', false, 8),
    nameEnd: `${nl(6)}}`,
    rankSector: key('sector', true, 8),
    rankOverall: key('overall', false, 8),
  };
  const empty = at([]);
  const values = new Map<string | null, string>();
  const textOf = (value: string | null): string => {
    let text = values.get(value);
    if (text === undefined) {
      text = at(value);
      if (values.size < 1000) values.set(value, text);
    }
    return text;
  };
  // Shared selection results (one per outcome in the programme, as record fields) and reasons.
  const selections = new WeakMap<object, string>();
  const reasons = new Map<string, string>();
  // The core's reason codes of a scored applicant without warnings, and its rules that did not
  // pass: none.
  const plain = entityAtDetail(PLAIN, 'standard') as { reasons: unknown; eligibility: unknown };
  const NO_REASONS = at(plain.reasons);
  const NO_RULES = at(plain.eligibility);
  // The end of a standard applicant without issues, warnings, rules that did not pass or
  // adjustments: the same text each time (a record holds its number).
  const PLAIN_REST = `${K.issues}${at([])}${K.warnings}${at([])}${K.eligibility}${NO_RULES}${K.adjustments}${at([])}${K.end}`;
  const nodeKeys = new Map<string, { first: string; next: string }>();
  const outcomes = new Map<
    SelectionResult['band'],
    Map<string, { before: string; after: string } | null>
  >();
  const afterPosition = `,${nl(8)}"tieBreak"${colon}null${nl(6)}}`;
  const standard = detail === 'standard';

  // Per layout (the node ids of an applicant's scores, in order), each node's key as bytes: the
  // first one's, and the others' (after a comma).
  const layoutIds: string[][] = [];
  const layoutKeys: Array<Array<{ first: Buffer; next: Buffer }>> = [];
  const keysOf = (ids: readonly string[]) =>
    ids.map((id) => {
      let keys = nodeKeys.get(id);
      if (keys === undefined) {
        keys = { first: key(id, true, 8), next: key(id, false, 8) };
        nodeKeys.set(id, keys);
      }
      return { first: bytesOf(`{${keys.first}`), next: bytesOf(keys.next) };
    });
  /** The number of the layout of `nodes`' ids: one met before (most often the last), or a new one. */
  let lastLayout = -1;
  const layoutOf = (nodes: readonly NodeResult[]): number => {
    const same = (n: number) => {
      const ids = layoutIds[n] as string[];
      if (ids.length !== nodes.length) return false;
      for (let k = 0; k < ids.length; k++) if (ids[k] !== (nodes[k] as NodeResult).id) return false;
      return true;
    };
    if (lastLayout >= 0 && same(lastLayout)) return lastLayout;
    for (let n = 0; n < layoutIds.length; n++)
      if (same(n)) {
        lastLayout = n;
        return n;
      }
    const ids = nodes.map((node) => node.id);
    layoutIds.push(ids);
    layoutKeys.push(keysOf(ids));
    lastLayout = layoutIds.length - 1;
    return lastLayout;
  };

  // Texts that repeat (selections, reason codes, the end of an applicant …), by number.
  const known = new Map<string, number>();
  const texts: string[] = [];
  const refs: string[] = [];
  /** A text as a record holds it: REF and its number when remembered, else the text itself. */
  const refOf = (text: string): string => {
    const n = known.get(text);
    if (n !== undefined) return refs[n] as string;
    if (texts.length >= 10_000) return text;
    const ref = `${REF}${texts.length}`;
    known.set(text, texts.length);
    texts.push(text);
    refs.push(ref);
    return ref;
  };
  // Sectors, bands and the node ids of the scores, by number.
  const sectors: string[] = [];
  const sectorNumbers = new Map<string, number>();
  const bands: Array<SelectionResult['band']> = [];
  const bandNumbers = new Map<SelectionResult['band'], number>();
  // The sector's and status's JSON in the head, by number.
  const headTexts: string[] = [];
  const headNumbers = new Map<string, number>();
  const numberOf = <T>(numbers: Map<T, number>, list: T[], value: T): number => {
    let n = numbers.get(value);
    if (n === undefined) {
      n = list.length;
      list.push(value);
      numbers.set(value, n);
    }
    return n;
  };
  const notRanked = `{${K.rankSector}null${K.rankOverall}null${K.nameEnd}`;

  const drawn = (outcome: QuotaOutcome, band: SelectionResult['band']): string => {
    const selection = {
      selected: outcome.selected,
      reason: outcome.reason,
      band,
      failedFloors: [],
      position: outcome.position,
      tieBreak: outcome.tieBreak,
    };
    if (outcome.tieBreak !== null || typeof outcome.position !== 'number') return at(selection);
    // The text around the position, made once per outcome and band.
    let byBand = outcomes.get(band);
    if (byBand === undefined) {
      byBand = new Map();
      outcomes.set(band, byBand);
    }
    const memo = `${outcome.selected} ${outcome.reason}`;
    let parts = byBand.get(memo);
    if (parts === undefined) {
      const text = at({ ...selection, position: 0 });
      const end = `0${afterPosition}`;
      parts = text.endsWith(end)
        ? { before: text.slice(0, text.length - end.length), after: afterPosition }
        : null;
      byBand.set(memo, parts);
    }
    if (parts === null) return at(selection);
    return `${parts.before}${outcome.position}${parts.after}`;
  };

  // The bytes of the fixed fragments, of the remembered texts and of the head's texts.
  const bytesOf = (text: string) => Buffer.from(text, 'utf8');
  const B = {
    index: bytesOf(K.index),
    id: bytesOf(K.id),
    name: bytesOf(K.name),
    nameOpen: bytesOf(`{${K.zh}`),
    en: bytesOf(K.en),
    nameEnd: bytesOf(K.nameEnd),
    rankOverall: bytesOf(K.rankOverall),
    reasons: bytesOf(K.reasons),
    scores: bytesOf(K.scores),
    noScores: bytesOf('{}'),
    scoresEnd: bytesOf(`${nl(6)}}`),
    // Fixed fragments that follow each other in finish, as one.
    nullNotRanked: bytesOf(`null${K.rank}${notRanked}${K.selection}`),
    quoteNotRanked: bytesOf(`"${K.rank}${notRanked}${K.selection}`),
    nullRankOpen: bytesOf(`null${K.rank}{${K.rankSector}`),
    quoteRankOpen: bytesOf(`"${K.rank}{${K.rankSector}`),
    rankEndSelection: bytesOf(`${K.nameEnd}${K.selection}`),
  };
  // The sector's and the status's fragments with their keys, and the total's key (and its
  // opening quote when it has one), by the two head numbers.
  const heads: Buffer[] = [];
  const sectorAndStatus = (sector: number, status: number, quoted: boolean): Buffer => {
    const n = 2 * (sector * 4096 + status) + (quoted ? 1 : 0);
    let bytes = heads[n];
    if (bytes === undefined) {
      bytes = bytesOf(
        `${K.sector}${headTexts[sector]}${K.status}${headTexts[status]}${K.total}${quoted ? '"' : ''}`,
      );
      heads[n] = bytes;
    }
    return bytes;
  };
  const textBytes: Buffer[] = [];
  // Applicants are written one after the other into an arena; each is a view of its part. A new,
  // bigger arena when one is full (the views not written out yet keep the old one until they are;
  // the applicant being written moves to the new one); release() starts it again from its
  // beginning once every view has been written, so that the arena is reused and the memory of a
  // million applicants' text (1.6 GB at standard detail) is not asked of the system a megabyte at
  // a time (its pages cost system time each).
  let arena = Buffer.allocUnsafe(ARENA);
  let used = 0;
  let start = 0;
  /** Room for `size` more bytes of the applicant being written. */
  const ensure = (size: number) => {
    if (arena.length - used >= size) return;
    // Twice as big: after release(), the next batch's applicants all fit in it.
    const next = Buffer.allocUnsafe(Math.max(ARENA, 2 * arena.length, 2 * (used - start + size)));
    arena.copy(next, 0, start, used);
    used -= start;
    start = 0;
    arena = next;
  };
  const writer = {
    bytes(b: Uint8Array) {
      ensure(b.length);
      // A fixed fragment is a few dozen bytes: copied here (a call of set cost more).
      if (b.length > 64) {
        arena.set(b, used);
        used += b.length;
        return;
      }
      for (let k = 0; k < b.length; k++) arena[used++] = b[k] as number;
    },
    /** `text` from its character `from` up to `to`, encoded (at most 3 bytes a UTF-16 unit). */
    range(text: string, from = 0, to = text.length) {
      ensure(3 * (to - from));
      used = encodeInto(arena, used, text, from, to);
    },
    /** A whole number, in digits. */
    int(n: number) {
      ensure(24);
      if (n < 0 || !Number.isSafeInteger(n) || n >= 1e15) {
        used += arena.write(String(n), used, 'latin1');
        return;
      }
      let digits = 1;
      for (let p = 10; p <= n; p *= 10) digits++;
      let at = used + digits;
      let rest = n;
      do {
        arena[--at] = 48 + (rest % 10);
        rest = Math.floor(rest / 10);
      } while (rest > 0);
      used += digits;
    },
    /** `record`'s bytes from `from` up to `to`, copied. */
    copy(record: Uint8Array, from: number, to: number) {
      ensure(to - from);
      if (to - from > 64) {
        arena.set(record.subarray(from, to), used);
        used += to - from;
        return;
      }
      for (let k = from; k < to; k++) arena[used++] = record[k] as number;
    },
    /**
     * The scores of a record's figures (from `from` up to `to`, bare and comma-separated, none
     * when empty) in `layout`: each node's key as bytes, then its figure in quotes or null. A
     * published figure is digits, a point and a sign: its JSON is itself in quotes.
     */
    scores(record: Uint8Array, from: number, to: number, layout: number) {
      const keys = layoutKeys[layout] as Array<{ first: Buffer; next: Buffer }>;
      if (keys.length === 0) {
        writer.bytes(B.noScores);
        return;
      }
      let at = from;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as { first: Buffer; next: Buffer };
        writer.bytes(k === 0 ? key.first : key.next);
        let end = at;
        while (end < to && record[end] !== COMMA) end++;
        ensure(end - at + 6);
        if (end === at) {
          arena.write('null', used, 'latin1');
          used += 4;
        } else {
          arena[used++] = QUOTE;
          for (let c = at; c < end; c++) arena[used++] = record[c] as number;
          arena[used++] = QUOTE;
        }
        at = end + 1;
      }
      writer.bytes(B.scoresEnd);
    },
    /** A record's field (from `from` up to `to`): a remembered text, by its number, or itself. */
    field(record: Uint8Array, from: number, to: number) {
      if (record[from] !== REF_CODE) {
        writer.copy(record, from, to);
        return;
      }
      const n = intIn(record, from + 1, to);
      let b = textBytes[n];
      if (b === undefined) {
        b = bytesOf(texts[n] as string);
        textBytes[n] = b;
      }
      writer.bytes(b);
    },
    done(): Uint8Array {
      return arena.subarray(start, used);
    },
  };
  /** The writer, at the start of an applicant. */
  const begin = () => {
    start = used;
    return writer;
  };

  return {
    release() {
      used = 0;
      start = 0;
    },
    record(e, total, into) {
      // The head's values only (its keys and indentation are added by finish): the id's JSON, the
      // name's (a text's, or a label's two texts'; 'null'), the sector's and status's numbers.
      const name = e.name;
      into.addByte(FAST_MARK);
      if (typeof e.id === 'string') putJsonText(into, e.id);
      else putText(into, JSON.stringify(e.id));
      into.addByte(SEP);
      if (name === null) {
        putText(into, 'null');
        into.addByte(SEP);
        into.addByte(SEP);
      } else if (typeof name === 'string') {
        putJsonText(into, name);
        into.addByte(SEP);
        into.addByte(SEP);
      } else {
        putJsonText(into, (name as Label).zh);
        into.addByte(SEP);
        putJsonText(into, (name as Label).en);
        into.addByte(SEP);
      }
      putInt(into, numberOf(headNumbers, headTexts, textOf(e.sector)));
      into.addByte(SEP);
      putInt(into, numberOf(headNumbers, headTexts, textOf(e.status)));
      into.addByte(SEP);
      if (e.total !== null) putText(into, e.total);
      into.addByte(SEP);
      let selection: string;
      const s = e.selection;
      if (s === null) selection = refOf('null');
      else {
        const known = selections.get(s);
        if (known !== undefined) selection = known;
        else {
          selection = refOf(at(s));
          selections.set(s, selection);
        }
      }
      // Reasons: none for a scored applicant without warnings; else the core's codes.
      let reasonText = NO_REASONS;
      if (e.status !== 'scored' || e.warnings.length > 0) {
        const outcome = outcomeKey(e);
        const known = reasons.get(outcome);
        if (known !== undefined) reasonText = known;
        else {
          reasonText = at((entityAtDetail(e, 'summary') as EntitySummary).reasons);
          if (reasons.size < 1000) reasons.set(outcome, reasonText);
        }
      }
      putText(into, selection);
      into.addByte(SEP);
      putText(into, refOf(reasonText));
      into.addByte(SEP);
      let rest = K.end;
      if (standard) {
        // The scores as bare figures (none for a node without) and the number of their node ids.
        const nodes = e.nodes;
        for (let k = 0; k < nodes.length; k++) {
          if (k > 0) into.addByte(COMMA);
          const score = (nodes[k] as NodeResult).score;
          if (score !== null) putText(into, score);
        }
        into.addByte(SEP);
        putInt(into, layoutOf(nodes));
        into.addByte(SEP);
        const eligibility =
          e.eligibility.gates.length === 0 && e.eligibility.vetoes.length === 0
            ? null
            : (entityAtDetail(e, 'standard') as { eligibility: unknown }).eligibility;
        const plainRest =
          e.issues.length === 0 &&
          e.warnings.length === 0 &&
          eligibility === null &&
          e.adjustments.applied.length === 0;
        rest = plainRest
          ? PLAIN_REST
          : `${K.issues}${e.issues.length === 0 ? empty : at(e.issues)}${K.warnings}${e.warnings.length === 0 ? empty : at(e.warnings)}${K.eligibility}${eligibility === null ? NO_RULES : at(eligibility)}${K.adjustments}${e.adjustments.applied.length === 0 ? empty : at(e.adjustments.applied)}${K.end}`;
      } else {
        // No figures, no layout.
        into.addByte(SEP);
        into.addByte(SEP);
      }
      const scored = e.status === 'scored' && e.sector !== null;
      putText(into, refOf(rest));
      into.addByte(SEP);
      if (scored) putInt(into, numberOf(sectorNumbers, sectors, e.sector as string));
      into.addByte(SEP);
      if (scored) putInt(into, total);
      into.addByte(SEP);
      putInt(into, numberOf(bandNumbers, bands, e.selection?.band ?? null));
    },
    finish(record, from, to, index, rank, outcome) {
      // After the mark: id, name (two fields), sector, status, total; then selection, reasons,
      // figures, layout, rest, the sector's number, the total's integer, the band. Read where they
      // stand (fieldAt: where each one starts).
      let next = from;
      for (let k = 0; k < FIELDS; k++) {
        fieldAt[k] = next;
        let end = next;
        while (end < to && record[end] !== SEP) end++;
        next = end + 1;
      }
      fieldAt[FIELDS] = next;
      // Written as UTF-8 straight into the arena: the fixed fragments and remembered texts copied
      // as bytes encoded once, the rest (the id, the name, a drawn selection) encoded in place.
      const out = begin();
      out.bytes(B.index);
      out.int(index);
      out.bytes(B.id);
      out.copy(record, fieldStart(ID) + 1, fieldEnd(ID));
      out.bytes(B.name);
      if (fieldEmpty(NAME_EN)) out.copy(record, fieldStart(NAME), fieldEnd(NAME));
      else {
        out.bytes(B.nameOpen);
        out.copy(record, fieldStart(NAME), fieldEnd(NAME));
        out.bytes(B.en);
        out.copy(record, fieldStart(NAME_EN), fieldEnd(NAME_EN));
        out.bytes(B.nameEnd);
      }
      // Fixed fragments that follow each other are copied as one.
      const published = !fieldEmpty(PUBLISHED);
      out.bytes(
        sectorAndStatus(fieldInt(record, SECTOR_TEXT), fieldInt(record, STATUS_TEXT), published),
      );
      if (published) out.copy(record, fieldStart(PUBLISHED), fieldEnd(PUBLISHED));
      if (fieldEmpty(TOTAL)) {
        out.bytes(published ? B.quoteNotRanked : B.nullNotRanked);
        out.field(record, fieldStart(SELECTION), fieldEnd(SELECTION));
      } else {
        const r = rank(sectors[fieldInt(record, SECTOR)] as string, fieldInt(record, TOTAL));
        out.bytes(published ? B.quoteRankOpen : B.nullRankOpen);
        out.int(r.sector);
        out.bytes(B.rankOverall);
        out.int(r.overall);
        out.bytes(B.rankEndSelection);
        if (outcome) out.range(drawn(outcome, bands[fieldInt(record, BAND)] ?? null));
        else out.field(record, fieldStart(SELECTION), fieldEnd(SELECTION));
      }
      out.bytes(B.reasons);
      out.field(record, fieldStart(REASONS), fieldEnd(REASONS));
      if (standard) {
        out.bytes(B.scores);
        out.scores(record, fieldStart(FIGURES), fieldEnd(FIGURES), fieldInt(record, LAYOUT));
      }
      out.field(record, fieldStart(REST), fieldEnd(REST));
      return out.done();
    },
  };
}

/** A scored applicant without warnings, issues or rules that did not pass. */
const PLAIN = {
  index: 0,
  id: '',
  name: null,
  sector: null,
  status: 'scored',
  issues: [],
  warnings: [],
  total: null,
  totalExact: null,
  rank: { sector: null, overall: null },
  nodes: [],
  eligibility: { gates: [], vetoes: [] },
  adjustments: { applied: [], before: null },
  selection: null,
  sources: null,
} as unknown as EntityResult;

/** The first byte of a record (the spool's other records are JSON: they open with `{`). */
export const FAST_MARK = 2;
/** The separator of a record's fields, and the mark of a field that is a remembered text's number. */
const SEP = 1;
const REF = '\u0003';
/** A record's fields, in order (see record and finish), and how many there are. */
const [ID, NAME, NAME_EN, SECTOR_TEXT, STATUS_TEXT, PUBLISHED, SELECTION, REASONS, FIGURES] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8,
] as const;
const [LAYOUT, REST, SECTOR, TOTAL, BAND, FIELDS] = [9, 10, 11, 12, 13, 14] as const;

/** Where each field of the record being finished starts (finish is never re-entered). */
const fieldAt = new Int32Array(FIELDS + 1);
const fieldStart = (k: number): number => fieldAt[k] as number;
const fieldEnd = (k: number): number => (fieldAt[k + 1] as number) - 1;
const fieldEmpty = (k: number): boolean => fieldStart(k) === fieldEnd(k);
const fieldInt = (record: Uint8Array, k: number): number =>
  intIn(record, fieldStart(k), fieldEnd(k));

/** The integer written from `from` up to `to` in `bytes` (digits, perhaps after a minus sign). */
function intIn(bytes: Uint8Array, from: number, to: number): number {
  const negative = bytes[from] === 45;
  let n = 0;
  for (let k = negative ? from + 1 : from; k < to; k++) n = n * 10 + ((bytes[k] as number) - 48);
  return negative ? -n : n;
}

/** A text appended as UTF-8. */
function putText(into: TextBytes, text: string): void {
  into.room(3 * text.length);
  into.length = encodeInto(into.bytes, into.length, text);
}

/**
 * A text's JSON appended: the text itself between quotes, encoded here, when JSON.stringify would
 * write it so (no quote, backslash, control character or surrogate in it), else JSON.stringify's
 * (whose escapes leave no control byte in the record).
 */
function putJsonText(into: TextBytes, text: string): void {
  into.room(3 * text.length + 2);
  const bytes = into.bytes;
  let put = into.length;
  bytes[put++] = QUOTE;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 32 || c === 34 || c === 92) {
        putText(into, JSON.stringify(text));
        return;
      }
      bytes[put++] = c;
    } else if (c < 0x800) {
      bytes[put++] = 0xc0 | (c >> 6);
      bytes[put++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c < 0xe000) {
      putText(into, JSON.stringify(text));
      return;
    } else {
      bytes[put++] = 0xe0 | (c >> 12);
      bytes[put++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[put++] = 0x80 | (c & 0x3f);
    }
  }
  bytes[put++] = QUOTE;
  into.length = put;
}

/** A whole number appended in digits. */
function putInt(into: TextBytes, n: number): void {
  if (n < 0 || !Number.isSafeInteger(n)) {
    putText(into, String(n));
    return;
  }
  into.room(16);
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  let at = into.length + digits;
  let rest = n;
  do {
    into.bytes[--at] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  into.length += digits;
}

/** Bytes of an arena of applicants' texts. */
const ARENA = 1 << 20;
const REF_CODE = 3;
const COMMA = 44;
const QUOTE = 34;
