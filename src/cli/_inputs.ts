// Private helpers of the commands that read a model and a batch: presets, --model / --preset,
// --benchmark, the data file through youpin/node, and every problem listed with its location.

import { realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type Benchmark,
  defineModel,
  type Issue,
  isYoupinError,
  type Model,
  type ModelInput,
  type Report,
  type ScoreOptions,
  score,
  showText,
  type YoupinError,
} from 'youpin';
import {
  type BatchFile,
  formatLocation,
  type ReadProgress,
  readBatch,
  readModelFile,
} from 'youpin/node';
import { gbt19580, haopinShandong, haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
import { pathText } from '../error/pathText.js';
import { MODEL_FILE_LIMIT, readBytes } from '../node/_readFile.js';
import { choice, type OptionSpecs, type Parsed, text } from './_args.js';
import type { Context } from './_context.js';
import { Failure, UsageError } from './_errors.js';
import type { Progress } from './_io.js';
import { parseJsonFile } from './_parseJson.js';

/** The shipped models, by the name they have in `youpin/presets`. The first is the default. */
export const PRESETS: ReadonlyArray<{ readonly key: string; readonly model: ModelInput }> = [
  { key: 'liaocheng2024', model: liaocheng2024 },
  { key: 'haopinShandong', model: haopinShandong },
  { key: 'gbt19580', model: gbt19580 },
];

/** The shipped benchmarks, by name. */
export const BENCHMARKS: ReadonlyArray<{ readonly key: string; readonly benchmark: Benchmark }> = [
  { key: 'haopinShandong', benchmark: haopinShandongBenchmark },
];

/** `--model FILE` or `--preset NAME`. */
export const MODEL_OPTIONS: OptionSpecs = {
  model: { type: 'string', short: 'm' },
  preset: { type: 'string', short: 'p' },
};

/** How to read the data file, and the evaluation date. */
export const DATA_OPTIONS: OptionSpecs = {
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  date: { type: 'string' },
};

/** A preset by its name in `youpin/presets` or by its model id. */
export function findPreset(name: string): ModelInput | undefined {
  return PRESETS.find((p) => p.key === name || p.model.id === name)?.model;
}

/** The model of `--model FILE` or `--preset NAME` (default liaocheng2024), with a name for it. */
export async function loadModel(
  args: Parsed,
  ctx: Context,
  command: string,
): Promise<{ readonly model: Model; readonly source: string }> {
  const file = text(args, 'model');
  const preset = text(args, 'preset');
  if (file !== undefined && preset !== undefined) {
    throw new UsageError(ctx.m.modelAndPreset, command);
  }
  if (file === undefined) {
    const key = preset ?? 'liaocheng2024';
    const input = findPreset(key);
    if (input === undefined) {
      const names = PRESETS.map((p) => p.key).join(', ');
      throw new UsageError(ctx.m.badChoice('--preset', key, names), command);
    }
    return { model: defineModel(input), source: key };
  }
  try {
    return { model: await readModelFile(file), source: file };
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    const [first, ...more] = error.issues;
    // A file that cannot be read or parsed at all: one message, no heading.
    if (more.length === 0 && first.path.length === 0) {
      throw new Failure(modelIssueLine(ctx, file, first));
    }
    printLines(
      ctx,
      [ctx.m.modelHasProblems(file, error.issues.length)],
      error.issues.map((i) => modelIssueLine(ctx, file, i)),
    );
    throw new Failure('');
  }
}

/** One problem of a model (or of another JSON file): the file, the path inside it, the message. */
export function modelIssueLine(ctx: Context, file: string, issue: Issue): string {
  const message = messageOf(ctx, issue);
  // Messages of youpin/node name the file already (by its base name), and the line if any.
  if (message.includes(basename(file))) return message;
  if (issue.path.length === 0) return ctx.m.at(file, message);
  return ctx.m.at(ctx.m.inFile(file, pathText(issue.path)), message);
}

/** An issue's message in the user's language. */
export function messageOf(ctx: Context, issue: Issue): string {
  return ctx.lang === 'zh' ? issue.messageZh : issue.message;
}

/**
 * Refuses an `--out` that is one of the command's input files (a usage error, exit 2), before
 * anything is read or written: writing the report there would destroy the input (a CSV file
 * truncated before it is streamed, a JSON batch replaced by its report). The same file is found
 * whatever the path says: the same real path (`fs.realpath`: `.` and `..`, symbolic links), or the
 * same device and inode (a hard link). An output that does not exist yet is no input.
 */
export async function refuseOutputOverInput(
  ctx: Context,
  command: string,
  out: string | undefined,
  inputs: ReadonlyArray<string | undefined>,
): Promise<void> {
  if (out === undefined) return;
  const target = await identify(out);
  if (!target) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const source = await identify(input);
    const same =
      source !== null &&
      (source.path === target.path ||
        (source.ino !== 0n && source.dev === target.dev && source.ino === target.ino));
    if (same) throw new UsageError(ctx.m.outIsInput(out, input), command);
  }
}

