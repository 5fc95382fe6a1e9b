import type { EntityInput } from 'youpin';
import { monitor } from 'youpin/programme';
import { text } from '../_args.js';
import type { Command } from '../_context.js';
import { UsageError } from '../_errors.js';
import { loadModel, MODEL_OPTIONS, refuseOutputOverInput } from '../_inputs.js';
import { orFail, readJsonFile, readRegister, writeJsonFile } from '../_programmeFiles.js';

/**
 * `youpin monitor REGISTER EVIDENCE --as-of DATE --save FILE`: the annual check (youpin/programme's
 * monitor) — every change of a title with its reason, and the new register.
 */
export const monitorCommand: Command = {
  name: 'monitor',
  usage: 'monitor REGISTER.json EVIDENCE.json --as-of DATE [--save FILE]',
  options: {
    ...MODEL_OPTIONS,
    'as-of': { type: 'string' },
    save: { type: 'string' },
  },
  positionals: { min: 2, max: 2 },
  help: (m) => m.helpMonitor,
  async run(args, ctx) {
    const [registerFile, evidenceFile] = args.positionals as [string, string];
    const asOf = text(args, 'as-of');
    if (asOf === undefined) throw new UsageError(ctx.m.monitorNeedsDate, 'monitor');
    const save = text(args, 'save');
    await refuseOutputOverInput(ctx, 'monitor', save, [evidenceFile, text(args, 'model')]);
    const { model } = await loadModel(args, ctx, 'monitor');
    const registry = await readRegister(registerFile, ctx);
    const evidence = (await readJsonFile(evidenceFile, ctx)) as EntityInput[];
    const result = orFail(ctx, ctx.m.cannotMonitor, () =>
      monitor(registry, model, Array.isArray(evidence) ? evidence : [], { asOf }),
    );
    const lines = result.changes.map(
      (c) =>
        `${c.holder}  ${c.change.date}  ${ctx.m.titleStatus(c.from)} → ${ctx.m.titleStatus(c.change.status)}  ${ctx.lang === 'zh' ? c.change.messageZh : c.change.message}`,
    );
    ctx.stdout.write(
      `${[ctx.m.monitorHeading(asOf, result.changes.length), ...lines].join('\n')}\n`,
    );
    if (save !== undefined) await writeJsonFile(save, result.register, ctx);
    return 0;
  },
};
