import { Decimal } from 'decimal.js';
import {
  type AhpResult,
  ahp,
  type CriticWeightsResult,
  criticWeights,
  type Direction,
  type EntropyWeightsResult,
  entropyWeights,
  type Issue,
  isYoupinError,
  type PcaWeightsResult,
  pcaWeights,
} from 'youpin';
import { choice, flag, formatOf, type Parsed, text } from '../_args.js';
import type { Command, Context } from '../_context.js';
import { deriveWeights } from '../_deriveWeights.js';
import { Failure, UsageError } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  loadModel,
  MODEL_OPTIONS,
  messageOf,
  printLines,
  refuseOutputOverInput,
} from '../_inputs.js';
import { csv, emit, outputTo, type Paint, paint, table } from '../_io.js';
import { type MatrixFile, readMatrixFile } from '../_matrix.js';
import type { Messages } from '../_messages.js';

const METHODS = ['ahp', 'entropy', 'critic', 'pca'] as const;
const RANDOM_INDEX = [
  'saaty1980',
  'saaty2005',
  'tummalaLing1998',
  'aguaron2003',
  'doneganDodd1991',
] as const;

/** `youpin weights ahp|entropy|critic|pca FILE`: weights from a pairwise or a decision matrix. */
export const weightsCommand: Command = {
  name: 'weights',
  usage: 'weights ahp|entropy|critic|pca FILE [options]',
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    directions: { type: 'string', short: 'd' },
    normalisation: { type: 'string' },
    factors: { type: 'string' },
    method: { type: 'string' },
    'random-index': { type: 'string' },
    threshold: { type: 'string' },
    strict: { type: 'boolean' },
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    sector: { type: 'string', short: 's' },
    parent: { type: 'string' },
    into: { type: 'string' },
    'new-version': { type: 'string' },
    verbose: { type: 'boolean' },
  },
  positionals: { min: 2, max: 2 },
  help: (m) => m.helpWeights,
  async run(args, ctx) {
    const [method, file] = args.positionals as [string, string];
    if (!(METHODS as readonly string[]).includes(method)) {
      throw new UsageError(ctx.m.badChoice('weights', method, METHODS.join(', ')), 'weights');
    }
    // With --into, --out is the new model: the weights' format is never taken from its extension.
    const format =
      text(args, 'into') === undefined
        ? formatOf(args, ['table', 'json', 'csv'], 'table', ctx.m, 'weights')
        : (choice(args, 'format', ['table', 'json', 'csv'] as const, ctx.m, 'weights') ?? 'table');
    checkOptions(args, method, ctx.m);
    const directions = readDirections(args);
    const ahpOptions = {
      ...optional(
        'method',
        choice(args, 'method', ['eigenvector', 'geometricMean'] as const, ctx.m, 'weights'),
      ),
      ...optional('randomIndex', choice(args, 'random-index', RANDOM_INDEX, ctx.m, 'weights')),
      ...optional('threshold', text(args, 'threshold')),
    };
    const normalisation = choice(
      args,
      'normalisation',
      ['minmax', 'none', 'minMax'] as const,
      ctx.m,
      'weights',
    );
    const out = text(args, 'out');
    const sector = text(args, 'sector');
    const into = text(args, 'into');
    await refuseOutputOverInput(ctx, 'weights', out, [file, into, text(args, 'model')]);
    if (
      sector === undefined &&
      (into ?? text(args, 'parent') ?? text(args, 'new-version')) !== undefined
    )
      throw new UsageError(ctx.m.needsSector, 'weights');
    if (into !== undefined && out === undefined)
      throw new UsageError(ctx.m.intoNeedsOut, 'weights');
    if (sector !== undefined) {
      if (into !== undefined && text(args, 'model') !== undefined)
        throw new UsageError(ctx.m.modelAndPreset, 'weights');
      const { model, source } = await loadModel(
        into === undefined ? args : { ...args, values: { ...args.values, model: into } },
        ctx,
        'weights',
      );
      // For a model the scores are higher-is-better already: directions and a normalisation are
      // the matrix mode's, and would be silently ignored here.
      for (const option of ['directions', 'normalisation', 'factors'])
        if (args.values[option] !== undefined)
          throw new UsageError(ctx.m.optionNotForModel(`--${option}`), 'weights');
      const judgements = method === 'ahp' ? await readMatrixFile(file, ctx) : undefined;
      return deriveWeights(
        {
          method: method as 'ahp' | 'entropy' | 'critic' | 'pca',
          file,
          model,
          source,
          sector,
          parents: (text(args, 'parent') ?? '').split(',').filter((p) => p.trim() !== ''),
          judgements,
          ahpOptions,
          strict: flag(args, 'strict'),
          version: text(args, 'new-version'),
          into: into !== undefined,
          out,
          format,
          data: dataOptions(args, ctx, 'weights'),
        },
        ctx,
      );
    }
    const input = await readMatrixFile(file, ctx);
    const output = outputTo(ctx, out);
    const p = out === undefined ? ctx.out : paint(false);
    try {
      if (method === 'ahp') {
        const result = ahp(input.matrix, ahpOptions);
        const labels = criteria(input.labels ?? input.rowLabels, result.n);
        if (format === 'json') emit(JSON.stringify(result, null, 2), output);
        else if (format === 'csv') emit(csv(weightRows(labels, result.weights, ctx.m)), output);
        else emit(ahpTable(result, labels, ctx.m, p), output);
        return flag(args, 'strict') && !result.acceptable ? 1 : 0;
      }
      if (method === 'pca') {
        const result = pcaWeights(input.matrix, optional('factors', factorsOf(args, ctx.m)));
        const labels = criteria(input.labels, result.weights.length);
        for (const w of result.warnings)
          ctx.stderr.write(`${ctx.m.notice(`${whereOf(w, input, ctx)}${messageOf(ctx, w)}`)}\n`);
        if (format === 'json') emit(JSON.stringify(result, null, 2), output);
        else if (format === 'csv') emit(csv(weightRows(labels, result.weights, ctx.m)), output);
        else emit(pcaTable(result, labels, ctx.m, p), output);
        return 0;
      }
      const given = directions ?? (input.directions as Direction[] | null) ?? undefined;
      const options = given === undefined ? {} : { directions: given };
      const result =
        method === 'entropy'
          ? entropyWeights(input.matrix, {
              ...options,
              ...optional('normalisation', normalisation),
            })
          : criticWeights(input.matrix, options);
      const labels = criteria(input.labels, result.weights.length);
      for (const w of result.warnings) {
        ctx.stderr.write(`${ctx.m.notice(`${whereOf(w, input, ctx)}${messageOf(ctx, w)}`)}\n`);
      }
      if (format === 'json') emit(JSON.stringify(result, null, 2), output);
      else if (format === 'csv') emit(csv(weightRows(labels, result.weights, ctx.m)), output);
      else emit(decisionTable(result, labels, given, ctx.m, p), output);
      return 0;
    } catch (error) {
      if (!isYoupinError(error)) throw error;
      // Quiet by default: a file that is no matrix at all (a batch, say) must not flood the terminal.
      const lines = error.issues.map((i) =>
        ctx.m.at(whereOf(i, input, ctx, true), messageOf(ctx, i)),
      );
      const shown = flag(args, 'verbose') ? lines : lines.slice(0, QUIET_PROBLEMS);
      if (shown.length < lines.length) shown.push(ctx.m.moreProblems(lines.length - shown.length));
      printLines(ctx, [ctx.m.matrixProblems(file, error.issues.length)], shown);
      if (input.batchLike) ctx.stderr.write(`${ctx.m.looksLikeBatch(file)}\n`);
      throw new Failure('');
    }
  },
};

