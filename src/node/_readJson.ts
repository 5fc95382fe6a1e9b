import type { EntityInput } from 'youpin';
import { parseJsonBytes } from './_jsonBytes.js';
import { jsonLocator } from './_locator.js';
import { nodeError } from './_messages.js';
import type { BatchFile } from './types.js';

/**
 * A JSON batch: an array of entities, or an object with an `entities` array. The entities are
 * passed on as they are (the core validates each); entity i is located at "row" i + 1.
 */
export function readJsonBatch(bytes: Uint8Array, file: string): BatchFile {
  const data = parseJsonBytes(bytes, file);
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as { entities?: unknown }).entities)
      ? (data as { entities: unknown[] }).entities
      : undefined;
  if (!list) throw nodeError('not_a_batch', { file });
  return {
    entities: list as EntityInput[],
    issues: [],
    notices: [],
    locate: jsonLocator(file, list.length),
    encoding: null,
    format: 'json',
  };
}
