import type { Model, ModelInput } from 'youpin';

/** The definition of a model given either way: defined (`defineModel`) or as its JSON. */
export function definitionOf(model: Model | ModelInput): ModelInput {
  return 'definition' in Object(model) ? (model as Model).definition : (model as ModelInput);
}
