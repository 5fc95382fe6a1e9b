import { explain, narrate, showText } from 'youpin';
import { idKey } from '../../entity/idKey.js';
import { closestName } from '../../intake/closestName.js';
import { formatOf, text } from '../_args.js';
import type { Command } from '../_context.js';
import { Failure } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  loadBenchmark,
  loadModel,
  locatedLine,
  MODEL_OPTIONS,
  printLines,
  refuseOutputOverInput,
  scoreFile,
} from '../_inputs.js';
import { emit, labelIn, nameIn, outputTo, paint, progress } from '../_io.js';

/** `youpin explain ID FILE`: one applicant's result in plain sentences (or the Explanation data). */
export const explainCommand: Command = {
  name: 'explain',
  usage: 'explain ID FILE [options]',
  options: {
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    benchmark: { type: 'string', short: 'b' },
  },
  positionals: { min: 2, max: 2 },
  help: (m) => m.helpExplain,
  async run(args, ctx) {
    const [id, file] = args.positionals as [string, string];
    const format = formatOf(args, ['text', 'json'], 'text', ctx.m, 'explain');
    const data = dataOptions(args, ctx, 'explain');
    await refuseOutputOverInput(ctx, 'explain', text(args, 'out'), [
      file,
      text(args, 'model'),
      text(args, 'benchmark'),
    ]);
    const benchmarkName = text(args, 'benchmark');
    const benchmark =
      benchmarkName === undefined ? undefined : await loadBenchmark(benchmarkName, ctx);
    const { model } = await loadModel(args, ctx, 'explain');
    // An explanation needs the unrounded figures, which only the exact path keeps.
    const exact = { ...data, score: { ...data.score, engine: 'exact' as const } };
    const { batch, report } = await scoreFile(file, model, exact, ctx, progress(ctx.stderr));
    if (batch.issues.length > 0) {
      printLines(
        ctx,
        [ctx.m.fileProblems(file, batch.issues.length)],
        batch.issues.map((i) => locatedLine(ctx, batch, file, i)),
      );
    }
    const entity = report.entities.find((e) => e.id === id);
    if (!entity) {
      const ids = report.entities.flatMap((e) => (e.id === null ? [] : [e.id]));
      const shown = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
      // The id written another way (`m001` for `M001`), else the closest one (`M0001`).
      const key = idKey(id);
      const near = ids.find((other) => idKey(other) === key) ?? closestName(id, ids);
      throw new Failure(ctx.m.unknownEntity(id, file, shown, ids.length, near));
    }
    if (entity.issues.length > 0) {
      printLines(
        ctx,
        [ctx.m.rowProblems(1)],
        entity.issues.map((i) => locatedLine(ctx, batch, file, i)),
      );
    }
    const explanation = explain(report, id, benchmark ? { benchmark } : {});
    const output = outputTo(ctx, text(args, 'out'));
    if (format === 'json') {
      emit(JSON.stringify(explanation, null, 2), output);
    } else {
      const sector = model.sectors.find((s) => s.id === entity.sector);
      const title = ctx.m.entityTitle(
        id,
        nameIn(entity.name, ctx.lang),
        sector ? labelIn(sector.label, ctx.lang) : null,
      );
      // The sentences quote names and labels from the model and the batch: escaped (not cut).
      const lines = narrate(explanation, { locale: ctx.lang === 'zh' ? 'zh-CN' : 'en' }).map(
        (line) => showText(line, Number.POSITIVE_INFINITY),
      );
      const p = output.out === undefined ? ctx.out : paint(false);
      emit([p.bold(title), ...lines].join('\n'), output);
    }
    return batch.issues.length > 0 ? 1 : 0;
  },
};
