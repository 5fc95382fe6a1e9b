import { checkReport } from '../error/checkArgument.js';
import type { PathSegment } from '../error/issue.js';
import type { Label } from '../model/types.js';
import type { EntityResult, Report } from '../score/types.js';
import { isNoticeCode, NOTICE_CODES, NOTICE_TEXT } from './_notices.js';
import { nodeLabel } from './_text.js';
import { summariseNotices } from './summariseNotices.js';

/**
 * The warnings that need action before a list is published: an expert panel to re-score
 * (`panel_flagged`), a third-party verification pending or failed, a veto that could not be
 * checked, a missing value scored at the bottom of the scale or whose weight went to its siblings.
 */
export type NoticeCode =
  | 'panel_flagged'
  | 'verification_pending'
  | 'verification_failed'
  | 'veto_unknown'
  | 'scored_as_zero'
  | 'renormalised';

/** One warning of an applicant that needs action before publication. */
export interface Notice {
  readonly code: NoticeCode;
  /** The warning's path in the report's input, e.g. `['entities', 6, 'panels', 'm_Q2']`. */
  readonly path: readonly PathSegment[];
  /** The leaf (or, for `veto_unknown`, the veto) it concerns, with its label; null if unknown. */
  readonly subject: { readonly id: string; readonly label: Label } | null;
  /** What it is called, short: "experts must re-score". */
  readonly title: Label;
  /** The warning's own message, in both languages. */
  readonly message: Label;
}

/** The notices of one applicant. */
export interface EntityNotices {
  /** Position in the input batch. */
  readonly index: number;
  readonly id: string | null;
  readonly name: string | Label | null;
  readonly sector: string | null;
  /** In the order of the applicant's warnings; never empty. */
  readonly notices: readonly Notice[];
}

/** How many applicants have notices: in all, and per code. Counts of parts of a batch add up. */
export interface NoticeCounts {
  /** Applicants with at least one notice. */
  readonly applicants: number;
  /** Per code, the applicants with at least one notice of that code. */
  readonly codes: Readonly<Record<NoticeCode, number>>;
}

/** What {@link noticesOf} returns. */
export interface ReportNotices {
  /** The applicants with notices, in input order. */
  readonly entities: readonly EntityNotices[];
  /** Over the whole report. */
  readonly total: NoticeCounts;
  /** Per sector of the model, in the model's order (sectors without notices too). */
  readonly sectors: ReadonlyArray<{
    readonly sector: string;
    readonly label: Label;
    readonly counts: NoticeCounts;
  }>;
  /** {@link summariseNotices} of `total`: one sentence per code that occurs. */
  readonly summary: readonly Label[];
}

/**
 * Finds the notices of a report that need action before the list is published, per applicant, per
 * sector and in total, with their texts in Chinese and English. The renderers (`toCsv`,
 * `toMarkdown`, `toHtml`) and the command line show these, so that a list is not published before
 * the experts have re-scored or a pending verification is in.
 *
 * Only scored applicants have notices: one that is not scored is not on the list, and what stopped
 * it is its reason. Of the warnings of a scored applicant, those with a {@link NoticeCode} are
 * notices; the others (`unknown_indicator`, `future_event`) and the report's batch-level warnings
 * (`zero_range` …) are information and need no action (the table of every code is in
 * docs/issue-codes.md).
 *
 * @param report - a report from `score` (or its `definition` and some of its `entities`, such as
 *   a chunk of a streamed file: counts of parts add up)
 * @returns the applicants with notices, the counts in total and per sector, the summary
 * @throws never
 * @example
 * ```ts
 * import { defineModel, noticesOf, score } from 'youpin';
 * const model = defineModel({
 *   id: 'demo', version: '1', name: { zh: '示例', en: 'Demo' },
 *   tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'Q', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' } },
 *     { id: 'I', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' }, missing: 'renormalise' },
 *   ] },
 *   profile: { weights: { Q: 0.6, I: 0.4 } },
 *   sectors: [{ id: 'food', label: { zh: '食品', en: 'Food' } }],
 * });
 * const report = score(model, [
 *   { id: 'A', sector: 'food', values: { Q: 90, I: 80 } },
 *   { id: 'B', sector: 'food', values: { Q: 70, I: null } },
 * ]);
 * const notices = noticesOf(report);
 * notices.entities.map((e) => [e.id, e.notices.map((n) => n.code)]); // → [ [ 'B', [ 'renormalised' ] ] ]
 * notices.total.applicants; // → 1
 * notices.summary[0]?.en; // → '1 applicant has a missing value whose weight went to its siblings: supply or confirm it before publication'
 * ```
 */
export function noticesOf(report: Pick<Report, 'definition' | 'entities'>): ReportNotices {
  checkReport(report);
  const entities: EntityNotices[] = [];
  for (const e of report.entities) {
    const notices = entityNotices(report.definition, e);
    if (notices.length > 0)
      entities.push({ index: e.index, id: e.id, name: e.name, sector: e.sector, notices });
  }
  const total = countNotices(entities);
  return {
    entities,
    total,
    sectors: report.definition.sectors.map((s) => ({
      sector: s.id,
      label: s.label,
      counts: countNotices(entities.filter((e) => e.sector === s.id)),
    })),
    summary: summariseNotices(total),
  };
}

function entityNotices(definition: Report['definition'], e: EntityResult): Notice[] {
  if (e.status !== 'scored') return [];
  // veto_unknown is located at the entity; its veto is the k-th that could not be checked.
  const unknownVetoes = e.eligibility.vetoes.filter((v) => v.result === 'unknown');
  let vetoes = 0;
  const notices: Notice[] = [];
  for (const w of e.warnings) {
    if (!isNoticeCode(w.code)) continue;
    let subject: Notice['subject'] = null;
    if (w.code === 'veto_unknown') {
      const rule = unknownVetoes[vetoes++]?.rule;
      const veto = definition.vetoes?.find((v) => v.id === rule);
      if (rule !== undefined) subject = { id: rule, label: veto?.label ?? { zh: rule, en: rule } };
    } else {
      const id = w.path[3];
      if (typeof id === 'string') subject = { id, label: nodeLabel(definition, id) };
    }
    notices.push({
      code: w.code,
      path: w.path,
      subject,
      title: NOTICE_TEXT[w.code].title,
      message: { zh: w.messageZh, en: w.message },
    });
  }
  return notices;
}

function countNotices(entities: readonly EntityNotices[]): NoticeCounts {
  const codes = Object.fromEntries(NOTICE_CODES.map((c) => [c, 0])) as Record<NoticeCode, number>;
  for (const e of entities) for (const c of new Set(e.notices.map((n) => n.code))) codes[c]++;
  return { applicants: entities.length, codes };
}
