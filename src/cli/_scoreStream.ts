// `youpin score FILE.csv --format csv`: the streaming path (youpin/node scoreCsvFile), which scores
// a CSV file of any size in bounded memory and writes what the in-memory path writes, byte for
// byte — the CSV on stdout or --out, the same problem lines on stderr, the same exit code. Problem
// lines are counted before they are printed (their headings say how many), so they wait in a
// temporary file rather than in memory.

import { createReadStream } from 'node:fs';
import { appendFile, type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Detail, isYoupinError, type Model } from 'youpin';
import { formatLocation, type LocatedIssue, scoreCsvFile } from 'youpin/node';
import { pathText } from '../error/pathText.js';
import type { Context } from './_context.js';
import { Failure } from './_errors.js';
import { type DataOptions, failWithFileIssues, messageOf, printLines } from './_inputs.js';
import type { Progress } from './_io.js';
import { printNoticeSummary, strictFails } from './_notices.js';

const CSV_FILES = new Set(['.csv', '.tsv', '.txt']);

/** Whether a data file can be read by the streaming path (a CSV file, for `--format csv`, json or ndjson). */
export function streamsCsv(file: string): boolean {
  return CSV_FILES.has(extname(file).toLowerCase());
}

/** What the streaming path needs besides the file and the model. */
export interface StreamRequest {
  readonly data: DataOptions;
  readonly out: string | undefined;
  readonly locale: 'zh-CN' | 'en' | 'both';
  readonly strict: boolean;
  readonly bar: Progress;
  /** `csv`, or `json`/`ndjson` at a detail (full only for a file of FAST_PATH_FROM applicants or more). */
  readonly format: 'csv' | 'json' | 'ndjson';
  readonly detail: Detail;
}

/**
 * Scores a CSV file as a stream and writes the CSV report. Returns the exit code, or `null` when
 * the model cannot be scored chunk by chunk (cohort methods): the caller then scores in memory.
 */
export async function scoreCsvStreaming(
  file: string,
  model: Model,
  request: StreamRequest,
  ctx: Context,
): Promise<number | null> {
  const { data, out, locale, strict, bar, format, detail } = request;
  // A file is written by scoreCsvFile itself, through its one reused buffer (the bytes it makes,
  // as they are); opened here first so that a path that cannot be written fails before the work,
  // with this command's message.
  if (out !== undefined) await (await openTarget(out, ctx)).close();
  const notices: string[] = [];
  const fileLines = await lineSpool();
  const rowLines = await lineSpool();
  const line = (issue: LocatedIssue) =>
    ctx.m.at(where(ctx, file, issue), messageOf(ctx, issue.issue));
  let summary: Awaited<ReturnType<typeof scoreCsvFile>>;
  try {
    summary = await scoreCsvFile(file, model, {
      ...data.read,
      ...data.score,
      format,
      ...(format === 'csv' ? {} : { detail, indent: format === 'json' ? 2 : 0 }),
      locale,
      out: out ?? ((text) => writeOut(ctx, text)),
      onIssue: (issue) => {
        if (issue.kind === 'notice') notices.push(ctx.m.notice(line(issue)));
        else (issue.kind === 'file' ? fileLines : rowLines).add(line(issue));
      },
      // Scoring is nearly all the work; writing the ranked results is the last few per cent.
      onProgress: (p) => {
        if (p.phase === 'scoring')
          bar.update(
            (0.95 * p.bytes) / Math.max(1, p.totalBytes),
            1,
            () => ctx.m.progressStreaming(p.rows),
            p.rows,
          );
        else
          bar.update(0.95 + (0.05 * p.rows) / Math.max(1, p.total), 1, () =>
            ctx.m.progressWriting(p.rows, p.total),
          );
      },
    });
  } catch (error) {
    bar.clear();
    await Promise.all([fileLines.close(), rowLines.close()]);
    if (!isYoupinError(error)) throw error;
    if (error.issues.some((i) => i.code === 'not_streamable')) return null;
    // The output or the temporary file could not be written (a full disk …): said as the
    // in-memory path says it, not as a problem of the data file.
    const unwritable = error.issues.find((i) => i.code === 'file_unwritable');
    if (unwritable) throw new Failure(messageOf(ctx, unwritable));
    failWithFileIssues(ctx, file, error);
  }
  bar.clear();
  // As emit ends every output: a JSON document with a newline (NDJSON and CSV have theirs).
  if (format === 'json') await (out !== undefined ? appendFile(out, '\n') : writeOut(ctx, '\n'));
  for (const n of notices) ctx.stderr.write(`${n}\n`);
  if (summary.fileIssues > 0)
    await fileLines.print(ctx, [ctx.m.fileProblems(file, summary.fileIssues)]);
  if (summary.entitiesWithIssues > 0)
    await rowLines.print(ctx, [ctx.m.rowProblems(summary.entitiesWithIssues)]);
  await Promise.all([fileLines.close(), rowLines.close()]);
  for (const w of summary.warnings) ctx.stderr.write(`${ctx.m.notice(messageOf(ctx, w))}\n`);
  printNoticeSummary(ctx, summary.notices);
  if (out !== undefined) ctx.stderr.write(`${ctx.m.wrote(out)}\n`);
  const noticesFail = strictFails(ctx, strict, summary.notices);
  return summary.fileIssues > 0 || (strict && summary.counts.invalid > 0) || noticesFail ? 1 : 0;
}

