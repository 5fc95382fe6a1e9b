import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type ModelInput, safeDefineModel } from 'youpin';
import { flag, text } from '../_args.js';
import type { Command } from '../_context.js';
import { Failure, UsageError } from '../_errors.js';
import { findPreset, messageOf, PRESETS } from '../_inputs.js';

/** Where a model file written next to a project's node_modules finds its JSON Schema. */
const SCHEMA = './node_modules/youpin/schema/model.schema.json';

/**
 * `youpin init --out city.json`: writes a preset as a new model file, ready to edit: the JSON
 * Schema reference first, a new id and version; never over an existing file without --force.
 */
export const initCommand: Command = {
  name: 'init',
  usage: 'init --out FILE [options]',
  options: {
    preset: { type: 'string', short: 'p' },
    out: { type: 'string', short: 'o' },
    id: { type: 'string' },
    'model-version': { type: 'string' },
    'name-zh': { type: 'string' },
    'name-en': { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  help: (m) => m.helpInit,
  async run(args, ctx) {
    const out = text(args, 'out') ?? args.positionals[0];
    if (out === undefined) throw new UsageError(ctx.m.initNeedsOut, 'init');
    if (text(args, 'out') !== undefined && args.positionals[0] !== undefined) {
      throw new UsageError(ctx.m.tooManyArguments(args.positionals[0]), 'init');
    }
    const key = text(args, 'preset') ?? 'liaocheng2024';
    const preset = findPreset(key);
    if (!preset) {
      const names = PRESETS.map((p) => p.key).join(', ');
      throw new UsageError(ctx.m.badChoice('--preset', key, names), 'init');
    }
    const fromName = basename(out).replace(/\.json$/i, '');
    const id =
      text(args, 'id') ??
      (/^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u.test(fromName) ? fromName : 'my-model');
    const version = text(args, 'model-version') ?? '0.1.0';
    const nameZh = text(args, 'name-zh');
    const nameEn = text(args, 'name-en');
    const { $schema: _ignored, id: _id, version: _version, ...rest } = preset;
    const model: ModelInput = {
      $schema: SCHEMA,
      id,
      version,
      ...rest,
      name: { zh: nameZh ?? preset.name.zh, en: nameEn ?? preset.name.en },
    };
    const checked = safeDefineModel(model);
    if (!checked.success) {
      // Only the options changed the preset, so a problem here is a bad option value.
      const first = checked.error.issues[0];
      const [field, lang] = first.path;
      const option =
        field === 'name'
          ? `--name-${String(lang)}`
          : field === 'version'
            ? '--model-version'
            : '--id';
      throw new UsageError(ctx.m.at(option, messageOf(ctx, first)), 'init');
    }
    try {
      writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`, {
        flag: flag(args, 'force') ? 'w' : 'wx',
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Failure(ctx.m.exists(out));
      throw new Failure(
        ctx.m.cannotWrite(out, error instanceof Error ? error.message : String(error)),
      );
    }
    ctx.stdout.write(`${ctx.m.initDone(out, id, version, key, preset.id, preset.version)}\n`);
    return 0;
  },
};
