import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  isYoupinError,
  type SensitivityOptions,
  type SensitivityResult,
  score,
  sensitivity,
  showText,
} from 'youpin';
import { sensitivityInWorkers } from 'youpin/node';
import { choice, formatOf, type Parsed, text } from '../_args.js';
import type { Command, Context } from '../_context.js';
import { Failure, UsageError } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  listProblems,
  loadBatch,
  loadModel,
  MODEL_OPTIONS,
  messageOf,
  printLines,
  refuseOutputOverInput,
} from '../_inputs.js';
import { csv, emit, outputTo, type Paint, paint, progress, table } from '../_io.js';
import type { Messages } from '../_messages.js';
import { parseJsonFile } from '../_parseJson.js';

/** `youpin sensitivity FILE`: how robust the ranking is under uncertain weights and choices. */
export const sensitivityCommand: Command = {
  name: 'sensitivity',
  usage: 'sensitivity FILE [options]',
  options: {
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    seed: { type: 'string' },
    draws: { type: 'string' },
    weights: { type: 'string' },
    nodes: { type: 'string' },
    exclude: { type: 'string' },
    sobol: { type: 'string' },
    bootstrap: { type: 'string' },
    output: { type: 'string' },
    options: { type: 'string' },
    workers: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  help: (m) => m.helpSensitivity,
  async run(args, ctx) {
    const file = args.positionals[0] as string;
    const format = formatOf(args, ['table', 'json', 'csv'], 'table', ctx.m, 'sensitivity');
    const out = text(args, 'out');
    await refuseOutputOverInput(ctx, 'sensitivity', out, [
      file,
      text(args, 'model'),
      text(args, 'options'),
    ]);
    const options = await readOptions(args, ctx);
    const workers = whole(args, 'workers', ctx.m, 1);
    // More threads than cores only costs memory (each holds the model and the batch).
    if (workers !== undefined && workers > availableParallelism())
      throw new UsageError(ctx.m.tooManyWorkers(workers, availableParallelism()), 'sensitivity');
    const { model } = await loadModel(args, ctx, 'sensitivity');
    const bar = progress(ctx.stderr);
    const batch = await loadBatch(file, model, dataOptions(args, ctx, 'sensitivity'), ctx, bar);
    bar.update(0, 1, ctx.m.progressDraws(0, 0));
    const onProgress = (done: number, total: number) =>
      bar.update(done, total, () => ctx.m.progressDraws(done, total), done);
    let result: SensitivityResult;
    try {
      result =
        workers === undefined || workers <= 1
          ? sensitivity(model, batch.entities, { ...options, onProgress })
          : await sensitivityInWorkers(model, batch.entities, options, { workers });
    } catch (error) {
      bar.clear();
      if (!isYoupinError(error)) throw error;
      printLines(
        ctx,
        [ctx.m.sensitivityProblems(error.issues.length)],
        error.issues.map((i) => ctx.m.at(i.path.join('.') || file, messageOf(ctx, i))),
      );
      throw new Failure('');
    }
    bar.clear();
    // The data's problems, as `score` lists them: the invalid rows take no part.
    const fileProblems = listProblems(ctx, batch, score(model, batch.entities), file);
    const output = outputTo(ctx, out);
    if (format === 'json') emit(JSON.stringify(result, null, 2), output);
    else if (format === 'csv') {
      if (result.sobol) ctx.stderr.write(`${ctx.m.notice(ctx.m.sobolNotInCsv)}\n`);
      emit(csv(rows(result, ctx.m, true)), output);
    } else emit(render(result, ctx, out === undefined ? ctx.out : paint(false)), output);
    return fileProblems > 0 ? 1 : 0;
  },
};

/** The options of `sensitivity()` from the command line, on top of `--options FILE` (JSON). */
async function readOptions(args: Parsed, ctx: Context): Promise<SensitivityOptions> {
  const m = ctx.m;
  const file = text(args, 'options');
  let base: Record<string, unknown> = {};
  if (file !== undefined) {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      throw new Failure(m.cannotRead(file, error instanceof Error ? error.message : String(error)));
    }
    base = parseJsonFile(raw, file, ctx) as Record<string, unknown>;
    if (typeof base !== 'object' || base === null || Array.isArray(base))
      throw new Failure(m.optionsNotObject(file));
  }
  const weights = text(args, 'weights');
  const nodes = text(args, 'nodes');
  const exclude = text(args, 'exclude');
  // Sobol's estimators need two base rows at least (the library's own bound).
  const sobol = whole(args, 'sobol', m, 2, MAX_SOBOL);
  const bootstrap = whole(args, 'bootstrap', m, 0);
  const output = choice(
    args,
    'output',
    ['rankShift', 'selectionChanges'] as const,
    m,
    'sensitivity',
  );
  if ((bootstrap !== undefined || output !== undefined) && sobol === undefined)
    throw new UsageError(m.needsSobol, 'sensitivity');
  const options: Record<string, unknown> = {
    ...base,
    seed: seedOf(text(args, 'seed')) ?? base['seed'] ?? 1,
  };
  const draws = whole(args, 'draws', m, 1, MAX_DRAWS);
  if (draws !== undefined) options['draws'] = draws;
  // Without --weights the default is uniform:0.2, which --nodes narrows.
  if (weights !== undefined) options['weights'] = readWeights(weights, nodes, m);
  else if (nodes !== undefined) options['weights'] = readWeights('uniform:0.2', nodes, m);
  else if (base['weights'] === undefined) options['weights'] = { kind: 'uniform', fraction: 0.2 };
  if (exclude !== undefined)
    options['exclude'] = exclude === 'all' ? true : exclude.split(',').map((s) => s.trim());
  if (sobol !== undefined)
    options['sobol'] = {
      n: sobol,
      ...(bootstrap === undefined ? {} : { bootstrap }),
      ...(output === undefined ? {} : { output }),
    };
  // Checked by sensitivity() itself: a bad value is a YoupinError with its path.
  return options as unknown as SensitivityOptions;
}

