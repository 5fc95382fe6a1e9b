// Private helpers of score and validate: the notices that need action before publication (the
// library's noticesOf and summariseNotices decide which they are and word them), as the terminal
// table, stderr and --strict show them.

import type { Report } from 'youpin';
import {
  type EntityNotices,
  type NoticeCounts,
  noticesOf,
  showText,
  summariseNotices,
} from 'youpin';
import type { BatchFile } from 'youpin/node';
import type { Context } from './_context.js';
import { locatedLine } from './_inputs.js';
import { labelIn } from './_io.js';
import type { Lang, Messages } from './_messages.js';

/** How many applicants of a sector the table's line names before "N more". */
const NAMED = 5;

/**
 * The line under a sector's table: how many of its applicants need action before publication,
 * each named with what is to be done and on which leaf (or veto). Null when none does.
 */
export function sectorNoticeLine(
  entities: readonly EntityNotices[],
  lang: Lang,
  m: Messages,
): string | null {
  if (entities.length === 0) return null;
  const named = entities.slice(0, NAMED).map((e) => {
    const what = e.notices.map((n) => {
      const title = labelIn(n.title, lang);
      if (!n.subject) return title;
      return lang === 'zh' ? `${title}（${n.subject.id}）` : `${title} (${n.subject.id})`;
    });
    // Each id quoted on its own (escaped, at most 200 characters): the line is composed.
    const who = e.id === null ? `#${e.index + 1}` : showText(e.id);
    return `${who} ${[...new Set(what)].join(lang === 'zh' ? '、' : ', ')}`;
  });
  if (entities.length > NAMED) named.push(m.moreNotices(entities.length - NAMED));
  return m.sectorNotices(entities.length, named.join(lang === 'zh' ? '；' : '; '));
}

/** The summary under the table: one line per kind of notice, "⚠ 2 applicants need …". */
export function noticeSummaryLines(counts: NoticeCounts, lang: Lang): string[] {
  return summariseNotices(counts).map((line) => `⚠ ${labelIn(line, lang)}`);
}

/** The summary on stderr, for outputs that are not the table on the terminal. */
export function printNoticeSummary(ctx: Context, counts: NoticeCounts): void {
  for (const line of summariseNotices(counts))
    ctx.stderr.write(`${ctx.err.yellow(ctx.m.notice(labelIn(line, ctx.lang)))}\n`);
}

/**
 * `validate`: every notice of the batch on stderr, located in the file like a problem, under a
 * heading, then the summary. Returns their counts.
 */
export function listNotices(
  ctx: Context,
  batch: BatchFile,
  report: Report,
  file: string,
): NoticeCounts {
  const notices = noticesOf(report);
  if (notices.entities.length === 0) return notices.total;
  ctx.stderr.write(
    `${ctx.err.bold(ctx.err.yellow(ctx.m.noticesFound(notices.entities.length)))}\n`,
  );
  for (const e of notices.entities) {
    for (const n of e.notices) {
      const issue = { code: n.code, path: n.path, message: n.message.en, messageZh: n.message.zh };
      ctx.stderr.write(`${locatedLine(ctx, batch, file, issue)}\n`);
    }
  }
  printNoticeSummary(ctx, notices.total);
  return notices.total;
}

/** With --strict, notices fail the run: says so on stderr. Returns whether they do. */
export function strictFails(ctx: Context, strict: boolean, counts: NoticeCounts): boolean {
  if (!strict || counts.applicants === 0) return false;
  ctx.stderr.write(`${ctx.err.bold(ctx.err.red(ctx.m.strictNotices(counts.applicants)))}\n`);
  return true;
}