/** A file's real path, device and inode; null when it does not exist (or cannot be read). */
async function identify(
  file: string,
): Promise<{ readonly path: string; readonly dev: bigint; readonly ino: bigint } | null> {
  try {
    const [path, info] = await Promise.all([realpath(file), stat(file, { bigint: true })]);
    return { path, dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}

/** `--benchmark NAME|FILE`: a shipped benchmark, or one read from a JSON file. */
export async function loadBenchmark(value: string, ctx: Context): Promise<Benchmark> {
  const shipped = BENCHMARKS.find((b) => b.key === value || b.benchmark.id === value);
  if (shipped) return shipped.benchmark;
  let raw: string;
  try {
    const limit = { ...MODEL_FILE_LIMIT, what: 'a benchmark file', whatZh: '基准文件' };
    raw = new TextDecoder().decode(await readBytes(value, limit));
  } catch (error) {
    const issue = isYoupinError(error) ? error.issues[0] : undefined;
    if (issue?.code === 'file_too_large') throw new Failure(messageOf(ctx, issue));
    throw new Failure(ctx.m.benchmarkNotFound(value, BENCHMARKS.map((b) => b.key).join(', ')));
  }
  return parseJsonFile(raw, value, ctx) as Benchmark;
}

/** How to read the data file and score it: `--encoding`, `--sheet`, `--date`, checked up front. */
export interface DataOptions {
  readonly read: { readonly encoding?: 'auto' | 'utf-8' | 'gb18030'; readonly sheet?: string };
  readonly score: ScoreOptions;
}

/** Reads `--encoding`, `--sheet` and `--date`; a bad value is a usage error (before any work). */
export function dataOptions(args: Parsed, ctx: Context, command: string): DataOptions {
  const encodings = ['auto', 'utf-8', 'utf8', 'gb18030', 'gbk'] as const;
  const given = choice(args, 'encoding', encodings, ctx.m, command);
  const encoding = given === 'gbk' ? 'gb18030' : given === 'utf8' ? 'utf-8' : given;
  const sheet = text(args, 'sheet');
  const date = text(args, 'date');
  if (date !== undefined && !isCalendarDay(date)) {
    throw new UsageError(ctx.m.badDate(date), command);
  }
  return {
    read: {
      ...(encoding === undefined ? {} : { encoding }),
      ...(sheet === undefined ? {} : { sheet }),
    },
    score: date === undefined ? {} : { evaluationDate: date },
  };
}

/** YYYY-MM-DD and a real day (2024-02-30 would roll over into March, so it is not one). */
function isCalendarDay(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(day.getTime()) &&
    day.toISOString().startsWith(date)
  );
}

/** Reads the data file through youpin/node; a file that cannot be read at all is a Failure. */
export async function loadBatch(
  file: string,
  model: Model,
  options: DataOptions,
  ctx: Context,
  bar: Progress,
): Promise<BatchFile> {
  bar.update(0, 2, ctx.m.progressReading(file));
  const onProgress = ({ rows, total }: ReadProgress) =>
    bar.update(rows / Math.max(1, total), 2, () => ctx.m.progressReadRows(rows, total), rows);
  try {
    return await readBatch(file, model, { ...options.read, onProgress });
  } catch (error) {
    bar.clear();
    if (!isYoupinError(error)) throw error;
    failWithFileIssues(ctx, file, error);
  }
}

/** A file that cannot be read at all: its one problem as the failure, or every problem listed. */
export function failWithFileIssues(ctx: Context, file: string, error: YoupinError): never {
  const [first, ...more] = error.issues;
  if (more.length === 0) throw new Failure(modelIssueLine(ctx, file, first));
  printLines(
    ctx,
    [ctx.m.fileProblems(file, error.issues.length)],
    error.issues.map((i) => modelIssueLine(ctx, file, i)),
  );
  throw new Failure('');
}

/** Where an issue of the batch lies: file, sheet, row and column when the reader knows them. */
export function locate(ctx: Context, batch: BatchFile, file: string, issue: Issue): string {
  const location = batch.locate(issue.path);
  if (location) return formatLocation(location, ctx.lang);
  const name = basename(file);
  return issue.path.length === 0 ? name : ctx.m.inFile(name, pathText(issue.path));
}

/** One located problem: `applicants.xlsx, sheet 申报数据, row 17, column I1: "12,5" is not a number`. */
export function locatedLine(ctx: Context, batch: BatchFile, file: string, issue: Issue): string {
  return ctx.m.at(locate(ctx, batch, file, issue), messageOf(ctx, issue));
}

/** Writes a heading (if any) and problem lines to stderr, the heading in bold red on a terminal. */
export function printLines(
  ctx: Context,
  heading: readonly string[],
  lines: readonly string[],
): void {
  // Lines are made of messages that are shown already; escaping again is a guard that costs little.
  const safe = (line: string) => showText(line, Number.POSITIVE_INFINITY);
  for (const h of heading) ctx.stderr.write(`${ctx.err.bold(ctx.err.red(safe(h)))}\n`);
  for (const line of lines) ctx.stderr.write(`${safe(line)}\n`);
}

/** Reads and scores a data file, with the progress bar on a terminal. */
export async function scoreFile(
  file: string,
  model: Model,
  options: DataOptions,
  ctx: Context,
  bar: Progress,
): Promise<{ readonly batch: BatchFile; readonly report: Report }> {
  const batch = await loadBatch(file, model, options, ctx, bar);
  const rows = batch.entities.length;
  bar.update(1, 2, ctx.m.progressScoring(rows));
  // Let the terminal show the bar before the (synchronous) scoring starts.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    const onProgress = (done: number, total: number) =>
      bar.update(1 + done / Math.max(1, total), 2, () => ctx.m.progressScored(done, rows), done);
    return { batch, report: score(model, batch.entities, { ...options.score, onProgress }) };
  } finally {
    bar.clear();
  }
}

/**
 * Lists on stderr the problems of the file (issues of the reader) and of every row that has
 * issues, each with its location. Returns how many problems the file itself has.
 */
export function listProblems(ctx: Context, batch: BatchFile, report: Report, file: string): number {
  // What the reader decided (the header row below a title, the sheet it read): said, not failed.
  for (const n of batch.notices)
    ctx.stderr.write(`${ctx.m.notice(locatedLine(ctx, batch, file, n))}\n`);
  if (batch.issues.length > 0) {
    printLines(
      ctx,
      [ctx.m.fileProblems(file, batch.issues.length)],
      batch.issues.map((i) => locatedLine(ctx, batch, file, i)),
    );
  }
  const bad = report.entities.filter((e) => e.issues.length > 0);
  if (bad.length > 0) {
    printLines(
      ctx,
      [ctx.m.rowProblems(bad.length)],
      bad.flatMap((e) => e.issues.map((i) => locatedLine(ctx, batch, file, i))),
    );
  }
  for (const w of report.warnings) ctx.stderr.write(`${ctx.m.notice(messageOf(ctx, w))}\n`);
  return batch.issues.length;
}
