import type { Compiled } from './compiled.js';
import { compiledDefinitions, compiledModels } from './compiled.js';
import type { Model } from './Model.js';
import { safeDefineModel } from './safeDefineModel.js';
import type { ModelInput } from './types.js';

/** The compiled form of a model from defineModel; a plain definition is defined on the way. */
export function resolveModel(model: Model | ModelInput): Compiled {
  const known = compiledModels.get(model as Model) ?? compiledDefinitions.get(model);
  if (known) return known;
  const result = safeDefineModel(model);
  if (!result.success) throw result.error;
  return compiledModels.get(result.data) as Compiled;
}
