import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type ModelInput, safeDefineModel } from 'youpin';
import { flag, text } from '../_args.js';
import type { Command } from '../_context.js';
import { Failure, UsageError } from '../_errors.js';
import { findPreset, messageOf, PRESETS } from '../_inputs.js';

/** Where the JSON Schema sits in a project that installed youpin. */
const SCHEMA = join('node_modules', 'youpin', 'schema', 'model.schema.json');

/**
 * The `$schema` of a model written to `out`, relative to the folder it is written in: the nearest
 * installed youpin above that folder, else the current project's (`./node_modules/…` for a file
 * in the project's root, `../node_modules/…` for `models/x.json`).
 */
function schemaRef(out: string): string {
  const folder = dirname(resolve(out));
  // Without an installed youpin above it: the project is the current folder when the file is in
  // it, else the file's own folder.
  const inside = !relative(process.cwd(), folder).startsWith('..');
  let at = folder;
  let found = inside ? resolve(SCHEMA) : join(folder, SCHEMA);
  for (;;) {
    if (existsSync(join(at, SCHEMA))) {
      found = join(at, SCHEMA);
      break;
    }
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  const ref = relative(folder, found).split(sep).join('/');
  return ref.startsWith('.') ? ref : `./${ref}`;
}

/** The JSON paths of texts that still name the preset's city, for the new city to edit. */
function namesOfCity(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (/聊城|liaocheng/i.test(value)) out.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) namesOfCity(v, `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) namesOfCity(v, path ? `${path}.${k}` : k, out);
  return out;
}

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
      $schema: schemaRef(out),
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
    // Texts that still name the preset's city (labels, description, provenance): flagged to edit.
    const { id: _i, version: _v, $schema: _s, ...texts } = model;
    const named = namesOfCity(texts, '', []);
    if (named.length > 0) ctx.stdout.write(`${ctx.m.initNamesCity(named)}\n`);
    return 0;
  },
};
