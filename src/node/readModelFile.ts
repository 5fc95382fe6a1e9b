import { basename } from 'node:path';
import { defineModel, isYoupinError, type Model } from 'youpin';
import { textIssues } from '../error/checkArgument.js';
import { throwNodeIssues } from './_messages.js';
import { MODEL_FILE_LIMIT, parseJsonBytes, readBytes } from './_readFile.js';

/**
 * Reads a model from a JSON file (a city team's copy of a preset, say) and validates and compiles
 * it with `defineModel`.
 *
 * The issues of an invalid model keep the paths `defineModel` gives them (inside the model, not
 * prefixed by anything); the error's message starts with the file's name.
 *
 * @param file - a JSON file holding one model definition (see the shipped `model.schema.json`)
 * @returns the compiled model
 * @throws YoupinError `file_unreadable`, `file_too_large` (over 16 MiB), `not_utf8`,
 *   `invalid_json`, or every issue of `defineModel` (`invalid_type`, `weights_sum`,
 *   `unknown_node`, `text_too_long` …)
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { isYoupinError } from 'youpin';
 * import { readModelFile } from 'youpin/node';
 * import { liaocheng2024 } from 'youpin/presets';
 * const file = join(tmpdir(), 'liaocheng.json');
 * writeFileSync(file, JSON.stringify(liaocheng2024));
 * const model = await readModelFile(file);
 * model.sectors.map((s) => s.id); // → [ 'manufacturing', 'agriculture', 'services' ]
 * writeFileSync(file, JSON.stringify({ ...liaocheng2024, version: 7 }));
 * const error = await readModelFile(file).catch((e: unknown) => e);
 * isYoupinError(error) && error.issues[0]?.path; // → [ 'version' ]
 * isYoupinError(error) && error.message.startsWith('liaocheng.json: '); // → true
 * ```
 */
export async function readModelFile(file: string): Promise<Model> {
  throwNodeIssues(textIssues(file, 'file'));
  const name = basename(file);
  const data = parseJsonBytes(await readBytes(file, MODEL_FILE_LIMIT, name), name);
  try {
    return defineModel(data as Parameters<typeof defineModel>[0]);
  } catch (error) {
    if (isYoupinError(error)) error.message = `${name}: ${error.message}`;
    throw error;
  }
}
