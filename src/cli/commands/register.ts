import { type Register, register, statusOn, toRegisterHtml } from 'youpin/programme';
import { formatOf, text } from '../_args.js';
import type { Command } from '../_context.js';
import { refuseOutputOverInput } from '../_inputs.js';
import { csv, emit, nameIn, outputTo, paint, table } from '../_io.js';
import { orFail, readEditions, readRegister, writeJsonFile } from '../_programmeFiles.js';

/**
 * `youpin register EDITION…`: the register of titles built from editions (and `--previous`, the
 * register so far), written with `--save`, listed for 公示 by status on `--as-of`.
 */
export const registerCommand: Command = {
  name: 'register',
  usage: 'register EDITION.json… [--previous REGISTER.json] [--save FILE] [--as-of DATE]',
  options: {
    previous: { type: 'string' },
    save: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1000 },
  help: (m) => m.helpRegister,
  async run(args, ctx) {
    const files = args.positionals;
    const previousFile = text(args, 'previous');
    const save = text(args, 'save');
    const out = text(args, 'out');
    // --save may be --previous: the register grows, every title and change of it kept.
    await refuseOutputOverInput(ctx, 'register', save, files);
    await refuseOutputOverInput(ctx, 'register', out, [...files, previousFile]);
    const format = formatOf(args, ['table', 'json', 'csv', 'html'], 'table', ctx.m, 'register');
    const editions = await readEditions(files, ctx);
    const previous = previousFile === undefined ? undefined : await readRegister(previousFile, ctx);
    const built: Register = orFail(ctx, ctx.m.cannotRegister, () => register(editions, previous));
    if (save !== undefined) await writeJsonFile(save, built, ctx);
    const asOf = text(args, 'as-of') ?? new Date().toISOString().slice(0, 10);
    const output = outputTo(ctx, out);
    if (format === 'json' || format === 'html') {
      emit(
        format === 'json' ? JSON.stringify(built, null, 2) : toRegisterHtml(built, { asOf }),
        output,
      );
      return 0;
    }
    const rows = built.titles.map((t) => {
      const status = statusOn(t, asOf) ?? 'active';
      const last = [...t.history].reverse().find((h) => h.date <= asOf);
      return [
        t.holder,
        nameIn(t.name, ctx.lang),
        t.sector,
        t.edition,
        t.awarded,
        t.validUntil,
        ctx.m.titleStatus(status),
        (ctx.lang === 'zh' ? last?.messageZh : last?.message) ?? '',
      ];
    });
    const headers = ctx.m.registerColumns();
    if (format === 'csv') emit(csv([headers, ...rows]), output);
    else {
      const p = out === undefined ? ctx.out : paint(false);
      emit(
        [
          ctx.m.registerHeading(asOf, built.titles.length),
          table(
            headers.map((header) => ({ header })),
            rows,
            p,
          ),
        ].join('\n'),
        output,
      );
    }
    return 0;
  },
};
