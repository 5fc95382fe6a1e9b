import { type EntityInput, YoupinError } from 'youpin';
import { parseJsonWithDuplicates, where } from './_jsonBytes.js';
import { jsonLocator } from './_locator.js';
import { makeNodeIssue, nodeError } from './_messages.js';
import type { BatchFile } from './types.js';

/**
 * A JSON batch: an array of entities, or an object with an `entities` array. The entities are
 * passed on as they are (the core validates each); entity i is located at "row" i + 1.
 */
export function readJsonBatch(bytes: Uint8Array, file: string): BatchFile {
  const { data, duplicates } = parseJsonWithDuplicates(bytes, file);
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as { entities?: unknown }).entities)
      ? (data as { entities: unknown[] }).entities
      : undefined;
  if (!list) throw nodeError('not_a_batch', { file });
  // A key written twice in an applicant: a located problem, as a column given twice in a CSV is
  // (the value kept is JSON's, the last); anywhere else in the file, the file is refused.
  const nested = !Array.isArray(data);
  const issues = duplicates.map((d) => {
    const [head, ...rest] = d.path;
    const inside = nested
      ? head === 'entities' && typeof rest[0] === 'number'
      : typeof head === 'number';
    if (!inside)
      throw new YoupinError([makeNodeIssue('duplicate_key', d.path, { file, ...where(d) })]);
    return makeNodeIssue('duplicate_key', ['entities', ...(nested ? rest : d.path)], where(d));
  });
  return {
    entities: list as EntityInput[],
    issues,
    notices: [],
    locate: jsonLocator(file, list.length),
    encoding: null,
    format: 'json',
  };
}
