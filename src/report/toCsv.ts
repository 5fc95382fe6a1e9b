import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Report } from '../score/types.js';
import {
  dimensions,
  nameOf,
  pick,
  readOptions,
  reasonText,
  STATUS,
  scoreOf,
  sectorLabel,
  TEXT,
} from './_text.js';
import { noticesOf } from './noticesOf.js';

/** Options of `toCsv`. */
export interface ToCsvOptions {
  /** The language of the header and of the labels in the cells; default `'both'` (中文 English). */
  readonly locale?: 'zh-CN' | 'en' | 'both' | undefined;
  /**
   * `true`: a table for code rather than for a spreadsheet — the header and the cells hold codes
   * (`rank_sector`, `manufacturing`, `scored`, `true`, `selected`, `gate:G1`, the dimension ids,
   * notice codes), with no byte-order mark and LF line ends. Names stay in `locale`.
   */
  readonly codes?: boolean | undefined;
}

import { checkReport } from '../error/checkArgument.js';
import { codesTable } from './_codesTable.js';
import { csvText } from './_csvText.js';

/**
 * Renders a report as a CSV table for spreadsheets: one row per entity, in input order.
 *
 * Columns: index, id, name, sector, status, total, rank in the sector, rank overall, selected,
 * reason (the selection reason, or the failed gates, fired vetoes or data issues of an entity that
 * was not scored), band, one column per dimension (the tree's depth-1 nodes) with its published
 * score, then the notices that need action before publication (`noticesOf`: experts to re-score,
 * a verification pending or failed, a veto not checked, a missing value), their messages joined
 * with `; ` (empty when there is none). The text starts with a UTF-8 byte-order mark so that
 * Excel reads Chinese correctly, fields are quoted as RFC 4180 says, and lines end with CRLF. A
 * text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`
 * so that no spreadsheet runs it as a formula (OWASP, CSV Injection); plain numbers such as
 * `-1.50` are left as they are.
 *
 * @param report - a report from `score`
 * @param options - `locale`: `'zh-CN'`, `'en'` or `'both'` (default) for the header and labels
 * @returns the CSV text, BOM first, CRLF line ends (the last line too)
 * @throws {@link YoupinError} `invalid_value` at `['options', 'locale']` for another locale
 * @example
 * ```ts
 * import { defineModel, score, toCsv } from 'youpin';
 * const model = defineModel({
 *   id: 'demo', version: '1', name: { zh: '示例', en: 'Demo' },
 *   tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
 *     { id: 'I', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' } },
 *   ] },
 *   profile: { weights: { Q: 0.6, I: 0.4 } },
 *   sectors: [{ id: 'food', label: { zh: '食品', en: 'Food' } }],
 *   selection: { threshold: 70 },
 * });
 * const report = score(model, [
 *   { id: 'A', name: '=1+2', sector: 'food', values: { Q: 90, I: 80 } },
 *   { id: 'B', name: 'Bo, "B"', sector: 'food', values: { Q: 50, I: 60 } },
 * ]);
 * const csv = toCsv(report, { locale: 'en' });
 * csv.startsWith('\uFEFF'); // → true
 * const lines = csv.slice(1).split('\r\n');
 * lines[0]; // → 'Index,ID,Name,Sector,Status,Total,Rank in sector,Rank overall,Selected,Reason,Band,Quality Q,Innovation I,Notices'
 * lines[1]; // → "0,A,'=1+2,Food,Scored,86.00,1,1,yes,Selected,,90.00,80.00,"
 * lines[2]; // → '1,B,"Bo, ""B""",Food,Scored,54.00,2,2,no,Below threshold,,50.00,60.00,'
 * ```
 */
export function toCsv(report: Report, options: ToCsvOptions = {}): string {
  checkReport(report);
  const { locale } = readOptions(options);
  const codes = (options as { codes?: unknown } | null)?.codes;
  if (codes !== undefined && typeof codes !== 'boolean')
    throw new YoupinError([
      makeToolIssue('wrong_value_type', ['options', 'codes'], {
        leaf: 'codes',
        leafZh: '（选项）codes ',
        expected: 'true or false',
        expectedZh: 'true 或 false',
      }),
    ]);
  if (codes === true) return csvText(codesTable(report, locale), false);
  const dims = dimensions(report.definition);
  const header = [
    TEXT.index,
    TEXT.id,
    TEXT.name,
    TEXT.sector,
    TEXT.status,
    TEXT.total,
    TEXT.rankSector,
    TEXT.rankOverall,
    TEXT.selected,
    TEXT.reason,
    TEXT.band,
  ].map((label) => pick(label, locale));
  for (const d of dims) header.push(`${pick(d.label, locale)} ${d.id}`);
  header.push(pick(TEXT.notices, locale));
  const notices = new Map(noticesOf(report).entities.map((e) => [e.index, e.notices]));

  const rows = report.entities.map((e) => {
    const sector = sectorLabel(report.definition, e.sector);
    const s = e.selection;
    return [
      String(e.index),
      e.id ?? '',
      nameOf(e.name, locale),
      sector ? pick(sector, locale) : '',
      pick(STATUS[e.status], locale),
      e.total ?? '',
      e.rank.sector === null ? '' : String(e.rank.sector),
      e.rank.overall === null ? '' : String(e.rank.overall),
      s ? pick(s.selected ? TEXT.yes : TEXT.no, locale) : '',
      reasonText(report, e, locale),
      s?.band ? pick(s.band.label, locale) : '',
      ...dims.map((d) => scoreOf(e, d.id) ?? ''),
      (notices.get(e.index) ?? []).map((n) => pick(n.message, locale, ' · ')).join('; '),
    ];
  });

  return csvText([header, ...rows], true);
}
