import { type CoherenceResult, coherence, type Model } from 'youpin';
import { formatOf, text } from '../_args.js';
import type { Command, Context } from '../_context.js';
import { UsageError } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  listProblems,
  loadModel,
  MODEL_OPTIONS,
  messageOf,
  refuseOutputOverInput,
  scoreFile,
} from '../_inputs.js';
import {
  csv,
  emit,
  labelIn,
  outputTo,
  type Paint,
  paint,
  progress,
  sectorIn,
  table,
} from '../_io.js';

/** `youpin analyse FILE`: how coherent the tree is on a scored batch (correlations, alpha, PCA). */
export const analyseCommand: Command = {
  name: 'analyse',
  usage: 'analyse FILE [options]',
  options: {
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    sector: { type: 'string', short: 's' },
  },
  positionals: { min: 1, max: 1 },
  help: (m) => m.helpAnalyse,
  async run(args, ctx) {
    const file = args.positionals[0] as string;
    const format = formatOf(args, ['table', 'json', 'csv'], 'table', ctx.m, 'analyse');
    const out = text(args, 'out');
    await refuseOutputOverInput(ctx, 'analyse', out, [file, text(args, 'model')]);
    const { model } = await loadModel(args, ctx, 'analyse');
    const sector = text(args, 'sector');
    if (sector !== undefined && !model.sectors.some((s) => s.id === sector)) {
      const allowed = model.sectors.map((s) => s.id).join(', ');
      throw new UsageError(ctx.m.badChoice('--sector', sector, allowed), 'analyse');
    }
    const { batch, report } = await scoreFile(
      file,
      model,
      dataOptions(args, ctx, 'analyse'),
      ctx,
      progress(ctx.stderr),
    );
    const fileProblems = listProblems(ctx, batch, report, file);
    const result = coherence(report, sector === undefined ? {} : { sector });
    for (const s of result.sectors)
      for (const b of s.branches)
        for (const w of b.warnings)
          ctx.stderr.write(`${ctx.m.notice(`${s.sector}: ${messageOf(ctx, w)}`)}\n`);
    const output = outputTo(ctx, out);
    if (format === 'json') emit(JSON.stringify(result, null, 2), output);
    else if (format === 'csv') emit(csv(rows(result)), output);
    else emit(render(result, model, ctx, out === undefined ? ctx.out : paint(false)), output);
    return fileProblems > 0 ? 1 : 0;
  },
};

const two = (x: string | null | undefined) =>
  x === null || x === undefined ? '' : Number(x).toFixed(2);
const three = (x: string | null | undefined) =>
  x === null || x === undefined ? '' : Number(x).toFixed(3);

/** One row per sector, branch and child, exact figures. */
function rows(result: CoherenceResult): string[][] {
  const header = [
    'sector',
    'parent',
    'child',
    'n',
    'pearson',
    'spearman',
    'loading_pc1',
    'alpha',
    'alpha_if_dropped',
    'pc1_explained',
  ];
  const body = result.sectors.flatMap((s) =>
    s.branches.flatMap((b) =>
      b.children.map((c, j) => [
        s.sector,
        b.parent,
        c,
        String(b.n),
        b.withParent.pearson[j] ?? '',
        b.withParent.spearman[j] ?? '',
        b.pca.loadings[j]?.[0] ?? '',
        b.alpha ?? '',
        b.alphaIfDropped[j] ?? '',
        b.pca.explained[0] ?? '',
      ]),
    ),
  );
  return [header, ...body];
}

function render(result: CoherenceResult, model: Model, ctx: Context, p: Paint): string {
  const m = ctx.m;
  const label = (id: string) => {
    const node = model.nodes.find((n) => n.id === id);
    return node ? `${id} ${labelIn(node.label, ctx.lang)}` : id;
  };
  const blocks = result.sectors.flatMap((s) => [
    p.bold(m.coherenceSector(sectorIn(model, s.sector, ctx.lang), s.scored)),
    ...s.branches.map((b) =>
      [
        m.coherenceBranch(label(b.parent), b.n, three(b.alpha), two(b.pca.explained[0])),
        table(
          [
            { header: m.colCriterion },
            { header: m.colPearson, align: 'right' },
            { header: m.colSpearman, align: 'right' },
            { header: m.colLoading, align: 'right' },
            { header: m.colAlphaIfDropped, align: 'right' },
          ],
          b.children.map((c, j) => [
            label(c),
            two(b.withParent.pearson[j]),
            two(b.withParent.spearman[j]),
            two(b.pca.loadings[j]?.[0]),
            three(b.alphaIfDropped[j]),
          ]),
          p,
        ),
      ].join('\n'),
    ),
  ]);
  return blocks.join('\n\n');
}
