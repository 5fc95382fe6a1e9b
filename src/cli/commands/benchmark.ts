import { type BenchmarkComparison, compareToBenchmark, isYoupinError, showText } from 'youpin';
import { formatOf, text } from '../_args.js';
import type { Command, Context } from '../_context.js';
import { Failure } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  listProblems,
  loadBenchmark,
  loadModel,
  MODEL_OPTIONS,
  modelIssueLine,
  printLines,
  refuseOutputOverInput,
  scoreFile,
} from '../_inputs.js';
import {
  csv,
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

/** `youpin benchmark FILE`: every applicant against every line of a benchmark (好品山东 by default). */
export const benchmarkCommand: Command = {
  name: 'benchmark',
  usage: 'benchmark FILE [options]',
  options: {
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    benchmark: { type: 'string', short: 'b' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1 },
  help: (m) => m.helpBenchmark,
  async run(args, ctx) {
    const file = args.positionals[0] as string;
    const format = formatOf(args, ['table', 'json', 'csv'], 'table', ctx.m, 'benchmark');
    const data = dataOptions(args, ctx, 'benchmark');
    await refuseOutputOverInput(ctx, 'benchmark', text(args, 'out'), [
      file,
      text(args, 'model'),
      text(args, 'benchmark'),
    ]);
    const name = text(args, 'benchmark') ?? 'haopinShandong';
    const benchmark = await loadBenchmark(name, ctx);
    const { model } = await loadModel(args, ctx, 'benchmark');
    const { batch, report } = await scoreFile(file, model, data, ctx, progress(ctx.stderr));
    const fileProblems = listProblems(ctx, batch, report, file);
    let comparison: BenchmarkComparison;
    try {
      comparison = compareToBenchmark(report, benchmark);
    } catch (error) {
      if (!isYoupinError(error)) throw error;
      printLines(
        ctx,
        [ctx.m.benchmarkProblems(name, error.issues.length)],
        error.issues.map((i) => modelIssueLine(ctx, name, i)),
      );
      throw new Failure('');
    }
    const out = text(args, 'out');
    const output = outputTo(ctx, out);
    if (format === 'json') emit(JSON.stringify(comparison, null, 2), output);
    else if (format === 'csv') emit(csv(csvRows(comparison, ctx)), output);
    else emit(render(comparison, ctx, out === undefined ? ctx.out : paint(false)), output);
    return fileProblems > 0 ? 1 : 0;
  },
};

function csvRows(c: BenchmarkComparison, ctx: Context): string[][] {
  const { m, lang } = ctx;
  const header = [
    m.colIndex,
    m.colId,
    m.colName,
    m.colSector,
    m.colStatus,
    ...c.lines.flatMap((l) => [
      `${l.node} ${m.colScore}`,
      `${l.node} ${m.colLine}`,
      `${l.node} ${m.colGap}`,
      `${l.node} ${m.colPassed}`,
    ]),
    m.colPassedAll,
  ];
  const yesNo = (v: boolean | null) => (v === null ? '' : v ? m.yes : m.no);
  const rows = c.entities.map((e) => [
    String(e.index),
    e.id ?? '',
    nameIn(e.name, lang),
    e.sector ?? '',
    m.status[e.status],
    ...e.lines.flatMap((l) => [l.score ?? '', l.line, l.gap ?? '', yesNo(l.passed)]),
    yesNo(e.passedAll),
  ]);
  return [header, ...rows];
}

function render(c: BenchmarkComparison, ctx: Context, p: Paint): string {
  const { m, lang } = ctx;
  const columns = [
    { header: m.colId },
    { header: m.colName },
    { header: m.colStatus },
    ...c.lines.map((l) => ({
      header: `${labelIn(l.label, lang)} ≥ ${l.line}`,
      align: 'right' as const,
    })),
    { header: m.colPassedAll },
  ];
  const rows = c.entities.map((e) => [
    e.id ?? `#${e.index + 1}`,
    truncate(nameIn(e.name, lang), 24),
    m.status[e.status],
    ...e.lines.map((l) => (l.score === null ? '—' : `${l.score} ${mark(l.passed)}`)),
    mark(e.passedAll),
  ]);
  const verdicts = c.entities.map((e) => [...e.lines.map((l) => l.passed), e.passedAll]);
  const body = table(columns, rows, p, (r, col, s) => {
    const v = verdicts[r]?.[col - 3];
    return col < 3 || v === null || v === undefined ? s : v ? p.green(s) : p.red(s);
  });
  const tally = [
    ...c.lines.map((l) => m.tally(`${labelIn(l.label, lang)} ≥ ${l.line}`, l.passed, l.scored)),
    m.tally(m.colPassedAll, c.all.passed, c.all.scored),
  ];
  return [
    p.bold(
      [labelIn(c.benchmark.name, lang), c.benchmark.version, '—', c.model.id, c.model.version]
        .map((part) => showText(part))
        .join(' '),
    ),
    body,
    '',
    ...tally,
  ].join('\n');
}
