// The wide table of `toCsv` in codes: the same rows and columns, for pandas or R rather than a
// spreadsheet — ids and codes in place of labels, so that a script can filter and join on them.
import type { EntityResult, Report } from '../score/types.js';
import { dimensions, type Locale, nameOf, scoreOf, whyNotScored } from './_text.js';
import { noticesOf } from './noticesOf.js';

/** The header and one row per entity, in codes. */
export function codesTable(report: Report, locale: Locale): string[][] {
  const dims = dimensions(report.definition).map((d) => d.id);
  const header = [
    'index',
    'id',
    'name',
    'sector',
    'status',
    'total',
    'rank_sector',
    'rank_overall',
    'selected',
    'reason',
    'band',
    ...dims,
    'notices',
  ];
  const notices = new Map(noticesOf(report).entities.map((e) => [e.index, e.notices]));
  const rows = report.entities.map((e) => {
    const s = e.selection;
    return [
      String(e.index),
      e.id ?? '',
      nameOf(e.name, locale),
      e.sector ?? '',
      e.status,
      e.total ?? '',
      e.rank.sector === null ? '' : String(e.rank.sector),
      e.rank.overall === null ? '' : String(e.rank.overall),
      s ? String(s.selected) : '',
      reasonCodes(report, e),
      s?.band?.id ?? '',
      ...dims.map((d) => scoreOf(e, d) ?? ''),
      [...new Set((notices.get(e.index) ?? []).map((n) => n.code))].join(';'),
    ];
  });
  return [header, ...rows];
}

/**
 * Why an entity is (not) on the list, in codes joined by `;`: `gate:ID` (failed),
 * `gate_unknown:ID` (could not be checked), `veto:ID`, `CODE@path` for a data issue; for a scored
 * entity its selection reason, with the dimensions of the floors it missed (`below_floor:Q,I`).
 */
function reasonCodes(report: Report, entity: EntityResult): string {
  if (entity.status !== 'scored')
    return whyNotScored(report, entity)
      .map((w) =>
        w.at !== undefined
          ? `${w.id}@${w.at}`
          : entity.status === 'vetoed'
            ? `veto:${w.id}`
            : `${w.unknown ? 'gate_unknown' : 'gate'}:${w.id}`,
      )
      .join(';');
  const s = entity.selection;
  if (!s) return '';
  return s.reason === 'below_floor' && s.failedFloors.length > 0
    ? `${s.reason}:${s.failedFloors.join(',')}`
    : s.reason;
}
