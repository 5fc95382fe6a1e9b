import { flag, text } from '../_args.js';
import type { Command } from '../_context.js';
import { UsageError } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  listProblems,
  loadModel,
  MODEL_OPTIONS,
  scoreFile,
} from '../_inputs.js';
import { progress } from '../_io.js';
import { listNotices, strictFails } from '../_notices.js';

/**
 * `youpin validate [FILE] [--model F]`: checks a model file and/or a data file (the reader's issues
 * and every row's issues, located) without printing a report.
 */
export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate [FILE] [--model FILE] [options]',
  options: { ...MODEL_OPTIONS, ...DATA_OPTIONS, strict: { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  help: (m) => m.helpValidate,
  async run(args, ctx) {
    const file = args.positionals[0];
    if (
      file === undefined &&
      text(args, 'model') === undefined &&
      text(args, 'preset') === undefined
    ) {
      throw new UsageError(ctx.m.validateWhat, 'validate');
    }
    const data = dataOptions(args, ctx, 'validate');
    const { model, source } = await loadModel(args, ctx, 'validate');
    const what = ctx.m.modelDescription(source, model.id, model.version);
    if (file === undefined) {
      ctx.stdout.write(`${ctx.out.green(ctx.m.validModel(what))}\n`);
      return 0;
    }
    const { batch, report } = await scoreFile(file, model, data, ctx, progress(ctx.stderr));
    listProblems(ctx, batch, report, file);
    // Notices that need action before publication: listed, located; with --strict they fail.
    const notices = listNotices(ctx, batch, report, file);
    const rows = report.entities.filter((e) => e.issues.length > 0).length;
    const problems = batch.issues.length + report.entities.reduce((n, e) => n + e.issues.length, 0);
    if (problems === 0) {
      ctx.stdout.write(`${ctx.out.green(ctx.m.validData(what, file, report.counts.entities))}\n`);
      return strictFails(ctx, flag(args, 'strict'), notices) ? 1 : 0;
    }
    ctx.stderr.write(
      `${ctx.err.bold(ctx.err.red(ctx.m.invalidData(file, problems, rows, report.counts.entities)))}\n`,
    );
    return 1;
  },
};
