import {
  type Benchmark,
  compareToBenchmark,
  type Detail,
  type EntityResult,
  type Model,
  noticesOf,
  type Report,
  type ReportNotices,
  reportChunks,
  type ScoredEntity,
  showText,
  toCsv,
  toHtml,
  toLongCsv,
  toMarkdown,
} from 'youpin';
import { choice, flag, formatOf, type Parsed, text } from '../_args.js';
import type { Command } from '../_context.js';
import { UsageError } from '../_errors.js';
import { fastPathFile } from '../_fastPathFile.js';
import {
  DATA_OPTIONS,
  dataOptions,
  listProblems,
  loadBenchmark,
  loadModel,
  MODEL_OPTIONS,
  refuseOutputOverInput,
  scoreFile,
} from '../_inputs.js';
import {
  emit,
  labelIn,
  mark,
  nameIn,
  outputTo,
  type Paint,
  paint,
  progress,
  table,
  truncate,
} from '../_io.js';
import type { Lang, Messages } from '../_messages.js';
import {
  noticeSummaryLines,
  printNoticeSummary,
  sectorNoticeLine,
  strictFails,
} from '../_notices.js';
import { emitChunks, scoreCsvStreaming, streamsCsv } from '../_scoreStream.js';

const FORMATS = ['table', 'json', 'ndjson', 'csv', 'long', 'md', 'html'] as const;
const DETAILS = ['summary', 'standard', 'full'] as const;