/** How many problems of a matrix file are listed without --verbose. */
const QUIET_PROBLEMS = 10;

/** Options that only some methods take are usage errors with the others. */
function checkOptions(args: Parsed, method: string, m: Messages): void {
  const allowed: Readonly<Record<string, readonly string[]>> = {
    ahp: ['method', 'random-index', 'threshold', 'strict'],
    entropy: ['directions', 'normalisation'],
    critic: ['directions'],
    pca: ['factors'],
  };
  for (const option of new Set(Object.values(allowed).flat())) {
    if (args.values[option] !== undefined && !allowed[method]?.includes(option)) {
      throw new UsageError(m.optionNotFor(`--${option}`, method), 'weights');
    }
  }
}

/** `--directions higher,lower,…` (also `+` / `-`). */
function readDirections(args: Parsed): Direction[] | undefined {
  const given = text(args, 'directions');
  if (given === undefined) return undefined;
  // Passed on as written: the library reports each entry that is not higher or lower.
  return given.split(',').map((d) => {
    const t = d.trim();
    return (t === '+' ? 'higher' : t === '-' ? 'lower' : t) as Direction;
  });
}

/** `--factors N`: a whole number from 1 (pcaWeights says when N exceeds the components). */
function factorsOf(args: Parsed, m: Messages): number | undefined {
  const given = text(args, 'factors');
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!/^\d+$/.test(given.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(m.badWhole('--factors', given, 1, Number.MAX_SAFE_INTEGER), 'weights');
  return n;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** Where an issue lies: a cell of the file, `--directions`, or an option. */
function whereOf(issue: Issue, input: MatrixFile, ctx: Context, bare = false): string {
  const [first, second, index] = issue.path;
  if (first === 'options') {
    const option = second === 'randomIndex' ? 'random-index' : String(second ?? '');
    const item = typeof index === 'number' ? ctx.m.item(index + 1) : '';
    return `--${option}${item}`;
  }
  const where = input.where(issue);
  return bare ? where : `${where}: `;
}

/** The criteria's labels, or C1, C2, … when the file has none (or not as many). */
function criteria(labels: readonly string[] | null, n: number): string[] {
  return Array.from({ length: n }, (_, i) => labels?.[i] || `C${i + 1}`);
}

const four = (s: string) => new Decimal(s).toFixed(4, Decimal.ROUND_HALF_UP);

function weightRows(
  labels: readonly string[],
  weights: readonly string[],
  m: Messages,
): string[][] {
  return [[m.colCriterion, m.colWeight], ...labels.map((l, i) => [l, weights[i] ?? ''])];
}

function ahpTable(result: AhpResult, labels: readonly string[], m: Messages, p: Paint): string {
  const lines = [
    p.bold(m.ahpTitle(result.method, result.randomIndexTable.name)),
    table(
      [{ header: m.colCriterion }, { header: m.colWeight, align: 'right' }],
      labels.map((l, i) => [l, four(result.weights[i] ?? '0')]),
      p,
    ),
    m.ahpFigures(four(result.lambdaMax), four(result.ci), result.ri, four(result.cr)),
    result.acceptable
      ? p.green(m.ahpAcceptable(four(result.cr), result.threshold))
      : p.yellow(m.ahpNotAcceptable(four(result.cr), result.threshold)),
  ];
  const s = result.suggestion;
  if (s) {
    const row = labels[s.row] ?? `C${s.row + 1}`;
    const column = labels[s.column] ?? `C${s.column + 1}`;
    lines.push(
      m.ahpSuggestion(
        row,
        column,
        s.row + 1,
        s.column + 1,
        s.current,
        s.suggested,
        four(s.crAfter),
      ),
    );
  }
  return lines.join('\n');
}

function decisionTable(
  result: EntropyWeightsResult | CriticWeightsResult,
  labels: readonly string[],
  directions: readonly string[] | undefined,
  m: Messages,
  p: Paint,
): string {
  const entropy = 'entropy' in result;
  const columns = [
    { header: m.colCriterion },
    { header: m.colDirection },
    { header: m.colWeight, align: 'right' as const },
    ...(entropy
      ? [
          { header: m.colEntropy, align: 'right' as const },
          { header: m.colDivergence, align: 'right' as const },
        ]
      : [
          { header: m.colSd, align: 'right' as const },
          { header: m.colInformation, align: 'right' as const },
        ]),
  ];
  const rows = labels.map((l, i) => [
    l,
    m.direction(directions?.[i] === 'lower' ? 'lower' : 'higher'),
    four(result.weights[i] ?? '0'),
    ...(entropy
      ? [four(result.entropy[i] ?? '0'), four(result.divergence[i] ?? '0')]
      : [four(result.sd[i] ?? '0'), four(result.information[i] ?? '0')]),
  ]);
  return [
    p.bold(m.weightsTitle(entropy ? 'entropy' : 'critic', result.variant)),
    table(columns, rows, p),
  ].join('\n');
}

/** One row per criterion: its weight, its factor and its rotated loading there; then the factors. */
function pcaTable(
  result: PcaWeightsResult,
  labels: readonly string[],
  m: Messages,
  p: Paint,
): string {
  const rows = labels.map((l, i) => {
    const f = result.factorOf[i];
    return [
      l,
      four(result.weights[i] ?? '0'),
      f === null || f === undefined ? '—' : String(f + 1),
      f === null || f === undefined ? '—' : four(result.rotated[i]?.[f] ?? '0'),
    ];
  });
  const shares = result.factorWeights.map((w) => `${(Number(w) * 100).toFixed(1)}%`).join(', ');
  const kept = result.cumulative[result.factors - 1] ?? '0';
  return [
    p.bold(m.weightsTitle('pca', result.variant)),
    table(
      [
        { header: m.colCriterion },
        { header: m.colWeight, align: 'right' },
        { header: m.colFactor, align: 'right' },
        { header: m.colRotatedLoading, align: 'right' },
      ],
      rows,
      p,
    ),
    m.pcaFactors(result.factors, `${(Number(kept) * 100).toFixed(1)}%`, shares),
  ].join('\n');
}
