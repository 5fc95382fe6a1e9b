import { bansOn, type Edition, makeEdition, replay, toEditionHtml } from 'youpin/programme';
import { text } from '../_args.js';
import type { Command } from '../_context.js';
import { UsageError } from '../_errors.js';
import {
  DATA_OPTIONS,
  dataOptions,
  loadBatch,
  loadModel,
  MODEL_OPTIONS,
  refuseOutputOverInput,
} from '../_inputs.js';
import { emit, outputTo, progress } from '../_io.js';
import { orFail, readEditions, readRegister, writeJsonFile } from '../_programmeFiles.js';

/**
 * `youpin edition make BATCH --id ID --out FILE`: a round kept as data (youpin/programme's
 * makeEdition), with the bans of `--register`; `youpin edition replay FILE`: scores it again.
 */
export const editionCommand: Command = {
  name: 'edition',
  usage:
    'edition make BATCH --id ID --out FILE | edition replay FILE | edition html FILE --out PAGE',
  options: {
    ...MODEL_OPTIONS,
    ...DATA_OPTIONS,
    id: { type: 'string' },
    out: { type: 'string', short: 'o' },
    register: { type: 'string' },
    previous: { type: 'string' },
  },
  positionals: { min: 2, max: 2 },
  help: (m) => m.helpEdition,
  async run(args, ctx) {
    const [action, file] = args.positionals as [string, string];
    if (action === 'replay') {
      const [edition] = await readEditions([file], ctx);
      const result = orFail(ctx, ctx.m.cannotReplay(file), () => replay(edition as Edition));
      const lines = [
        result.identical ? ctx.m.replayIdentical(file) : ctx.m.replayDiffers(file),
        ...(result.modelIntact ? [] : [ctx.m.replayModelChanged]),
        ...(result.batchIntact ? [] : [ctx.m.replayBatchChanged]),
        ...(result.library.recorded === result.library.current
          ? []
          : [ctx.m.replayLibrary(result.library.recorded, result.library.current)]),
        ...result.differences.map((d) => `  ${d.path}: ${d.recorded} → ${d.replayed}`),
      ];
      ctx.stdout.write(`${lines.join('\n')}\n`);
      return result.identical ? 0 : 1;
    }
    if (action === 'html') {
      const out = text(args, 'out');
      if (out === undefined) throw new UsageError(ctx.m.editionHtmlNeeds, 'edition');
      const registerFile = text(args, 'register');
      const previous = (text(args, 'previous') ?? '').split(',').filter((f) => f.trim() !== '');
      await refuseOutputOverInput(ctx, 'edition', out, [file, registerFile, ...previous]);
      const [edition] = await readEditions([file], ctx);
      const registry =
        registerFile === undefined ? undefined : await readRegister(registerFile, ctx);
      const editions = await readEditions(previous, ctx);
      const page = orFail(ctx, ctx.m.cannotReplay(file), () =>
        toEditionHtml(edition as Edition, {
          ...(registry ? { register: registry } : {}),
          editions,
        }),
      );
      emit(page, outputTo(ctx, out));
      return 0;
    }
    if (action !== 'make')
      throw new UsageError(ctx.m.badChoice('edition', action, 'make, replay, html'), 'edition');
    const id = text(args, 'id');
    const out = text(args, 'out');
    if (id === undefined || out === undefined) throw new UsageError(ctx.m.editionNeeds, 'edition');
    const registerFile = text(args, 'register');
    const previous = (text(args, 'previous') ?? '').split(',').filter((f) => f.trim() !== '');
    await refuseOutputOverInput(ctx, 'edition', out, [
      file,
      registerFile,
      text(args, 'model'),
      ...previous,
    ]);
    const { model } = await loadModel(args, ctx, 'edition');
    const data = dataOptions(args, ctx, 'edition');
    const batch = await loadBatch(file, model, data, ctx, progress(ctx.stderr));
    const registry = registerFile === undefined ? undefined : await readRegister(registerFile, ctx);
    const editions = await readEditions(previous, ctx);
    const edition = orFail(ctx, ctx.m.cannotMakeEdition(id), () =>
      makeEdition(model, batch.entities, {
        id,
        ...(data.score.evaluationDate ? { evaluationDate: data.score.evaluationDate } : {}),
        ...(registry ? { bans: bansOn(registry, model) } : {}),
        editions,
      }),
    );
    await writeJsonFile(out, edition, ctx);
    const { counts } = edition.report;
    ctx.stdout.write(
      `${ctx.m.wroteEdition(out, id, edition.evaluationDate, counts.entities, counts.selected, edition.bans.length)}\n`,
    );
    return 0;
  },
};
