import { Dec } from '../numeric/decimal.js';
import type { EntityResult, Report } from '../score/types.js';

/** What explaining one applicant reads from the whole report, gathered once per report. */
export interface ReportIndex {
  /** The first entity with each id (a later duplicate is `invalid` and never looked up). */
  readonly byId: ReadonlyMap<string, EntityResult>;
  /** Scored entities per sector. */
  readonly scored: ReadonlyMap<string | null, number>;
  /** Per sector and node, the scored entities' published scores, ascending. */
  readonly scores: ReadonlyMap<string | null, ReadonlyMap<string, readonly Dec[]>>;
  /** Per sector, the lowest published total among the selected. */
  readonly lastSelected: ReadonlyMap<string | null, Dec>;
}

const indexes = new WeakMap<Report, ReportIndex>();

/**
 * The report's index for `explain`: without it, explaining every applicant (as `toHtml` does)
 * rescans the report per applicant and per node, O(n²). Reports are treated as immutable.
 */
export function reportIndex(report: Report): ReportIndex {
  const known = indexes.get(report);
  if (known) return known;
  const byId = new Map<string, EntityResult>();
  const scored = new Map<string | null, number>();
  const scores = new Map<string | null, Map<string, Dec[]>>();
  const lastSelected = new Map<string | null, Dec>();
  for (const e of report.entities) {
    if (e.id !== null && !byId.has(e.id)) byId.set(e.id, e);
    if (e.selection?.selected && e.total !== null) {
      const total = new Dec(e.total);
      const last = lastSelected.get(e.sector);
      if (!last || total.lessThan(last)) lastSelected.set(e.sector, total);
    }
    if (e.status !== 'scored') continue;
    scored.set(e.sector, (scored.get(e.sector) ?? 0) + 1);
    let bySector = scores.get(e.sector);
    if (!bySector) {
      bySector = new Map();
      scores.set(e.sector, bySector);
    }
    for (const n of e.nodes) {
      if (n.score === null) continue;
      const list = bySector.get(n.id);
      if (list) list.push(new Dec(n.score));
      else bySector.set(n.id, [new Dec(n.score)]);
    }
  }
  for (const bySector of scores.values()) {
    for (const list of bySector.values()) list.sort((a, b) => a.comparedTo(b));
  }
  const index: ReportIndex = { byId, scored, scores, lastSelected };
  indexes.set(report, index);
  return index;
}
