// The JSON of a streamed file at `summary` or `standard` detail, written without building each
// applicant's object and stringifying it: a row of the compiled programme is rendered straight
// from its published figures with key fragments made once per layout, in the three parts around
// what only the whole file decides — the ranks and, for a candidate of the quota draw, the
// selection — which are filled in when the results are written.
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
import type { QuotaOutcome } from './_quotaDraw.js';

/** An applicant's text cut where the whole file's ranks and selection go. */
export interface JsonParts {
  /** From the opening brace to `"rank":` and its space. */
  readonly head: string;
  /** `,"selection":` and the selection as the chunk decided it. */
  readonly selection: string;
  /** From `,"reasons":` to the closing brace. */
  readonly tail: string;
}

/** Renders the programme's applicants at one detail and layout. */
export interface JsonRows {
  /** A result of the row programme (published figures; its rank is filled in later). */
  row(e: EntityResult): JsonParts;
  /** The ranks' text: a scored applicant's whole-file ranks, else the applicant's own. */
  rank(rank: { readonly sector: number | null; readonly overall: number | null }): string;
  /** `,"selection":` and the quota draw's outcome for a candidate whose band is `band`. */
  drawn(outcome: QuotaOutcome, band: SelectionResult['band']): string;
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
  const texts = new Map<string | null, string>();
  const textOf = (value: string | null): string => {
    let text = texts.get(value);
    if (text === undefined) {
      text = at(value);
      if (texts.size < 1000) texts.set(value, text);
    }
    return text;
  };
  // Shared selection results (one per outcome in the programme) and reasons, by their text.
  const selections = new WeakMap<object, string>();
  const reasons = new Map<string, string>();
  // The core's reason codes of a scored applicant without warnings, and its rules that did not
  // pass: none.
  const plain = entityAtDetail(PLAIN, 'standard') as { reasons: unknown; eligibility: unknown };
  const NO_REASONS = at(plain.reasons);
  const NO_RULES = at(plain.eligibility);
  const nodeKeys = new Map<string, { first: string; next: string }>();
  const outcomes = new Map<
    SelectionResult['band'],
    Map<string, { before: string; after: string } | null>
  >();
  const afterPosition = `,${nl(8)}"tieBreak"${colon}null${nl(6)}}`;
  const standard = detail === 'standard';

  const scoresOf = (nodes: readonly NodeResult[]): string => {
    if (nodes.length === 0) return '{}';
    let text = '{';
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as NodeResult;
      let keys = nodeKeys.get(node.id);
      if (keys === undefined) {
        keys = { first: key(node.id, true, 8), next: key(node.id, false, 8) };
        nodeKeys.set(node.id, keys);
      }
      // A published figure is digits, a point and a sign: its JSON is itself in quotes.
      text +=
        (k === 0 ? keys.first : keys.next) + (node.score === null ? 'null' : `"${node.score}"`);
    }
    return `${text}${nl(6)}}`;
  };

  return {
    row(e) {
      const name = e.name;
      const nameText =
        name === null
          ? 'null'
          : typeof name === 'string'
            ? JSON.stringify(name)
            : `{${K.zh}${JSON.stringify((name as Label).zh)}${K.en}${JSON.stringify((name as Label).en)}${K.nameEnd}`;
      const head = `${K.index}${e.index}${K.id}${JSON.stringify(e.id)}${K.name}${nameText}${K.sector}${textOf(e.sector)}${K.status}${textOf(e.status)}${K.total}${e.total === null ? 'null' : `"${e.total}"`}${K.rank}`;
      let selection: string;
      const s = e.selection;
      if (s === null) selection = `${K.selection}null`;
      else {
        const known = selections.get(s);
        if (known !== undefined) selection = known;
        else {
          selection = `${K.selection}${at(s)}`;
          selections.set(s, selection);
        }
      }
      // Reasons: none for a scored applicant without warnings; else the core's codes.
      let reasonText = NO_REASONS;
      if (e.status !== 'scored' || e.warnings.length > 0) {
        const codes = JSON.stringify((entityAtDetail(e, 'summary') as EntitySummary).reasons);
        const known = reasons.get(codes);
        if (known !== undefined) reasonText = known;
        else {
          reasonText = at(JSON.parse(codes));
          if (reasons.size < 1000) reasons.set(codes, reasonText);
        }
      }
      let tail = `${K.reasons}${reasonText}`;
      if (standard) {
        const eligibility =
          e.eligibility.gates.length === 0 && e.eligibility.vetoes.length === 0
            ? null
            : (entityAtDetail(e, 'standard') as { eligibility: unknown }).eligibility;
        tail += `${K.scores}${scoresOf(e.nodes)}${K.issues}${e.issues.length === 0 ? empty : at(e.issues)}${K.warnings}${e.warnings.length === 0 ? empty : at(e.warnings)}${K.eligibility}${eligibility === null ? NO_RULES : at(eligibility)}${K.adjustments}${e.adjustments.applied.length === 0 ? empty : at(e.adjustments.applied)}`;
      }
      return { head, selection, tail: `${tail}${K.end}` };
    },
    rank(rank) {
      return `{${K.rankSector}${rank.sector}${K.rankOverall}${rank.overall}${K.nameEnd}`;
    },
    drawn(outcome, band) {
      const selection = {
        selected: outcome.selected,
        reason: outcome.reason,
        band,
        failedFloors: [],
        position: outcome.position,
        tieBreak: outcome.tieBreak,
      };
      if (outcome.tieBreak !== null || typeof outcome.position !== 'number')
        return `${K.selection}${at(selection)}`;
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
      if (parts === null) return `${K.selection}${at(selection)}`;
      return `${K.selection}${parts.before}${outcome.position}${parts.after}`;
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
