import { defineModel, type Model } from 'youpin';

/**
 * The model a function of youpin/node was given: a model of defineModel as it is, or a definition
 * defined on the way (a YoupinError when it is not a valid one — or not an object at all, which
 * made a TypeError from deep inside the function).
 */
export function modelArgument(model: unknown): Model {
  const given = model as Partial<Model> | null;
  if (typeof given === 'object' && given !== null && 'definition' in given && 'nodes' in given)
    return model as Model;
  return defineModel(model as Parameters<typeof defineModel>[0]);
}
