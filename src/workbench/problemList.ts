import { type Issue, noticesOf, type Report } from 'youpin';
import { pathText } from '../error/pathText.js';
import { formatLocation } from '../node/formatLocation.js';
import type { BatchFile } from '../node/types.js';

// Platform-neutral (no DOM, no `node:`): what the workbench lists for a file, worded and located
// exactly as `youpin validate` words and locates it (src/cli/_inputs.ts listProblems and
// src/cli/_notices.ts listNotices), so that the page and the command line never disagree.
// test/workbench/problemList.test.ts compares the two on the sample files, in both languages.

/** The page's languages. */
export type Lang = 'zh' | 'en';

/**
 * What kind of line: `action` — a notice that needs action before publication (listed first on
 * the page); `file` — a problem of the file itself; `row` — a problem of an applicant's row (kept
 * as not scored); `notice` — what the reader decided (the header row, the sheet it read), or a
 * warning of the batch: said, nothing to do.
 */
export type ProblemKind = 'action' | 'file' | 'row' | 'notice';

/** One line of the page's list. */
export interface ProblemLine {
  readonly kind: ProblemKind;
  readonly code: string;
  /** `sample-batch.xlsx, sheet 申报数据, row 50, column 销售利润率` */
  readonly where: string;
  readonly message: string;
  /** `where: message` as validate prints it (`where：message` in Chinese). */
  readonly line: string;
  /** The applicant's position in the batch, for a link to its row; null for the file's lines. */
  readonly entity: number | null;
}

/** validate's `at` (src/cli/_messages.ts). */
const at = (lang: Lang, where: string, message: string): string =>
  lang === 'zh' ? `${where}：${message}` : `${where}: ${message}`;

/** validate's `locate`: the cell, else the file and the path, else the file. */
function whereOf(batch: BatchFile, file: string, issue: Issue, lang: Lang): string {
  const location = batch.locate(issue.path);
  if (location) return formatLocation(location, lang);
  if (issue.path.length === 0) return file;
  const path = pathText(issue.path);
  return lang === 'zh' ? `${file}，位置 ${path}` : `${file}, at ${path}`;
}

/** The entity a path of the core points at (`['entities', 12, …]`). */
function entityOf(issue: Issue): number | null {
  return issue.path[0] === 'entities' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
}

/**
 * Every line validate prints about a batch, located, with action-needed notices first, then the
 * file's problems, the rows' problems and the notices that ask for nothing.
 *
 * @param batch - what the reader gave
 * @param report - the batch scored with the model
 * @param file - the file's name, as the reader was given it
 * @param lang - the language of the messages
 */
export function problemList(
  batch: BatchFile,
  report: Report,
  file: string,
  lang: Lang,
): ProblemLine[] {
  const line = (kind: ProblemKind, issue: Issue, entity: number | null): ProblemLine => {
    const where = whereOf(batch, file, issue, lang);
    const message = lang === 'zh' ? issue.messageZh : issue.message;
    return { kind, code: issue.code, where, message, line: at(lang, where, message), entity };
  };
  const actions: ProblemLine[] = [];
  for (const e of noticesOf(report).entities)
    for (const n of e.notices) {
      const issue = { code: n.code, path: n.path, message: n.message.en, messageZh: n.message.zh };
      actions.push(line('action', issue, e.index));
    }
  const files = batch.issues.map((i) => line('file', i, entityOf(i)));
  const rows = report.entities.flatMap((e, k) => e.issues.map((i) => line('row', i, k)));
  const notices = batch.notices.map((i) => line('notice', i, null));
  const warnings = report.warnings.map((w): ProblemLine => {
    const message = lang === 'zh' ? w.messageZh : w.message;
    return { kind: 'notice', code: w.code, where: '', message, line: message, entity: null };
  });
  return [...actions, ...files, ...rows, ...notices, ...warnings];
}