/** `youpin score FILE`: scores a batch and prints or writes the report. */
export const scoreCommand: Command = {
  name: 'score',
  usage: 'score FILE [options]',
  options: {
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    locale: { type: 'string' },
    detail: { type: 'string' },
    benchmark: { type: 'string', short: 'b' },
    strict: { type: 'boolean' },
    codes: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  help: (m) => m.helpScore,
  async run(args, ctx) {
    const file = args.positionals[0] as string;
    const format = formatOf(args, FORMATS, 'table', ctx.m, 'score');
    const locale = reportLocale(args, ctx.m, 'score');
    const data = dataOptions(args, ctx, 'score');
    await refuseOutputOverInput(ctx, 'score', text(args, 'out'), [
      file,
      text(args, 'model'),
      text(args, 'benchmark'),
    ]);
    const benchmarkName = text(args, 'benchmark');
    const benchmark =
      benchmarkName === undefined ? undefined : await loadBenchmark(benchmarkName, ctx);
    const { model } = await loadModel(args, ctx, 'score');
    const detail = detailOf(args, format, ctx.m);
    const json = format === 'json' || format === 'ndjson';
    const codes = flag(args, 'codes');
    if (codes && format !== 'csv') throw new UsageError(ctx.m.codesNeedsCsv, 'score');
    const bar = progress(ctx.stderr);
    // A CSV report of a CSV file, or a JSON one, needs no report in memory: it is scored as a
    // stream, so that a file of a million rows fits (unless the model's scores depend on the whole
    // batch). Full-detail JSON is streamed from FAST_PATH_FROM applicants, where the streaming
    // path's engine is the one score() picks; a smaller file is scored in memory.
    const streamed =
      streamsCsv(file) &&
      ((format === 'csv' && !codes) ||
        (json && (detail !== 'full' || (await fastPathFile(file, model, data)))));
    if (streamed) {
      const out = text(args, 'out');
      const request = {
        data,
        out,
        locale,
        strict: flag(args, 'strict'),
        bar,
        format,
        detail: detail ?? 'standard',
      } as const;
      const code = await scoreCsvStreaming(file, model, request, ctx);
      if (code !== null) return code;
    }
    const { batch, report } = await scoreFile(file, model, data, ctx, bar);
    const fileProblems = listProblems(ctx, batch, report, file);
    const notices = noticesOf(report);

    const out = text(args, 'out');
    const output = outputTo(ctx, out);
    // The table on the terminal shows the notices itself; every other output has them on stderr.
    if (format !== 'table' || out !== undefined) printNoticeSummary(ctx, notices.total);
    if (json) {
      const layout = {
        format,
        detail: detail ?? 'full',
        indent: format === 'json' ? 2 : 0,
      } as const;
      await emitChunks(ctx, reportChunks(report, layout), out, format === 'json', bar);
    } else if (format === 'csv') emit(toCsv(report, { locale, codes }), output);
    else if (format === 'long') emit(toLongCsv(report), output);
    else if (format === 'md') emit(toMarkdown(report, { locale }), output);
    else if (format === 'html') {
      const page = detail === 'summary' || detail === 'full' ? { detail } : {};
      const onProgress = (done: number, total: number) =>
        bar.update(done, total, () => ctx.m.progressRendering(done, total), done);
      const html = toHtml(report, { locale, benchmark, ...page, onProgress });
      bar.clear();
      emit(html, output);
    } else {
      const p = out === undefined ? ctx.out : paint(false);
      const rowOf = (index: number) => batch.locate(['entities', index])?.row ?? null;
      const table = renderTable(report, notices, model, ctx.lang, ctx.m, p, file, benchmark, rowOf);
      emit(table, output);
    }
    const strict = flag(args, 'strict');
    const noticesFail = strictFails(ctx, strict, notices.total);
    return fileProblems > 0 || (strict && report.counts.invalid > 0) || noticesFail ? 1 : 0;
  },
};

/**
 * `--detail summary|standard|full` for json and ndjson: full by default for json (the report as
 * the library gives it), standard for ndjson (made for big files).
 */
function detailOf(args: Parsed, format: string, m: Messages): Detail | undefined {
  const given = choice(args, 'detail', DETAILS, m, 'score');
  const html = format === 'html' && given !== 'standard';
  if (given !== undefined && format !== 'json' && format !== 'ndjson' && !html)
    throw new UsageError(m.detailNeedsJson, 'score');
  if (format === 'html') return given;
  return given ?? (format === 'ndjson' ? 'standard' : 'full');
}

/** `--locale zh|en|both` for the CSV, Markdown and HTML reports (default both). */
function reportLocale(args: Parsed, m: Messages, command: string): 'zh-CN' | 'en' | 'both' {
  const given = choice(args, 'locale', ['zh', 'zh-CN', 'en', 'both'], m, command);
  return given === 'zh' ? 'zh-CN' : (given ?? 'both');
}

const NAME_WIDTH = 28;

/**
 * The terminal table: a summary, then per sector the ranked list and the applicants not scored
 * (⚠ marks an applicant with notices, and a line under the sector names them), then the summary
 * of the notices that need action before publication.
 */
function renderTable(
  report: Report,
  notices: ReportNotices,
  model: Model,
  lang: Lang,
  m: Messages,
  p: Paint,
  file: string,
  benchmark: Benchmark | undefined,
  rowOf: (index: number) => number | null,
): string {
  const c = report.counts;
  const passed = benchmark
    ? new Map(compareToBenchmark(report, benchmark).entities.map((e) => [e.index, e.passedAll]))
    : undefined;
  const dims = model.nodes.filter((n) => n.depth === 1);
  const quotas = report.definition.selection?.quotas ?? {};
  const out: string[] = [
    p.bold(
      [labelIn(model.name, lang), '—', model.id, model.version, '·', file]
        .map((part) => showText(part))
        .join(' '),
    ),
    m.counts(c.entities, c.scored, c.ineligible, c.vetoed, c.invalid, c.selected),
  ];
  if (report.evaluationDate) out.push(m.evaluationDate(report.evaluationDate));

  const columns = [
    { header: m.colRank, align: 'right' as const },
    { header: m.colId },
    { header: m.colName },
    { header: m.colTotal, align: 'right' as const },
    ...dims.map((d) => ({ header: labelIn(d.label, lang), align: 'right' as const })),
    ...(benchmark ? [{ header: m.colBenchmark }] : []),
    { header: m.colResult },
  ];
  const resultColumn = columns.length - 1;
  const flagged = new Set(notices.entities.map((e) => e.index));
  const groups: Array<{ title: string; rows: EntityResult[] }> = model.sectors.map((s) => ({
    title: s.id,
    rows: report.entities.filter((e) => e.sector === s.id),
  }));
  const orphans = report.entities.filter((e) => e.sector === null);
  if (orphans.length > 0) groups.push({ title: '', rows: orphans });

  for (const group of groups) {
    if (group.rows.length === 0) continue;
    const sector = model.sectors.find((s) => s.id === group.title);
    const scored = group.rows
      .filter((e): e is ScoredEntity => e.status === 'scored')
      .sort((a, b) => a.rank.sector - b.rank.sector || a.index - b.index);
    const others = group.rows.filter((e) => e.status !== 'scored');
    const selected = scored.filter((e) => e.selection?.selected).length;
    const quota = sector && Object.hasOwn(quotas, sector.id) ? quotas[sector.id] : undefined;
    out.push('');
    const title = sector ? showText(labelIn(sector.label, lang)) : m.noSector;
    out.push(
      p.bold(
        p.cyan(`■ ${title} — ${m.groupCounts(group.rows.length, scored.length, selected, quota)}`),
      ),
    );
    const rows = [...scored, ...others];
    const cells = rows.map((e) => [
      e.rank.sector === null ? '—' : String(e.rank.sector),
      e.id ?? m.noId(rowOf(e.index), e.index),
      truncate(nameIn(e.name, lang), NAME_WIDTH),
      e.total ?? '—',
      ...dims.map((d) => e.nodes.find((n) => n.id === d.id)?.score ?? '—'),
      ...(passed ? [mark(passed.get(e.index) ?? null)] : []),
      `${result(e, m, lang)}${flagged.has(e.index) ? ' ⚠' : ''}`,
    ]);
    out.push(
      table(columns, cells, p, (r, col, s) => {
        const e = rows[r];
        if (!e) return s;
        if (col === resultColumn) {
          if (e.status === 'invalid') return p.red(s);
          if (e.status !== 'scored') return p.yellow(s);
          return e.selection?.selected ? p.green(s) : s;
        }
        if (passed && col === resultColumn - 1) {
          const v = passed.get(e.index);
          return v === true ? p.green(s) : v === false ? p.red(s) : s;
        }
        return s;
      }),
    );
    const line = sectorNoticeLine(
      notices.entities.filter((e) => e.sector === (sector?.id ?? null)),
      lang,
      m,
    );
    if (line !== null) out.push(p.yellow(line));
  }
  const summary = noticeSummaryLines(notices.total, lang);
  if (summary.length > 0) out.push('', ...summary.map((l) => p.bold(p.yellow(l))));
  return out.join('\n');
}

/** The result cell: selected (with the band), why not, or the status and its first reasons. */
function result(e: EntityResult, m: Messages, lang: Lang): string {
  if (e.status === 'scored') {
    const s = e.selection;
    if (!s) return m.status.scored;
    const band = s.band ? ` · ${labelIn(s.band.label, lang)}` : '';
    if (s.selected) return `✓ ${m.reason.selected}${band}`;
    const floors = s.reason === 'below_floor' ? ` (${s.failedFloors.join(', ')})` : '';
    return `${m.reason[s.reason]}${floors}${band}`;
  }
  const rules =
    e.status === 'ineligible'
      ? e.eligibility.gates
          .filter((g) => g.result === 'failed' || g.result === 'unknown')
          .map((g) => g.rule)
      : e.status === 'vetoed'
        ? e.eligibility.vetoes.filter((v) => v.result === 'fired').map((v) => v.rule)
        : [];
  const why = e.status === 'invalid' ? m.issueCount(e.issues.length) : rules.join(', ');
  return why ? `${m.status[e.status]} (${why})` : m.status[e.status];
}