/**
 * `--seed S`: a whole number is passed as that number, so that `--seed 1` is the default seed 1
 * and the library's `seed: 1` (the text "1" seeds a different stream); other text as text.
 */
function seedOf(given: string | undefined): number | string | undefined {
  if (given === undefined) return undefined;
  return /^-?\d{1,15}$/.test(given.trim()) ? Number(given) : given;
}

/** `--weights uniform:0.2` or `dirichlet:50`. */
function readWeights(given: string, nodes: string | undefined, m: Messages): unknown {
  const [kind, value] = given.split(':');
  const number = Number(value);
  if (
    (kind !== 'uniform' && kind !== 'dirichlet') ||
    value === undefined ||
    !Number.isFinite(number)
  )
    throw new UsageError(m.badWeightsSpec(given), 'sensitivity');
  if (kind === 'dirichlet') {
    if (!(number > 0)) throw new UsageError(m.badWeightsSpec(given), 'sensitivity');
    if (nodes !== undefined) throw new UsageError(m.nodesNeedUniform, 'sensitivity');
    return { kind, concentration: number };
  }
  return {
    kind,
    fraction: number,
    ...(nodes === undefined ? {} : { nodes: nodes.split(',').map((s) => s.trim()) }),
  };
}

/**
 * At most a million draws and 100,000 Sobol rows: the ranks of every draw are kept (two 32-bit
 * integers per applicant and draw), so 10⁷ draws of the sample would hold about 10 GB.
 */
const MAX_DRAWS = 1_000_000;
const MAX_SOBOL = 100_000;

/** A whole number option in [min, max], or undefined when absent. */
function whole(
  args: Parsed,
  name: string,
  m: Messages,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const given = text(args, name);
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!/^\d+$/.test(given.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(m.badWhole(`--${name}`, given, min, max), 'sensitivity');
  return n;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const interval = (r: { median: number; p5: number; p95: number } | null) =>
  r === null ? '' : `${r.median} [${r.p5}–${r.p95}]`;

/** One row per scored applicant, by the model's own rank. */
function rows(result: SensitivityResult, m: Messages, forCsv: boolean): string[][] {
  // The table shows the scored applicants; the CSV every applicant, the others after them with
  // their status and empty figures, so that no row of the file is lost.
  const scored = result.entities
    .filter((e) => forCsv || e.status === 'scored')
    .sort(
      (a, b) =>
        Number(a.status !== 'scored') - Number(b.status !== 'scored') ||
        (a.nominal.rank ?? 0) - (b.nominal.rank ?? 0),
    );
  const header = forCsv
    ? [
        'id',
        'sector',
        'status',
        'rank',
        'rank_median',
        'rank_p5',
        'rank_p95',
        'sector_rank',
        'sector_rank_median',
        'sector_rank_p5',
        'sector_rank_p95',
        'selected',
        'p_selected',
        'p_selected_se',
      ]
    : [
        m.colId,
        m.colSector,
        m.colRank,
        m.colRankInterval,
        m.colSectorRank,
        m.colSectorRankInterval,
        m.colSelected,
        m.colPSelected,
      ];
  const body = scored.map((e) => {
    const p = e.probability;
    if (forCsv)
      return [
        e.id ?? '',
        e.sector ?? '',
        e.status,
        String(e.nominal.rank ?? ''),
        ...[e.rank?.median, e.rank?.p5, e.rank?.p95].map((x) => String(x ?? '')),
        String(e.nominal.sectorRank ?? ''),
        ...[e.sectorRank?.median, e.sectorRank?.p5, e.sectorRank?.p95].map((x) => String(x ?? '')),
        String(e.nominal.selected),
        p === null ? '' : String(p.selected),
        p === null ? '' : String(p.standardError),
      ];
    return [
      showText(e.id ?? ''),
      showText(e.sector ?? ''),
      String(e.nominal.rank ?? ''),
      interval(e.rank),
      String(e.nominal.sectorRank ?? ''),
      interval(e.sectorRank),
      e.nominal.selected ? '✓' : '',
      p === null ? '' : `${percent(p.selected)} ± ${percent(p.standardError)}`,
    ];
  });
  return [header, ...body];
}

function render(result: SensitivityResult, ctx: Context, p: Paint): string {
  const m = ctx.m;
  const [header, ...body] = rows(result, m, false);
  const right = new Set([2, 4]);
  const lines = [
    p.bold(m.sensitivityTitle(result.draws, String(result.seed), result.inputs.length)),
    table(
      (header ?? []).map((h, i) => ({
        header: h,
        ...(right.has(i) ? { align: 'right' as const } : {}),
      })),
      body,
      p,
    ),
  ];
  if (result.sobol) {
    const s = result.sobol;
    lines.push('', p.bold(m.sobolTitle(s.output, s.n, s.evaluations)));
    const ci = (f: { estimate: number; lower: number | null; upper: number | null }) =>
      `${f.estimate.toFixed(3)}${f.lower === null ? '' : ` [${(f.lower ?? 0).toFixed(3)}, ${(f.upper ?? 0).toFixed(3)}]`}`;
    lines.push(
      table(
        [{ header: m.colInput }, { header: m.colFirstOrder }, { header: m.colTotalOrder }],
        [...s.indices]
          .sort((a, b) => b.total.estimate - a.total.estimate)
          .map((i) => [showText(i.input), ci(i.first), ci(i.total)]),
        p,
      ),
    );
  }
  return lines.join('\n');
}
