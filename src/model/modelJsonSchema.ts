import { z } from 'zod';
import { modelSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a model file, generated from the zod schema that
 * `defineModel` uses. The same document ships as `youpin/model.schema.json`, so an editor can
 * check a city's model file while it is written (`"$schema": "./node_modules/youpin/schema/model.schema.json"`).
 * Cross-field rules (weight sums, goalpost order, unique ids) are checked by `defineModel` only.
 *
 * @returns a JSON Schema object
 * @example
 * ```ts
 * import { modelJsonSchema } from 'youpin';
 * const schema = modelJsonSchema();
 * schema.required; // → [ 'id', 'version', 'name', 'tree', 'sectors' ]
 * ```
 */
export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(modelSchema, { io: 'input', unrepresentable: 'any' });
  return { title: 'youpin model', ...schema };
}
