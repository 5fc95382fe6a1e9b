import * as z from 'zod/mini';
import { distanceToBest } from '../normalise/methods/distanceToBest.js';
import { FIELD_DESCRIPTIONS } from './fieldDescriptions.js';
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
  // The deprecated alias of 'max', said here rather than where the method is defined: zod's
  // metadata registry would otherwise come into every bundle of defineModel + score.
  z.globalRegistry.add(distanceToBest.params, {
    deprecated: true,
    description: 'Deprecated: use "max"',
  });
  const schema = z.toJSONSchema(modelSchema, { io: 'input', unrepresentable: 'any' });
  describeProperties(schema);
  return { title: 'youpin model', ...schema };
}

// Each property gets its meaning in English and Chinese (an editor shows it on hover).
function describeProperties(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) describeProperties(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const properties = record['properties'];
  if (typeof properties === 'object' && properties !== null) {
    for (const [name, property] of Object.entries(properties)) {
      const text = Object.hasOwn(FIELD_DESCRIPTIONS, name) ? FIELD_DESCRIPTIONS[name] : undefined;
      if (text && typeof property === 'object' && property !== null && !('description' in property))
        (property as Record<string, unknown>)['description'] = `${text[0]} · ${text[1]}`;
    }
  }
  for (const value of Object.values(record)) describeProperties(value);
}