/** Where a problem lies, as the in-memory path writes it (see locate in _inputs.ts). */
function where(ctx: Context, file: string, { issue, location }: LocatedIssue): string {
  if (location) return formatLocation(location, ctx.lang);
  const name = basename(file);
  return issue.path.length === 0 ? name : ctx.m.inFile(name, pathText(issue.path));
}

/**
 * Writes a report's chunks (`reportChunks`) to --out or stdout as they come, with a final newline
 * after a JSON document, so that no text of the whole report is built.
 */
export async function emitChunks(
  ctx: Context,
  chunks: AsyncIterable<string>,
  out: string | undefined,
  json: boolean,
  bar?: Progress,
): Promise<void> {
  const target = out === undefined ? null : await openTarget(out, ctx);
  let written = 0;
  try {
    for await (const chunk of chunks) {
      await (target ? target.write(chunk) : writeOut(ctx, chunk));
      written += chunk.length;
      // Only when the report goes to a file: on stdout the bar would mix with the report.
      if (target)
        bar?.update(0, 0, () => ctx.m.progressWritingReport((written / 1e6).toFixed(1)), written);
    }
    bar?.clear();
    if (json) await (target ? target.write('\n') : writeOut(ctx, '\n'));
  } finally {
    await target?.close();
  }
  if (out !== undefined) ctx.stderr.write(`${ctx.m.wrote(out)}\n`);
}

/** The --out file, opened before the work starts so that a bad path fails at once. */
async function openTarget(
  out: string,
  ctx: Context,
): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }> {
  let handle: FileHandle | null;
  try {
    handle = await open(out, 'w');
  } catch (error) {
    throw new Failure(
      ctx.m.cannotWrite(out, error instanceof Error ? error.message : String(error)),
    );
  }
  return {
    write: async (text) => {
      try {
        await handle?.write(text);
      } catch (error) {
        // A full disk (ENOSPC), most often: said as such, not as a bug.
        throw new Failure(
          ctx.m.cannotWrite(out, error instanceof Error ? error.message : String(error)),
        );
      }
    },
    close: async () => {
      await handle?.close();
      handle = null;
    },
  };
}

/** Writes to stdout, waiting for it to drain when it is a pipe that is full. */
function writeOut(ctx: Context, text: string): Promise<void> {
  const stream = ctx.stdout as { once?: (event: 'drain', listener: () => void) => unknown };
  return new Promise((resolve) => {
    if (ctx.stdout.write(text) || typeof stream.once !== 'function') resolve();
    else stream.once('drain', resolve);
  });
}

/** Lines kept in order: in memory up to a few thousand, then in a temporary file. */
interface LineSpool {
  add(line: string): void;
  print(ctx: Context, heading: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const KEEP = 5000;

async function lineSpool(): Promise<LineSpool> {
  let lines: string[] = [];
  let dir: string | null = null;
  let writing: Promise<void> = Promise.resolve();
  const path = () => join(dir as string, 'lines.txt');
  // A failure to write (a full disk, a TMPDIR that does not exist) waits for print or close to
  // be said: a rejected promise left alone would end the process as a bug.
  let failure: unknown = null;
  const spill = () => {
    const text = `${lines.join('\n')}\n`;
    lines = [];
    writing = writing.then(async () => {
      if (failure !== null) return;
      try {
        dir ??= await mkdtemp(join(tmpdir(), 'youpin-lines-'));
        await appendFile(path(), text);
      } catch (error) {
        failure = error;
      }
    });
  };
  const failed = (ctx: Context) => {
    if (failure === null) return;
    const reason = failure instanceof Error ? failure.message : String(failure);
    throw new Failure(ctx.m.cannotWrite(dir ?? tmpdir(), `${reason} (TMPDIR)`));
  };
  return {
    add(line) {
      lines.push(line);
      if (lines.length >= KEEP) spill();
    },
    async print(ctx, heading) {
      await writing;
      failed(ctx);
      printLines(ctx, heading, []);
      if (dir !== null) {
        const input = createReadStream(path(), { encoding: 'utf8' });
        for await (const spilled of createInterface({ input, crlfDelay: Infinity }))
          ctx.stderr.write(`${spilled}\n`);
      }
      printLines(ctx, [], lines);
    },
    async close() {
      await writing;
      if (dir !== null) await rm(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}
