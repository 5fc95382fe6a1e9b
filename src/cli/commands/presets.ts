import { formatOf, text } from '../_args.js';
import type { Command } from '../_context.js';
import { UsageError } from '../_errors.js';
import { BENCHMARKS, findPreset, PRESETS } from '../_inputs.js';
import { emit, labelIn, outputTo, paint, table } from '../_io.js';

/** `youpin presets`: the shipped models; `youpin presets show NAME`: one of them as JSON. */
export const presetsCommand: Command = {
  name: 'presets',
  usage: 'presets [show NAME]',
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  positionals: { min: 0, max: 2 },
  help: (m) => m.helpPresets,
  async run(args, ctx) {
    const [action, name] = args.positionals;
    const out = text(args, 'out');
    const output = outputTo(ctx, out);
    if (action === 'show') {
      if (name === undefined) throw new UsageError(ctx.m.presetMissing, 'presets');
      const preset = findPreset(name);
      if (!preset) {
        const names = PRESETS.map((p) => p.key).join(', ');
        throw new UsageError(ctx.m.badChoice('presets show', name, names), 'presets');
      }
      emit(JSON.stringify(preset, null, 2), output);
      return 0;
    }
    if (action !== undefined) {
      throw new UsageError(ctx.m.badChoice('presets', action, 'show'), 'presets');
    }
    const format = formatOf(args, ['table', 'json'], 'table', ctx.m, 'presets');
    const list = PRESETS.map(({ key, model }) => ({
      preset: key,
      id: model.id,
      version: model.version,
      name: model.name,
      sectors: model.sectors.map((s) => ({ id: s.id, label: s.label })),
    }));
    if (format === 'json') {
      emit(JSON.stringify(list, null, 2), output);
      return 0;
    }
    const p = out === undefined ? ctx.out : paint(false);
    const rows = list.map((x) => [
      x.preset,
      x.id,
      x.version,
      labelIn(x.name, ctx.lang),
      x.sectors.map((s) => labelIn(s.label, ctx.lang)).join(ctx.lang === 'zh' ? '、' : ', '),
    ]);
    const columns = [
      { header: ctx.m.colPreset },
      { header: ctx.m.colModelId },
      { header: ctx.m.colVersion },
      { header: ctx.m.colName },
      { header: ctx.m.colSectors },
    ];
    const benchmarks = BENCHMARKS.map(
      (b) => `  ${b.key} — ${labelIn(b.benchmark.name, ctx.lang)} ${b.benchmark.version}`,
    );
    emit(
      [
        table(columns, rows, p),
        '',
        ctx.m.benchmarksHeading,
        ...benchmarks,
        '',
        ctx.m.presetsHint,
      ].join('\n'),
      output,
    );
    return 0;
  },
};
