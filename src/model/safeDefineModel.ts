import type { SafeResult } from '../error/SafeResult.js';
import { YoupinError } from '../error/YoupinError.js';
import { compiledDefinitions, compiledModels } from './compiled.js';
import { compileModel } from './compileModel.js';
import type { Model } from './Model.js';

/**
 * Validates and compiles a model like {@link defineModel}, but returns the problems instead of
 * throwing them.
 *
 * @param input - a model definition (a parsed JSON file, or a preset)
 * @returns `{ success: true, data: model }` or `{ success: false, error }` with every issue
 * @example
 * ```ts
 * import { safeDefineModel } from 'youpin';
 * const result = safeDefineModel({ id: 'demo' });
 * result.success ? null : result.error.issues[0]?.path; // → [ 'version' ]
 * ```
 */
export function safeDefineModel(input: unknown): SafeResult<Model> {
  const result = compileModel(input);
  if (!result.ok) {
    const [first, ...rest] = result.issues;
    return { success: false, error: new YoupinError(first ? [first, ...rest] : [fallback()]) };
  }
  compiledModels.set(result.compiled.model, result.compiled);
  compiledDefinitions.set(result.compiled.model.definition, result.compiled);
  return { success: true, data: result.compiled.model };
}

function fallback(): never {
  throw new Error('youpin: a model failed validation without an issue (a bug; please report it)');
}
