import { makeIssue } from '../error/messages.js';
import { YoupinError } from '../error/YoupinError.js';
import { preparedBatches } from './_preparedBatches.js';
import { readOnce } from './_readOnce.js';
import { snapshotRows } from './_snapshotRows.js';
import type { EntityInput } from './types.js';

/**
 * A batch of applicants to score many times (from {@link prepareBatch}): give it to `score` or
 * `safeScore` in place of the array. It holds a private copy of the rows.
 */
export interface PreparedBatch {
  /** What it is (a prepared batch is a token: what it holds is out of reach). */
  readonly kind: 'prepared-batch';
  /** How many rows it holds. */
  readonly size: number;
}

/**
 * Prepares a batch to be scored with one model after another — weights, a threshold or quotas
 * tried in turn, as the workbench and a researcher do. `score(model, batch)` then reads and
 * checks the rows (values, facts, gates and vetoes) once for every model that reads them alike,
 * and spends each later scoring on the scores, ranks and selection alone. Its reports are
 * exactly those of `score(model, rows)`.
 *
 * Models read a batch alike when their definitions differ only in the weights or points of
 * their profiles, the selection (threshold, floors, quotas, tie-breaks, bands), the version or
 * the provenance; the evaluation date, the bans and the engine must be the same too. Any other
 * change (a goalpost, a rule, a leaf) reads the rows again, and that reading is remembered in
 * turn. The batch keeps a copy of the rows taken now: changing them afterwards changes nothing.
 *
 * @param entities - the applicants, as for `score`
 * @returns a token to pass to `score` or `safeScore` in place of the array
 * @throws {@link YoupinError} `invalid_batch` when `entities` is not an array
 * @example
 * ```ts
 * import { defineModel, prepareBatch, score } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const batch = prepareBatch([
 *   { id: 'M1', sector: 'manufacturing', values: { m_Q1: 90 }, facts: { years_operating: 5 } },
 * ]);
 * const before = score(liaocheng2024, batch);
 * const threshold = { ...liaocheng2024.selection, threshold: 50 };
 * const after = score(defineModel({ ...liaocheng2024, selection: threshold }), batch);
 * batch.size; // → 1
 * before.entities[0]?.status === after.entities[0]?.status; // → true
 * ```
 */
export function prepareBatch(entities: readonly EntityInput[]): PreparedBatch {
  if (!Array.isArray(entities)) throw new YoupinError([makeIssue('invalid_batch', ['entities'])]);
  const batch: PreparedBatch = Object.freeze({ kind: 'prepared-batch', size: entities.length });
  preparedBatches.set(batch, { rows: snapshotRows(entities), read: readOnce() });
  return batch;
}
